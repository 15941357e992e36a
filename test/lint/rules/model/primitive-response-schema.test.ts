import { describeRule } from '../harness.js';

describeRule('model/primitive-response-schema', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['primitive', '/paths/~1pets/get/responses/200/schema/type', 12, 19],
    ],
  },
]);
