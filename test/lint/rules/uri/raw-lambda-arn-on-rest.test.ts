import { describeRule } from '../harness.js';

describeRule('uri/raw-lambda-arn-on-rest', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['bare', '/paths/~1pets/get/x-amazon-apigateway-integration/uri', 14, 14],
    ],
  },
]);
