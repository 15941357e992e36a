import { describeRule } from '../../../support/rule-tester.js';

describeRule('int/connection-id-without-vpc-link', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['ignored', '/paths/~1pets/get/x-amazon-apigateway-integration/connectionId', 15, 9, 'Integration for GET /pets has a connectionId but connectionType is not set (INTERNET); set connectionType: VPC_LINK or the VPC link is not used'],
    ],
  },
]);
