import { describeRule } from '../harness.js';

describeRule('int/cache-key-undeclared', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['undeclared', '/paths/~1pets/get/x-amazon-apigateway-integration/cacheKeyParameters/0', 20, 11],
    ],
  },
]);
