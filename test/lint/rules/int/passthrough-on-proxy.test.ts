import { describeRule } from '../../../support/rule-tester.js';

describeRule('int/passthrough-on-proxy', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['ignored', '/paths/~1pets/get/x-amazon-apigateway-integration/passthroughBehavior', 15, 9, 'Integration for GET /pets is aws_proxy; passthroughBehavior has no effect on proxy integrations'],
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
      ['ignored', '/Resources/PetsGet/Properties/Integration/PassthroughBehavior', 40, 9, 'Integration for GET /pets is aws_proxy; passthroughBehavior has no effect on proxy integrations'],
    ],
  },
]);
