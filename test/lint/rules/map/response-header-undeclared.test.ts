import { describeRule } from '../../../support/rule-tester.js';

describeRule('map/response-header-undeclared', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['undeclared', '/paths/~1pets/get/x-amazon-apigateway-integration/responses/default/responseParameters/method.response.header.Access-Control-Allow-Origin', 19, 15, 'Integration response "default" of GET /pets sets header Access-Control-Allow-Origin, but response 200 does not declare it under headers'],
    ],
  },
  {
    // "For a proxy integration, API Gateway automatically passes the backend output to the client as an HTTP response.
    // You do not set either an integration response or a method response." int/responses-on-proxy says these have no effect.
    // https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-integration-settings-integration-response.html
    name: 'leaves the integration responses of proxy integrations alone: API Gateway ignores them',
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
              uri: arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:pets/invocations
              responses:
                default:
                  statusCode: '200'
                  responseParameters:
                    method.response.header.Access-Control-Allow-Origin: "'*'"
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
      ['undeclared', '/Resources/PetGet/Properties/Integration/IntegrationResponses/0/ResponseParameters/method.response.header.Access-Control-Allow-Origin', 39, 15, 'Integration response "default" of GET /pets/{id} sets header Access-Control-Allow-Origin, but response 200 does not declare it under headers'],
    ],
  },
]);
