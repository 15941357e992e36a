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
  {
    name: 'accepts the corrected template written as resources',
    spec: 'resources-pass.yaml',
    expected: [],
  },
  {
    name: 'reports each finding at the template property that declares it',
    spec: 'resources-fail.yaml',
    expected: [
      ['unknown', '/Resources/PetsGet/Properties', 36, 33, 'apigw-disable-next-line names "uri/lamda-arn-format", which is not a rule (did you mean "uri/lambda-arn-format"?)'],
      ['unusedAll', '/Resources/PetsGet/Properties/Integration', 39, 37, 'apigw-disable-line suppresses nothing on line 39'],
      ['unusedRule', '/Resources/PetsGet/Properties/Integration', 40, 35, 'apigw-disable-next-line for doc/disable-directive suppresses nothing on line 41'],
    ],
  },
]);
