import { describeRule } from '../../../support/rule-tester.js';

describeRule('resp/missing-on-non-proxy', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['missing', '/paths/~1pets/get/x-amazon-apigateway-integration', 11, 7, 'Integration for GET /pets is aws but has no responses; every call returns 500 — add at least a "default" response'],
    ],
  },
]);
