import { describeRule } from '../../../support/rule-tester.js';

describeRule('path/head-with-body', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['body', '/paths/~1pets/get/requestBody', 8, 7, 'GET /pets declares a request body, which GET, HEAD and DELETE requests rarely carry'],
    ],
  },
  {
    // RFC 9110 §9.3.1: content in a GET request has no generally defined semantics
    // https://www.rfc-editor.org/rfc/rfc9110#section-9.3.1
    name: 'reports an OpenAPI 3 requestBody on GET, not a query parameter',
    code: `
      openapi: 3.0.1
      info: {title: t, version: '1'}
      paths:
        /pets:
          get:
            parameters:
            - {name: limit, in: query, schema: {type: integer}}
            requestBody:
              content:
                application/json: {schema: {type: object}}
            responses: {'200': {description: ok}}
          delete:
            parameters:
            - {name: id, in: query, schema: {type: string}}
            responses: {'200': {description: ok}}
    `,
    expected: [
      ['body', '/paths/~1pets/get/requestBody', 8, 7, 'GET /pets declares a request body, which GET, HEAD and DELETE requests rarely carry'],
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
      ['body', '/Resources/PetsGet/Properties/RequestModels', 46, 7, 'GET /pets declares a request body, which GET, HEAD and DELETE requests rarely carry'],
    ],
  },
]);
