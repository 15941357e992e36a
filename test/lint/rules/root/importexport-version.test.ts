import { describeRule } from '../harness.js';

describeRule('root/importexport-version', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['invalid', '/x-amazon-apigateway-importexport-version', 5, 43],
    ],
  },
]);
