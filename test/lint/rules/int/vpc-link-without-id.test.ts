import { describeRule } from '../../../support/rule-tester.js';

describeRule('int/vpc-link-without-id', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['missing', '/paths/~1pets/get/x-amazon-apigateway-integration/connectionType', 15, 25, 'Integration for GET /pets uses connectionType VPC_LINK but has no connectionId'],
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
      ['missing', '/Resources/PetsGet/Properties/Integration/ConnectionType', 37, 25, 'Integration for GET /pets uses connectionType VPC_LINK but has no connectionId'],
    ],
  },
]);
