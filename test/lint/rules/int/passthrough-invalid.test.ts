import { describeRule } from '../../../support/rule-tester.js';

describeRule('int/passthrough-invalid', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['invalid', '/paths/~1pets/get/x-amazon-apigateway-integration/passthroughBehavior', 18, 30, 'Integration for GET /pets has passthroughBehavior "WHEN_NO_TEMPLATE"; expected when_no_match, when_no_templates or never'],
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
      ['invalid', '/Resources/PetsGet/Properties/Integration/PassthroughBehavior', 32, 30, 'Integration for GET /pets has passthroughBehavior "WHEN_NO_TEMPLATE"; expected when_no_match, when_no_templates or never'],
    ],
  },
]);
