import { describeRule } from '../../../support/rule-tester.js';

describeRule('cfn/unresolved-placeholder', [
  {
    name: 'accepts the corrected definition', 
    spec: 'pass.yaml', 
    expected: [],
  },
  {
    name: 'reports the violation', 
    spec: 'fail.yaml', 
    expected: [
      ['placeholders', '/paths/~1pets/get/x-amazon-apigateway-integration/uri', 15, 11, '1 value(s) are intrinsics or ${...} placeholders resolved outside this file; their values were not checked'],
    ],
  },
]);
