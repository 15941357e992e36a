import { describeRule } from '../../../support/rule-tester.js';

describeRule('int/response-streaming-type', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['wrongType', '/paths/~1pets/get/x-amazon-apigateway-integration/responseTransferMode', 18, 31, 'Integration for GET /pets streams its response but is aws; only aws_proxy and http_proxy integrations can stream'],
    ],
  },
  {
    // responseTransferMode: BUFFERED | STREAM
    // https://docs.aws.amazon.com/apigateway/latest/api/API_Integration.html
    name: 'reports a transfer mode other than BUFFERED or STREAM',
    code: `
      swagger: '2.0'
      info: {title: t, version: '1'}
      paths:
        /pets:
          get:
            responses: {'200': {description: ok}}
            x-amazon-apigateway-integration:
              type: http_proxy
              httpMethod: GET
              uri: https://example.com/pets
              responseTransferMode: STREAMING
    `,
    expected: [
      ['invalid', '/paths/~1pets/get/x-amazon-apigateway-integration/responseTransferMode', 11, 31, 'Integration for GET /pets has responseTransferMode "STREAMING"; expected BUFFERED or STREAM'],
    ],
  },
]);
