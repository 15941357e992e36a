import { describeRule } from '../../../support/rule-tester.js';

describeRule('map/param-name-chars', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['invalid', '/paths/~1pets/get/x-amazon-apigateway-integration/requestParameters/integration.request.header.x trace', 19, 11, 'Parameter name "x trace" in requestParameters of GET /pets has characters outside [a-zA-Z0-9._$-]'],
    ],
  },
  {
    // Parameter names in mapping expressions are [a-zA-Z0-9._$-]+
    // https://docs.aws.amazon.com/apigateway/latest/developerguide/request-response-data-mappings.html
    name: 'reports an invalid name in a mapping source, not in static or context values',
    code: `
      swagger: '2.0'
      info: {title: t, version: '1'}
      paths:
        /pets:
          get:
            parameters:
            - {name: 'X:Id', in: header, type: string}
            responses: {'200': {description: ok}}
            x-amazon-apigateway-integration:
              type: http
              httpMethod: GET
              uri: https://example.com/pets
              requestParameters:
                integration.request.header.X-Id: method.request.header.X:Id
                integration.request.header.X-Stage: context.stage
                integration.request.header.X-Fixed: "'pets'"
              responses:
                default: {statusCode: '200'}
    `,
    expected: [
      ['invalid', '/paths/~1pets/get/x-amazon-apigateway-integration/requestParameters/integration.request.header.X-Id', 14, 44, 'Parameter name "X:Id" in requestParameters of GET /pets has characters outside [a-zA-Z0-9._$-]'],
    ],
  },
  {
    // Custom Cognito attributes are named custom:<name>, and context.authorizer.claims.<claim> maps them
    // https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html
    name: 'leaves context variables alone: a Cognito claim such as custom:role is read as context.authorizer.claims.custom:role',
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
              requestParameters:
                integration.request.header.X-Role: context.authorizer.claims.custom:role
              responses:
                default: {statusCode: '200'}
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
      ['invalid', '/Resources/PetsGet/Properties/Integration/RequestParameters/integration.request.header.x pet id', 26, 11, 'Parameter name "x pet id" in requestParameters of GET /pets has characters outside [a-zA-Z0-9._$-]'],
    ],
  },
]);
