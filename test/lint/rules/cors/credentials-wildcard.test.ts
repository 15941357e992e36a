import { describeRule } from '../../../support/rule-tester.js';

describeRule('cors/credentials-wildcard', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['wildcard', '/x-amazon-apigateway-cors/allowOrigins/0', 7, 5, 'CORS allows credentials with origin "*"; browsers reject credentialed responses for a wildcard origin — list the origins'],
    ],
  },
]);
