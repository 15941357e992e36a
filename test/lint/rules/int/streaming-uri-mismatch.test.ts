import { describeRule } from '../../../support/rule-tester.js';

describeRule('int/streaming-uri-mismatch', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['streamWithoutStreamingUri', '/paths/~1pets/get/x-amazon-apigateway-integration/uri', 14, 14, 'Integration for GET /pets has responseTransferMode STREAM but calls the buffered Lambda invocations path; use .../2021-11-15/functions/<arn>/response-streaming-invocations'],
    ],
  },
  {
    // response-streaming-invocations is called with responseTransferMode STREAM
    // https://docs.aws.amazon.com/apigateway/latest/developerguide/response-transfer-mode.html
    name: 'reports the response-streaming path on a buffered integration',
    code: `
      swagger: '2.0'
      info: {title: t, version: '1'}
      paths:
        /pets:
          get:
            responses: {'200': {description: ok}}
            x-amazon-apigateway-integration:
              type: aws_proxy
              httpMethod: POST
              uri: arn:aws:apigateway:us-east-1:lambda:path/2021-11-15/functions/arn:aws:lambda:us-east-1:123456789012:function:pets/response-streaming-invocations
    `,
    expected: [
      ['streamingUriWithoutStream', '/paths/~1pets/get/x-amazon-apigateway-integration/uri', 10, 14, 'Integration for GET /pets calls response-streaming-invocations without responseTransferMode: STREAM'],
    ],
  },
  {
    // response-streaming-invocations is called with responseTransferMode STREAM
    // https://docs.aws.amazon.com/apigateway/latest/developerguide/response-transfer-mode.html
    name: 'reads a streaming uri written with placeholders',
    code: `
      swagger: '2.0'
      info: {title: t, version: '1'}
      paths:
        /pets:
          get:
            responses: {'200': {description: ok}}
            x-amazon-apigateway-integration:
              type: aws_proxy
              httpMethod: POST
              uri:
                Fn::Sub: arn:aws:apigateway:\${AWS::Region}:lambda:path/2021-11-15/functions/\${PetsFunction.Arn}/response-streaming-invocations
    `,
    expected: [
      ['streamingUriWithoutStream', '/paths/~1pets/get/x-amazon-apigateway-integration/uri', 11, 11, 'Integration for GET /pets calls response-streaming-invocations without responseTransferMode: STREAM'],
    ],
  },
]);
