import { describeRule } from '../../../support/rule-tester.js';

describeRule('map/http-reserved-header', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['reserved', '/paths/~1pets/get/x-amazon-apigateway-integration/requestParameters/overwrite:header.Authorization', 17, 11, 'requestParameters of GET /pets maps reserved header Authorization, which HTTP APIs do not allow'],
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
      ['reserved', '/Resources/PetsIntegration/Properties/RequestParameters/overwrite:header.Authorization', 19, 9, 'requestParameters of GET /pets/{id} maps reserved header Authorization, which HTTP APIs do not allow'],
    ],
  },
]);
