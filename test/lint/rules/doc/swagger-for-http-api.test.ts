import { describeRule } from '../harness.js';

describeRule('doc/swagger-for-http-api', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['swagger', '/swagger', 1, 10],
    ],
  },
]);
