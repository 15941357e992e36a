import { describeRule } from '../../../support/rule-tester.js';

describeRule('uri/http-scheme', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['plain', '/paths/~1pets/get/x-amazon-apigateway-integration/uri', 14, 14, 'Integration for GET /pets calls its back end over plain http://, without TLS'],
    ],
  },
  {
    // http and http_proxy integrations call the uri; a mock calls nothing
    // https://docs.aws.amazon.com/apigateway/latest/api/API_Integration.html
    name: 'reports a plain-http uri of an http integration, not the uri a mock ignores',
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
              uri: http://example.com/pets
              responses:
                default: {statusCode: '200'}
          post:
            responses: {'200': {description: ok}}
            x-amazon-apigateway-integration:
              type: mock
              uri: http://example.com/unused
              requestTemplates:
                application/json: '{"statusCode": 200}'
              responses:
                default: {statusCode: '200'}
    `,
    expected: [
      ['plain', '/paths/~1pets/get/x-amazon-apigateway-integration/uri', 10, 14, 'Integration for GET /pets calls its back end over plain http://, without TLS'],
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
      ['plain', '/Resources/PetsGet/Properties/Integration/Uri', 24, 14, 'Integration for GET /pets calls its back end over plain http://, without TLS'],
    ],
  },
]);
