import { describeRule } from '../harness.js';

describeRule('uri/lambda-arn-format', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['badUri', '/paths/~1pets/get/x-amazon-apigateway-integration/uri', 14, 14],
    ],
  },
]);
