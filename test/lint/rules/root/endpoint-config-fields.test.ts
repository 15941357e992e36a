import { describeRule } from '../../../support/rule-tester.js';

describeRule('root/endpoint-config-fields', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['type', '/x-amazon-apigateway-endpoint-configuration/disableExecuteApiEndpoint', 6, 30, 'Endpoint configuration field disableExecuteApiEndpoint is "yes"; expected true or false'],
      ['unknown', '/x-amazon-apigateway-endpoint-configuration/types', 7, 3, 'Endpoint configuration has unknown field "types"'],
    ],
  },
  {
    // x-amazon-apigateway-endpoint-configuration is an object (disableExecuteApiEndpoint, vpcEndpointIds, ipAddressType)
    // https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-endpoint-configuration.html
    name: 'reports an endpoint configuration that is not a mapping',
    code: `
      swagger: '2.0'
      info: {title: t, version: '1'}
      paths: {}
      x-amazon-apigateway-endpoint-configuration: [vpce-0123456789abcdef0]
    `,
    expected: [
      ['notObject', '/x-amazon-apigateway-endpoint-configuration', 4, 45, 'x-amazon-apigateway-endpoint-configuration must be a mapping'],
    ],
  },
  {
    // Private endpoints (vpcEndpointIds) are a REST API feature; HTTP APIs have only disableExecuteApiEndpoint
    // https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-endpoint-configuration.html
    name: 'reports vpcEndpointIds in an HTTP API',
    apiType: 'http',
    code: `
      openapi: 3.0.1
      info: {title: t, version: '1'}
      servers:
      - url: https://example.com
        x-amazon-apigateway-endpoint-configuration:
          disableExecuteApiEndpoint: true
          vpcEndpointIds: [vpce-0123456789abcdef0]
      paths: {}
    `,
    expected: [
      ['vpcOnHttp', '/servers/0/x-amazon-apigateway-endpoint-configuration/vpcEndpointIds', 7, 5, 'Endpoint configuration sets vpcEndpointIds, which HTTP APIs do not support (private APIs are REST only)'],
    ],
  },
]);
