import { describeRule } from '../../../support/rule-tester.js';

describeRule('resp/status-code-undeclared', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['undeclared', '/paths/~1pets/get/x-amazon-apigateway-integration/responses/default/statusCode', 17, 25, 'Integration response "default" of GET /pets maps to status 201, which is not among the declared responses (200)'],
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
            responses: {}
            x-amazon-apigateway-integration:
              type: aws_proxy
              httpMethod: POST
              uri: arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:pets/invocations
              responses:
                default: {statusCode: '200'}
          post:
            responses: {'201': {description: created}}
            x-amazon-apigateway-integration:
              type: http_proxy
              httpMethod: POST
              uri: https://example.com/pets
              responses:
                default: {statusCode: '200'}
    `,
    expected: [],
  },
  {
    // statusCode is a three-digit code; a malformed one is resp/status-code-format's finding
    // https://docs.aws.amazon.com/apigateway/latest/api/API_PutIntegrationResponse.html
    name: 'leaves a malformed or placeholder statusCode to resp/status-code-format',
    code: `
      swagger: '2.0'
      info: {title: t, version: '1'}
      paths:
        /pets:
          get:
            responses: {'200': {description: ok}}
            x-amazon-apigateway-integration:
              type: http
              httpMethod: GET
              uri: https://example.com/pets
              responses:
                default: {statusCode: '2xx'}
                '5\\d{2}': {statusCode: '\${error_status}'}
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
      ['undeclared', '/Resources/PetsGet/Properties/Integration/IntegrationResponses/1/StatusCode', 42, 25, 'Integration response ".*Not Found.*" of GET /pets maps to status 404, which is not among the declared responses (200)'],
    ],
  },
]);
