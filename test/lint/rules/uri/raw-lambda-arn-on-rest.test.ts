import { describeRule } from '../../../support/rule-tester.js';

describeRule('uri/raw-lambda-arn-on-rest', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['bare', '/paths/~1pets/get/x-amazon-apigateway-integration/uri', 14, 14, 'Integration uri of GET /pets is a bare Lambda function ARN; REST APIs need arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:pets/invocations'],
    ],
  },
]);
