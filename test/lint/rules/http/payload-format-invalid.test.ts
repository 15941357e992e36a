import { describeRule } from '../../../support/rule-tester.js';

describeRule('http/payload-format-invalid', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['notLambda', '/paths/~1pets/get/x-amazon-apigateway-integration/payloadFormatVersion', 15, 31, 'Integration for GET /pets uses payloadFormatVersion "2.0", which only Lambda proxy integrations support; use "1.0"'],
    ],
  },
  {
    // payloadFormatVersion: 1.0 or 2.0
    // https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html
    name: 'reports a payload format version other than 1.0 or 2.0',
    code: `
      openapi: 3.0.1
      info: {title: t, version: '1'}
      paths:
        /pets:
          get:
            x-amazon-apigateway-integration: {type: aws_proxy, httpMethod: POST, uri: 'arn:aws:lambda:us-east-1:123456789012:function:pets', payloadFormatVersion: '3.0'}
          post:
            x-amazon-apigateway-integration: {type: aws_proxy, httpMethod: POST, uri: 'arn:aws:lambda:us-east-1:123456789012:function:pets', payloadFormatVersion: 2}
    `,
    expected: [
      ['invalid', '/paths/~1pets/get/x-amazon-apigateway-integration/payloadFormatVersion', 6, 158, 'Integration for GET /pets has payloadFormatVersion "3.0"; expected "1.0" or "2.0"'],
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
      ['notLambda', '/Resources/PetsIntegration/Properties/PayloadFormatVersion', 16, 29, 'Integration for GET /pets uses payloadFormatVersion "2.0", which only Lambda proxy integrations support; use "1.0"'],
    ],
  },
]);
