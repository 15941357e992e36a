import { describeRule } from '../../../support/rule-tester.js';

describeRule('doc/version-missing', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['missing', '', 1, 1, 'Document has neither "swagger" nor "openapi" at the top level'],
    ],
  },
  {
    // API Gateway imports Swagger 2.0 and OpenAPI 3.x definitions
    // https://docs.aws.amazon.com/apigateway/latest/developerguide/import-edge-optimized-api.html
    name: 'reports a Swagger version other than 2.0',
    code: `
      swagger: '1.2'
      info: {title: t, version: '1'}
      paths: {}
    `,
    expected: [
      ['unsupported', '/swagger', 1, 10, 'Version "1.2" is neither Swagger 2.0 nor OpenAPI 3.x'],
    ],
  },
]);
