import { describeRule } from '../../../support/rule-tester.js';

describeRule('path/unknown-method-key', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['unknown', '/paths/~1pets/any', 7, 5, 'Path /pets has key "any", which is not an HTTP method (did you mean "x-amazon-apigateway-any-method"?)'],
    ],
  },
]);
