import { describeRule } from '../harness.js';

describeRule('cfn/unresolved-placeholder', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['placeholders', '/paths/~1pets/get/x-amazon-apigateway-integration/uri', 15, 11],
    ],
  },
]);
