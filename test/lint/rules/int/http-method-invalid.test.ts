import { describeRule } from '../../../support/rule-tester.js';

describeRule('int/http-method-invalid', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['invalid', '/paths/~1pets/get/x-amazon-apigateway-integration/httpMethod', 13, 21, 'Integration for GET /pets has httpMethod "FETCH"; expected one of GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS, ANY'],
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
      ['invalid', '/Resources/PetsGet/Properties/Integration/IntegrationHttpMethod', 23, 32, 'Integration for GET /pets has httpMethod "FETCH"; expected one of GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS, ANY'],
    ],
  },
]);
