import { describeRule } from '../../../support/rule-tester.js';

describeRule('cors/max-age', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['range', '/x-amazon-apigateway-cors/maxAge', 8, 11, 'CORS maxAge is 172800; expected 0 to 86400 seconds'],
    ],
  },
]);
