import { describeRule } from '../../../support/rule-tester.js';

// "Currently the only two supported values are $request.header.x-api-key and
// $context.authorizer.usageIdentifierKey":
// https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-selection-expressions.html
describeRule('ws/api-key-selection-expression', [
  { name: 'accepts the two supported values', spec: 'pass.yaml', expected: [] },
  {
    name: 'reports a query string and a REST-style source',
    spec: 'fail.yaml',
    expected: [
      ['unsupported', '/Resources/QueryKeyApi/Properties/ApiKeySelectionExpression', 10, 34, 'ApiKeySelectionExpression $request.querystring.apiKey of WebSocket API QueryKeyApi is not supported; API Gateway reads an API key only from $request.header.x-api-key or $context.authorizer.usageIdentifierKey'],
      ['unsupported', '/Resources/RestStyleKeyApi/Properties/ApiKeySelectionExpression', 31, 34, 'ApiKeySelectionExpression method.request.header.x-api-key of WebSocket API RestStyleKeyApi is not supported; API Gateway reads an API key only from $request.header.x-api-key or $context.authorizer.usageIdentifierKey'],
    ],
  },
]);
