import { describeRule } from '../../../support/rule-tester.js';

describeRule('cors/rest-allow-methods', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['missing', '/paths/~1pets/options/x-amazon-apigateway-integration/responses/default/responseParameters/method.response.header.Access-Control-Allow-Methods', 38, 68, 'OPTIONS /pets allows GET,OPTIONS but the path also has POST'],
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
      ['missing', '/Resources/PetsOptions/Properties/Integration/IntegrationResponses/0/ResponseParameters/method.response.header.Access-Control-Allow-Methods', 60, 68, 'OPTIONS /pets allows GET,OPTIONS but the path also has POST'],
    ],
  },
]);
