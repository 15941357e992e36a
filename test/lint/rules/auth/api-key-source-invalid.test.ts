import { describeRule } from '../../../support/rule-tester.js';

describeRule('auth/api-key-source-invalid', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['invalid', '/x-amazon-apigateway-api-key-source', 5, 37, 'x-amazon-apigateway-api-key-source is "QUERY"; expected HEADER or AUTHORIZER'],
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
      ['invalid', '/Resources/PetsApi/Properties/ApiKeySourceType', 22, 25, 'x-amazon-apigateway-api-key-source is "QUERY"; expected HEADER or AUTHORIZER'],
    ],
  },
]);
