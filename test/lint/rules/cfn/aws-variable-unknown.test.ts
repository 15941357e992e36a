import { describeRule } from '../../../support/rule-tester.js';

describeRule('cfn/aws-variable-unknown', [
  {
    name: 'accepts the corrected definition', 
    spec: 'pass.yaml', 
    expected: [],
  },
  {
    name: 'leaves every pseudo parameter to Fn::Sub, long form and short', 
    spec: 'pass-fn-sub.yaml', 
    expected: [],
  },
  {
    name: 'reports the violation', 
    spec: 'fail.yaml', 
    expected: [
      ['unknown', '/paths/~1pets/get/x-amazon-apigateway-integration/uri', 14, 14, '${AWS::StackName} is not an API Gateway import variable (AccountId, Partition, Region, ApiId); it only works inside a CloudFormation Fn::Sub'],
    ],
  },
]);
