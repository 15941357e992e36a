import { describeRule } from '../harness.js';

describeRule('auth/http-payload-version', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['simple', '/components/securitySchemes/lambda/x-amazon-apigateway-authorizer/enableSimpleResponses', 30, 32],
    ],
  },
]);
