import { describeRule } from '../../../support/rule-tester.js';

describeRule('map/context-variable-unknown', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['unknown', '/paths/~1pets/get/x-amazon-apigateway-integration/requestParameters/integration.request.header.x-req', 19, 45, 'requestParameters of GET /pets maps context.requestID, which is not a $context variable'],
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
      ['unknown', '/Resources/PetGet/Properties/Integration/RequestParameters/integration.request.header.x-trace', 35, 47, 'requestParameters of GET /pets/{id} maps context.requestID, which is not a $context variable'],
    ],
  },
]);
