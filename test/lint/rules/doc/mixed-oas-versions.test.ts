import { describeRule } from '../../../support/rule-tester.js';

describeRule('doc/mixed-oas-versions', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['rootKey', '/definitions', 15, 1, 'OpenAPI 3 document has Swagger 2 "definitions", which is ignored; use components.schemas'],
    ],
  },
  {
    // OpenAPI 3 parameters are in path, query, header or cookie; requestBody replaces body and formData
    // https://spec.openapis.org/oas/v3.0.3#parameter-object
    name: 'reports Swagger 2 body and formData parameters in an OpenAPI 3 document',
    code: `
      openapi: 3.0.1
      info: {title: t, version: '1'}
      paths:
        /pets:
          post:
            parameters:
            - name: pet
              in: body
              schema: {type: object}
            - name: photo
              in: formData
              type: file
            - name: id
              in: query
              schema: {type: string}
            responses:
              '200': {description: ok}
    `,
    expected: [
      ['bodyParam', '/paths/~1pets/post/parameters/0/in', 8, 13, 'Parameter "pet" of POST /pets is "in: body", a Swagger 2 form; OpenAPI 3 uses requestBody'],
      ['bodyParam', '/paths/~1pets/post/parameters/1/in', 11, 13, 'Parameter "photo" of POST /pets is "in: formData", a Swagger 2 form; OpenAPI 3 uses requestBody'],
    ],
  },
]);
