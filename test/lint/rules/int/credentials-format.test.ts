import { describeRule } from '../../../support/rule-tester.js';

describeRule('int/credentials-format', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['invalid', '/paths/~1pets/get/x-amazon-apigateway-integration/credentials', 15, 22, 'Integration for GET /pets has credentials "apigw-role"; expected an IAM role ARN (arn:aws:iam::123456789012:role/name)'],
    ],
  },
  {
    name: 'accepts the corrected template written as resources',
    spec: 'resources-pass.yaml',
    expected: [],
  },
  {
    name: 'reports each finding at the template property that declares it',
    spec: 'resources-fail.yaml',
    expected: [
      ['invalid', '/Resources/PetsGet/Properties/Integration/Credentials', 32, 22, 'Integration for GET /pets has credentials "pets-table-role"; expected an IAM role ARN (arn:aws:iam::123456789012:role/name)'],
    ],
  },
]);
