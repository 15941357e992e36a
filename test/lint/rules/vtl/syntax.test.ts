import { describeRule } from '../../../support/rule-tester.js';

describeRule('vtl/syntax', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation (fail-json.json)',
    spec: 'fail-json.json',
    expected: [
      ['syntax', '/paths/~1pets/get/x-amazon-apigateway-integration/requestTemplates/application~1json', 25, 72, 'Request template "application/json" of GET /pets does not parse: #end has no opening #if, #foreach, #macro or #define (template line 3, column 1)'],
    ],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['syntax', '/paths/~1pets/post/x-amazon-apigateway-integration/requestTemplates/application~1json', 19, 15, 'Request template "application/json" of POST /pets does not parse: #if is never closed with #end (template line 3, column 3)'],
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
      ['syntax', '/Resources/PostPet/Properties/Integration/RequestTemplates/application~1json', 58, 17, 'Request template "application/json" of POST /pets does not parse: #if is never closed with #end (template line 6, column 5)'],
      ['syntax', '/Resources/GetPet/Properties/Integration/IntegrationResponses/0/ResponseTemplates/application~1json', 90, 17, 'Response template "application/json" of GET /pets/{id} does not parse: #end has no opening #if, #foreach, #macro or #define (template line 3, column 1)'],
    ],
  },
  {
    // CloudFormation substitutes ${…} before API Gateway sees the template; the rest is Velocity.
    name: 'parses a template written with Fn::Sub (long form, placeholders of every kind) and places the error in its string',
    code: `
      Resources:
        Api:
          Type: AWS::ApiGateway::RestApi
          Properties:
            Body:
              swagger: '2.0'
              info: { title: orders, version: '1' }
              paths:
                /orders:
                  post:
                    responses: { '200': { description: ok } }
                    x-amazon-apigateway-integration:
                      type: aws
                      httpMethod: POST
                      uri: arn:aws:apigateway:us-east-1:states:action/StartExecution
                      credentials: arn:aws:iam::123456789012:role/orders
                      requestTemplates:
                        application/json:
                          Fn::Sub: '{"stateMachineArn": "\${Machine}", "name": "\${AWS::StackName}-$context.requestId", "input": "$util.escapeJavaScript($input.json(''$''))"} #end'
                        text/plain:
                          Fn::Sub: ['#set($id = "\${!id}")\${Prefix}$id', { Prefix: orders- }]
                      responses: { default: { statusCode: '200' } }
    `,
    expected: [
      ['syntax', '/Resources/Api/Properties/Body/paths/~1orders/post/x-amazon-apigateway-integration/requestTemplates/application~1json/Fn::Sub', 19, 168, 'Request template "application/json" of POST /orders does not parse: #end has no opening #if, #foreach, #macro or #define (template line 1, column 136)'],
    ],
  },
]);
