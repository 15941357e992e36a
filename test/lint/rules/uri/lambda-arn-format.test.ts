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
  {
    // The invocation path is arn:aws:apigateway:<region>:lambda:path/2015-03-31/functions/<function ARN>/invocations whatever fills the placeholders
    // https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration.html
    name: 'checks the stated parts of a uri written with placeholders',
    code: `
      swagger: '2.0'
      info: {title: t, version: '1'}
      paths:
        /sub:
          get:
            responses: {'200': {description: ok}}
            x-amazon-apigateway-integration:
              type: aws_proxy
              httpMethod: POST
              uri:
                Fn::Sub: arn:aws:apigateway:\${AWS::Region}:lambda:path/2015-03-31/functions/\${PetsFunction.Arn}/invocations
        /parts:
          get:
            responses: {'200': {description: ok}}
            x-amazon-apigateway-integration:
              type: aws_proxy
              httpMethod: POST
              uri: arn:\${AWS::Partition}:apigateway:\${AWS::Region}:lambda:path/2015-03-31/functions/arn:\${AWS::Partition}:lambda:\${AWS::Region}:\${AWS::AccountId}:function:\${name}:live/invocations
        /no-date:
          get:
            responses: {'200': {description: ok}}
            x-amazon-apigateway-integration:
              type: aws_proxy
              httpMethod: POST
              uri: arn:aws:apigateway:\${region}:lambda:path/functions/\${fn}/invocations
        /no-function:
          get:
            responses: {'200': {description: ok}}
            x-amazon-apigateway-integration:
              type: aws_proxy
              httpMethod: POST
              uri: arn:aws:apigateway:\${AWS::Region}:lambda:path/2015-03-31/functions/arn:aws:lambda:\${AWS::Region}:\${AWS::AccountId}:\${name}/invocations
    `,
    expected: [
      ['badUri', '/paths/~1no-date/get/x-amazon-apigateway-integration/uri', 25, 14, 'Lambda uri of GET /no-date is not arn:aws:apigateway:<region>:lambda:path/2015-03-31/functions/<function-arn>/invocations'],
      ['badFunction', '/paths/~1no-function/get/x-amazon-apigateway-integration/uri', 32, 14, 'Lambda uri of GET /no-function names arn:aws:lambda:${AWS::Region}:${AWS::AccountId}:${name}, which is not a Lambda function ARN (arn:aws:lambda:<region>:<account>:function:<name>)'],
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
      ['badUri', '/Resources/PetsGet/Properties/Integration/Uri', 45, 14, 'Lambda uri of GET /pets is not arn:aws:apigateway:<region>:lambda:path/2015-03-31/functions/<function-arn>/invocations'],
      ['badFunction', '/Resources/PetGet/Properties/Integration/Uri', 57, 14, 'Lambda uri of GET /pets/{id} names arn:aws:lambda:${AWS::Region}:${AWS::AccountId}:${PetsFunction}, which is not a Lambda function ARN (arn:aws:lambda:<region>:<account>:function:<name>)'],
    ],
  },
]);
