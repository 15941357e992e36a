import { describeRule } from '../../../support/rule-tester.js';

describeRule('doc/extension-misplaced', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['misplaced', '/paths/~1pets/x-amazon-apigateway-integration', 7, 5, '"x-amazon-apigateway-integration" is ignored in a path item; API Gateway reads it in an operation'],
    ],
  },
]);
