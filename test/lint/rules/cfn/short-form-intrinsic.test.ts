import { describeRule } from '../../../support/rule-tester.js';

describeRule('cfn/short-form-intrinsic', [
  {
    name: 'accepts the corrected definition', 
    spec: 'pass.yaml', 
    expected: [],
  },
  {
    name: 'reports the violation', 
    spec: 'fail.yaml', 
    expected: [
      ['shortForm', '/paths/~1pets/get/x-amazon-apigateway-integration/uri', 14, 14, 'Short-form intrinsic !Sub does not work in a file included with AWS::Include; write {"Fn::Sub": ...}'],
    ],
  },
]);
