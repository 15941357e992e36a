import { describeRule } from '../../../support/rule-tester.js';

describeRule('lambda/http-method-not-post', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['notPost', '/paths/~1pets/get/x-amazon-apigateway-integration/httpMethod', 13, 21, 'Lambda integration for GET /pets uses httpMethod GET; Lambda is invoked with POST, so every call fails with "Execution failed due to configuration error"'],
    ],
  },
  {
    // Whatever fills the placeholders, the uri is a Lambda invocation, which API Gateway calls with POST
    // https://repost.aws/knowledge-center/api-gateway-lambda-template-invoke-error
    name: 'reads placeholders and intrinsics as unknown parts of a known Lambda uri; a wholly unknown uri is skipped',
    code: `
      swagger: '2.0'
      info: {title: t, version: '1'}
      paths:
        /terraform:
          get:
            responses: {'200': {description: ok}}
            x-amazon-apigateway-integration:
              type: aws_proxy
              httpMethod: GET
              uri: arn:aws:apigateway:\${region}:lambda:path/2015-03-31/functions/\${fn}/invocations
        /sub:
          get:
            responses: {'200': {description: ok}}
            x-amazon-apigateway-integration:
              type: aws_proxy
              httpMethod: GET
              uri:
                Fn::Sub: arn:aws:apigateway:\${AWS::Region}:lambda:path/2015-03-31/functions/\${PetsFunction.Arn}/invocations
        /join:
          get:
            responses: {'200': {description: ok}}
            x-amazon-apigateway-integration:
              type: aws
              httpMethod: ANY
              uri:
                Fn::Join:
                - ''
                - - 'arn:aws:apigateway:'
                  - Ref: AWS::Region
                  - ':lambda:path/2015-03-31/functions/'
                  - Fn::GetAtt: [PetsFunction, Arn]
                  - /invocations
        /whole:
          get:
            responses: {'200': {description: ok}}
            x-amazon-apigateway-integration:
              type: aws_proxy
              httpMethod: GET
              uri: \${lambda_invocation_uri}
        /posted:
          get:
            responses: {'200': {description: ok}}
            x-amazon-apigateway-integration:
              type: aws_proxy
              httpMethod: POST
              uri: arn:aws:apigateway:\${region}:lambda:path/2015-03-31/functions/\${fn}/invocations
    `,
    expected: [
      ['notPost', '/paths/~1terraform/get/x-amazon-apigateway-integration/httpMethod', 9, 21, 'Lambda integration for GET /terraform uses httpMethod GET; Lambda is invoked with POST, so every call fails with "Execution failed due to configuration error"'],
      ['notPost', '/paths/~1sub/get/x-amazon-apigateway-integration/httpMethod', 16, 21, 'Lambda integration for GET /sub uses httpMethod GET; Lambda is invoked with POST, so every call fails with "Execution failed due to configuration error"'],
      ['notPost', '/paths/~1join/get/x-amazon-apigateway-integration/httpMethod', 24, 21, 'Lambda integration for GET /join uses httpMethod ANY; Lambda is invoked with POST, so every call fails with "Execution failed due to configuration error"'],
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
      ['notPost', '/Resources/PetsGet/Properties/Integration/IntegrationHttpMethod', 39, 32, 'Lambda integration for GET /pets uses httpMethod GET; Lambda is invoked with POST, so every call fails with "Execution failed due to configuration error"'],
      ['notPost', '/Resources/PetsDelete/Properties/Integration/IntegrationHttpMethod', 50, 32, 'Lambda integration for DELETE /pets uses httpMethod DELETE; Lambda is invoked with POST, so every call fails with "Execution failed due to configuration error"'],
    ],
  },
]);
