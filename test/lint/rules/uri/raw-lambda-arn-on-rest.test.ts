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
  {
    // REST integrations call Lambda through arn:aws:apigateway:<region>:lambda:path/…/invocations; a function ARN alone is the HTTP API form
    // https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration.html
    name: 'reports a bare function ARN written with placeholders; a wholly unknown uri is skipped',
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
              uri:
                Fn::Sub: arn:aws:lambda:\${AWS::Region}:\${AWS::AccountId}:function:pets
        /owners:
          get:
            responses: {'200': {description: ok}}
            x-amazon-apigateway-integration:
              type: aws_proxy
              httpMethod: POST
              uri: \${owners_function_arn}
    `,
    expected: [
      ['bare', '/paths/~1pets/get/x-amazon-apigateway-integration/uri', 11, 11, 'Integration uri of GET /pets is a bare Lambda function ARN; REST APIs need arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/arn:aws:lambda:${AWS::Region}:${AWS::AccountId}:function:pets/invocations'],
    ],
  },
]);
