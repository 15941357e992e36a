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
]);
