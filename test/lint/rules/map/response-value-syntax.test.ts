import { describeRule } from '../../../support/rule-tester.js';

describeRule('map/response-value-syntax', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['invalid', '/paths/~1pets/get/x-amazon-apigateway-integration/responses/default/responseParameters/method.response.header.Access-Control-Allow-Origin', 22, 67, 'responseParameters "method.response.header.Access-Control-Allow-Origin" in integration response "default" of GET /pets maps from "*", which is not a mapping expression; a static value must be single-quoted: "\'*\'"'],
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
      ['invalid', '/Resources/PetGet/Properties/Integration/IntegrationResponses/0/ResponseParameters/method.response.header.Access-Control-Allow-Origin', 39, 67, 'responseParameters "method.response.header.Access-Control-Allow-Origin" in integration response "default" of GET /pets/{id} maps from "*", which is not a mapping expression; a static value must be single-quoted: "\'*\'"'],
    ],
  },
]);
