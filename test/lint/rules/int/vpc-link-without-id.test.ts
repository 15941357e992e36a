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
]);
