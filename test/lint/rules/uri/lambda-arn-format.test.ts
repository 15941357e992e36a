import { describeRule } from '../../../support/rule-tester.js';

describeRule('uri/lambda-arn-format', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['badUri', '/paths/~1pets/get/x-amazon-apigateway-integration/uri', 14, 14, 'Lambda uri of GET /pets is not arn:aws:apigateway:<region>:lambda:path/2015-03-31/functions/<function-arn>/invocations'],
    ],
  },
  {
    // A Lambda function ARN is arn:aws:lambda:<region>:<account>:function:<name>[:<alias or version>]
    // https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html
    name: 'reports a function ARN without ":function:", accepts one with an alias',
    code: `
      swagger: '2.0'
      info: {title: t, version: '1'}
      paths:
        /pets:
          get:
            responses: {'200': {description: ok}}
            x-amazon-apigateway-integration:
              type: aws_proxy
              httpMethod: POST
              uri: arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:pets/invocations
          post:
            responses: {'200': {description: ok}}
            x-amazon-apigateway-integration:
              type: aws_proxy
              httpMethod: POST
              uri: arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:pets:live/invocations
    `,
    expected: [
      ['badFunction', '/paths/~1pets/get/x-amazon-apigateway-integration/uri', 10, 14, 'Lambda uri of GET /pets names arn:aws:lambda:us-east-1:123456789012:pets, which is not a Lambda function ARN (arn:aws:lambda:<region>:<account>:function:<name>)'],
    ],
  },
]);
