import { describeRule } from '../../../support/rule-tester.js';

describeRule('auth/authtype-reserved', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['reserved', '/securityDefinitions/petAuth/x-amazon-apigateway-authtype', 22, 35, 'Security scheme "petAuth" uses authtype "awsCustom"; values starting with "aws" are reserved'],
    ],
  },
]);
