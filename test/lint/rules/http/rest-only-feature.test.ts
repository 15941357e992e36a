import { describeRule } from '../../../support/rule-tester.js';

describeRule('http/rest-only-feature', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['ignored', '/paths/~1pets/get/x-amazon-apigateway-integration/passthroughBehavior', 16, 9, 'Integration for GET /pets sets passthroughBehavior, a REST API feature that HTTP APIs ignore'],
    ],
  },
]);
