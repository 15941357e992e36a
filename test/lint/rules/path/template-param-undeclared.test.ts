import { describeRule } from '../../../support/rule-tester.js';

describeRule('path/template-param-undeclared', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['undeclared', '/paths/~1pets~1{id}/get', 7, 5, 'GET /pets/{id} does not declare path parameter "id" used in its path'],
    ],
  },
  {
    // The console's "Enable CORS" adds an OPTIONS mock method that declares no path parameter (as exported, LocalStack
    // test_import_rest_api imports this shape into AWS); a mock has no back end to pass one to
    // https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-cors-console.html
    name: 'leaves the mock OPTIONS method the console adds for CORS alone, still reports the proxied method',
    code: `
      swagger: '2.0'
      info: {title: t, version: '1'}
      paths:
        /{proxy+}:
          options:
            consumes: [application/json]
            produces: [application/json]
            responses:
              '200':
                description: 200 response
                headers:
                  Access-Control-Allow-Origin: {type: string}
                  Access-Control-Allow-Methods: {type: string}
                  Access-Control-Allow-Headers: {type: string}
            x-amazon-apigateway-integration:
              type: mock
              requestTemplates:
                application/json: '{"statusCode": 200}'
              passthroughBehavior: when_no_match
              responses:
                default:
                  statusCode: '200'
                  responseParameters:
                    method.response.header.Access-Control-Allow-Methods: "'DELETE,GET,HEAD,OPTIONS,PATCH,POST,PUT'"
                    method.response.header.Access-Control-Allow-Headers: "'Content-Type,Authorization,X-Amz-Date,X-Api-Key,X-Amz-Security-Token'"
                    method.response.header.Access-Control-Allow-Origin: "'*'"
          x-amazon-apigateway-any-method:
            responses: {}
            x-amazon-apigateway-integration:
              type: aws_proxy
              httpMethod: POST
              uri: arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:api/invocations
    `,
    expected: [
      ['undeclared', '/paths/~1{proxy+}/x-amazon-apigateway-any-method', 27, 5, 'ANY /{proxy+} does not declare path parameter "proxy" used in its path'],
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
      ['undeclared', '/Resources/PetGet/Properties/HttpMethod', 40, 19, 'GET /pets/{id} does not declare path parameter "id" used in its path'],
    ],
  },
]);
