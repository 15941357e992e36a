import { describeRule } from '../../../support/rule-tester.js';

describeRule('int/connection-type-invalid', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['invalid', '/paths/~1pets/get/x-amazon-apigateway-integration/connectionType', 15, 25, 'Integration for GET /pets has connectionType "VPCLINK"; expected INTERNET or VPC_LINK'],
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
      ['invalid', '/Resources/PetsGet/Properties/Integration/ConnectionType', 25, 25, 'Integration for GET /pets has connectionType "VPCLINK"; expected INTERNET or VPC_LINK'],
    ],
  },
]);
