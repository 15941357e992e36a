import { describeRule } from '../../../support/rule-tester.js';

describeRule('map/http-key-syntax', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['invalid', '/paths/~1pets/get/x-amazon-apigateway-integration/requestParameters/integration.request.header.x-trace', 17, 11, 'requestParameters key "integration.request.header.x-trace" of GET /pets is not append|overwrite|remove:header.<name>, append|overwrite|remove:querystring.<name> or overwrite:path'],
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
      ['invalid', '/Resources/PetsIntegration/Properties/RequestParameters/integration.request.header.x-pet-id', 19, 9, 'requestParameters key "integration.request.header.x-pet-id" of GET /pets/{id} is not append|overwrite|remove:header.<name>, append|overwrite|remove:querystring.<name> or overwrite:path'],
    ],
  },
]);
