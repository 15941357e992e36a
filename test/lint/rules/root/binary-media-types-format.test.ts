import { describeRule } from '../harness.js';

describeRule('root/binary-media-types-format', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['notMime', '/x-amazon-apigateway-binary-media-types/0', 6, 3],
    ],
  },
]);
