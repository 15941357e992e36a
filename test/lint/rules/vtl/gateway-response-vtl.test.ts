import { describeRule } from '../../../support/rule-tester.js';

describeRule('vtl/gateway-response-vtl', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['directive', '/x-amazon-apigateway-gateway-responses/DEFAULT_4XX/responseTemplates/application~1json', 18, 25, 'Template "application/json" of gateway response DEFAULT_4XX uses #if, but gateway response templates are not processed by Velocity'],
    ],
  },
  {
    // Only gateway response templates skip Velocity; integration templates are VTL
    // https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-gateway-responses.responseTemplates.html
    name: 'leaves the directives of integration request and response templates alone: those are run through Velocity',
    code: `
      swagger: '2.0'
      info: {title: t, version: '1'}
      paths:
        /pets:
          post:
            responses: {'200': {description: ok}}
            x-amazon-apigateway-integration:
              type: aws
              httpMethod: POST
              uri: arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:pets/invocations
              requestTemplates:
                application/json: '#set($body = $input.json(''$'')) {"pet": $body}'
              responses:
                default:
                  statusCode: '200'
                  responseTemplates:
                    application/json: '#if($input.path(''$.ok'')) ok #end'
    `,
    expected: [],
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
      ['directive', '/Resources/Default4xx/Properties/ResponseTemplates/application~1json', 34, 27, 'Template "application/json" of gateway response DEFAULT_4XX uses #if, but gateway response templates are not processed by Velocity'],
      ['directive', '/Resources/Default5xx/Properties/ResponseTemplates/application~1json', 44, 27, 'Template "application/json" of gateway response DEFAULT_5XX uses #set, but gateway response templates are not processed by Velocity'],
    ],
  },
]);
