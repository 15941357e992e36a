import { describeRule } from '../../../support/rule-tester.js';

describeRule('map/source-undeclared', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['undeclared', '/paths/~1pets/get/x-amazon-apigateway-integration/requestParameters/integration.request.querystring.page', 23, 49, 'requestParameters "integration.request.querystring.page" of GET /pets maps method.request.querystring.page, but GET /pets declares no query parameter "page"; import fails with "Invalid mapping expression specified"'],
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
      ['undeclared', '/Resources/PetGet/Properties/Integration/RequestParameters/integration.request.querystring.page', 36, 49, 'requestParameters "integration.request.querystring.page" of GET /pets/{id} maps method.request.querystring.page, but GET /pets/{id} declares no query parameter "page"; import fails with "Invalid mapping expression specified"'],
    ],
  },
]);
