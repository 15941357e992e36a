import { describeRule } from '../harness.js';

describeRule('int/streaming-uri-mismatch', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['streamWithoutStreamingUri', '/paths/~1pets/get/x-amazon-apigateway-integration/uri', 14, 14],
    ],
  },
]);
