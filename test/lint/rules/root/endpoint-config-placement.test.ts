import { describeRule } from '../../../support/rule-tester.js';

describeRule('root/endpoint-config-placement', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['oas3Root', '/x-amazon-apigateway-endpoint-configuration', 5, 1, 'In OpenAPI 3, x-amazon-apigateway-endpoint-configuration belongs in a servers[] entry, not at the top level'],
    ],
  },
  {
    // Swagger 2 has no servers: the extension goes at the top level there; in OpenAPI 3 it goes in a server object
    // https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-endpoint-configuration.html
    name: 'reports a Swagger 2 endpoint configuration inside servers',
    code: `
      swagger: '2.0'
      info: {title: t, version: '1'}
      servers:
      - url: https://example.com
        x-amazon-apigateway-endpoint-configuration:
          disableExecuteApiEndpoint: true
      paths: {}
    `,
    expected: [
      ['oas2Server', '/servers/0/x-amazon-apigateway-endpoint-configuration', 5, 3, 'In Swagger 2, x-amazon-apigateway-endpoint-configuration belongs at the top level'],
    ],
  },
]);
