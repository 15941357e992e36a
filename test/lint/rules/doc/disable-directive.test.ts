import { describeRule } from '../../../support/rule-tester.js';

describeRule('doc/disable-directive', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['unknown', '/paths/~1pets/get/responses/200', 11, 33, 'apigw-disable-next-line names "uri/lamda-arn-format", which is not a rule (did you mean "uri/lambda-arn-format"?)'],
      ['unusedAll', '/paths/~1pets/get/x-amazon-apigateway-integration', 14, 26, 'apigw-disable-line suppresses nothing on line 14'],
      ['unusedRule', '/paths/~1pets/get/x-amazon-apigateway-integration', 15, 35, 'apigw-disable-next-line for doc/disable-directive suppresses nothing on line 16'],
    ],
  },
]);
