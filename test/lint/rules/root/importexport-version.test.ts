import { describeRule } from '../../../support/rule-tester.js';

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
      ['invalid', '/x-amazon-apigateway-importexport-version', 5, 43, 'x-amazon-apigateway-importexport-version is "2.0"; the only version is "1.0"'],
    ],
  },
]);
