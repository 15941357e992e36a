import { describeRule } from '../../../support/rule-tester.js';

describeRule('val/on-http-api', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['ignored', '/x-amazon-apigateway-request-validators', 5, 1, 'HTTP APIs do not support request validation; x-amazon-apigateway-request-validators is ignored'],
    ],
  },
]);
