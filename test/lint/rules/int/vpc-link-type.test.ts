import { describeRule } from '../../../support/rule-tester.js';

describeRule('int/vpc-link-type', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['wrongType', '/paths/~1pets/get/x-amazon-apigateway-integration/connectionType', 15, 25, 'Integration for GET /pets is aws_proxy with connectionType VPC_LINK; only http and http_proxy integrations use VPC links'],
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
      ['wrongType', '/Resources/PetsGet/Properties/Integration/ConnectionType', 40, 25, 'Integration for GET /pets is aws_proxy with connectionType VPC_LINK; only http and http_proxy integrations use VPC links'],
    ],
  },
]);
