import { describeRule } from '../../../support/rule-tester.js';

describeRule('uri/path-param-not-mapped', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['notMapped', '/paths/~1pets~1{id}/get/x-amazon-apigateway-integration/uri', 19, 14, 'Integration uri of GET /pets/{id} uses {id} but requestParameters has no "integration.request.path.id"'],
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
      ['notMapped', '/Resources/PetGet/Properties/Integration/Uri', 33, 14, 'Integration uri of GET /pets/{id} uses {id} but requestParameters has no "integration.request.path.id"'],
    ],
  },
]);
