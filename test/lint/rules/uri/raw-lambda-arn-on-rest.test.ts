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
  {
    name: 'accepts the corrected template written as resources',
    spec: 'resources-pass.yaml',
    expected: [],
  },
  {
    name: 'reports each finding at the template property that declares it',
    spec: 'resources-fail.yaml',
    expected: [
      ['bare', '/Resources/PetsGet/Properties/Integration/Uri', 45, 14, 'Integration uri of GET /pets is a bare Lambda function ARN; REST APIs need arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${PetsFunction.Arn}/invocations'],
      ['bare', '/Resources/PetGet/Properties/Integration/Uri', 57, 14, 'Integration uri of GET /pets/{id} is a bare Lambda function ARN; REST APIs need arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:${PetsFunction}/invocations'],
    ],
  },
  {
    // CloudFormation refuses it: "AWS ARN for integration must contain path or action".
    name: 'reports !GetAtt Function.Arn as the uri of an OpenAPI body inline in a template too',
    apiType: 'auto',
    code: `
      Resources:
        Fn:
          Type: AWS::Lambda::Function
          Properties: { Runtime: nodejs20.x, Handler: index.handler, Role: arn:aws:iam::123456789012:role/fn, Code: { ZipFile: x } }
        Api:
          Type: AWS::ApiGateway::RestApi
          Properties:
            Body:
              openapi: 3.0.1
              info: { title: pets, version: '1' }
              paths:
                /pets:
                  get:
                    x-amazon-apigateway-integration:
                      type: aws_proxy
                      httpMethod: POST
                      uri: !GetAtt Fn.Arn
    `,
    expected: [
      ['bare', '/Resources/Api/Properties/Body/paths/~1pets/get/x-amazon-apigateway-integration/uri', 17, 22, 'Integration uri of GET /pets is a bare Lambda function ARN; REST APIs need arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Fn.Arn}/invocations'],
    ],
  },
]);
