import { describeRule } from '../../../support/rule-tester.js';

describeRule('map/request-value-syntax', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['invalid', '/paths/~1pets/get/x-amazon-apigateway-integration/requestParameters/integration.request.header.Accept', 19, 46, 'requestParameters "integration.request.header.Accept" of GET /pets maps from "application/json", which is not a mapping expression; a static value must be single-quoted: "\'application/json\'"'],
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
      ['invalid', '/Resources/PetGet/Properties/Integration/RequestParameters/integration.request.header.Accept', 37, 46, 'requestParameters "integration.request.header.Accept" of GET /pets/{id} maps from "application/json", which is not a mapping expression; a static value must be single-quoted: "\'application/json\'"'],
    ],
  },
]);
