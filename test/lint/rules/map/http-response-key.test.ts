import { describeRule } from '../../../support/rule-tester.js';

describeRule('map/http-response-key', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['status', '/paths/~1pets/get/x-amazon-apigateway-integration/responseParameters/2xx', 17, 11, 'responseParameters of GET /pets is keyed by "2xx"; keys are back-end status codes (200-599)'],
    ],
  },
  {
    // Response mappings: append|overwrite|remove:header.<name>, overwrite:statuscode
    // https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-parameter-mapping.html
    name: 'reports a response mapping key that is not append|overwrite|remove:header',
    code: `
      openapi: 3.0.1
      info: {title: t, version: '1'}
      paths:
        /pets:
          get:
            x-amazon-apigateway-integration:
              type: http_proxy
              httpMethod: GET
              uri: https://example.com/pets
              payloadFormatVersion: '1.0'
              responseParameters:
                '200':
                  append:header.X-Trace: $context.requestId
                  set:header.X-Other: static
    `,
    expected: [
      ['key', '/paths/~1pets/get/x-amazon-apigateway-integration/responseParameters/200/set:header.X-Other', 14, 13, 'responseParameters "200" of GET /pets has key "set:header.X-Other"; expected append|overwrite|remove:header.<name> or overwrite:statuscode'],
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
      ['key', '/Resources/PetsIntegration/Properties/ResponseParameters/404/ResponseParameters/1/Destination', 24, 28, 'responseParameters "404" of GET /pets/{id} has key "set:header.X-Cache"; expected append|overwrite|remove:header.<name> or overwrite:statuscode'],
      ['status', '/Resources/PetsIntegration/Properties/ResponseParameters/2xx', 26, 9, 'responseParameters of GET /pets/{id} is keyed by "2xx"; keys are back-end status codes (200-599)'],
    ],
  },
]);
