import { describeRule } from '../../../support/rule-tester.js';

describeRule('resp/selection-pattern-js-only', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['literal', '/paths/~1pets/get/x-amazon-apigateway-integration/responses/~1not found~1i', 20, 11, 'Selection pattern "/not found/i" of GET /pets is a JavaScript regex literal; Java matches the slashes literally — write not found'],
    ],
  },
  {
    // selectionPattern is a Java regular expression matched against the error message
    // https://docs.aws.amazon.com/apigateway/latest/api/API_PutIntegrationResponse.html
    name: 'reports a doubly escaped class such as \\\\d, accepts \\d',
    code: `
      swagger: '2.0'
      info: {title: t, version: '1'}
      paths:
        /pets:
          get:
            responses: {'200': {description: ok}, '400': {description: bad}}
            x-amazon-apigateway-integration:
              type: aws
              httpMethod: POST
              uri: arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:pets/invocations
              responses:
                default: {statusCode: '200'}
                '.*\\\\d{3}.*': {statusCode: '400'}
                '.*\\d{3}.*': {statusCode: '400'}
    `,
    expected: [
      ['doubleEscape', '/paths/~1pets/get/x-amazon-apigateway-integration/responses/.*\\\\d{3}.*', 13, 11, 'Selection pattern ".*\\\\d{3}.*" of GET /pets has "\\\\d", which matches a backslash and "d"; after YAML/JSON unescaping the pattern should read \\d'],
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
      ['literal', '/Resources/PetsGet/Properties/Integration/IntegrationResponses/1/SelectionPattern', 43, 31, 'Selection pattern "/not found/i" of GET /pets is a JavaScript regex literal; Java matches the slashes literally — write not found'],
      ['doubleEscape', '/Resources/PetsGet/Properties/Integration/IntegrationResponses/2/SelectionPattern', 45, 31, 'Selection pattern ".*\\\\d{3}.*" of GET /pets has "\\\\d", which matches a backslash and "d"; after YAML/JSON unescaping the pattern should read \\d'],
    ],
  },
]);
