import { describeRule } from '../../../support/rule-tester.js';

// IdentitySource of a REQUEST authorizer: "The identity source can be headers, query string parameters,
// stage variables, and context parameters … route.request.header.Auth, route.request.querystring.Name
// for WebSocket APIs. For HTTP APIs, use selection expressions prefixed with $":
// https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigatewayv2-authorizer.html
describeRule('ws/identity-source-format', [
  { name: 'accepts header, query string, stage variable and context sources', spec: 'pass.yaml', expected: [] },
  {
    name: 'reports the HTTP API and REST API forms and a body source',
    spec: 'fail.yaml',
    expected: [
      ['format', '/Resources/TokenAuthorizer/Properties/IdentitySource/0', 26, 11, 'IdentitySource $request.header.Authorization of authorizer TokenAuthorizer is not a WebSocket identity source (route.request.header.X, route.request.querystring.X, stageVariables.X or context.X); the deployment fails or every connection is refused with 401'],
      ['format', '/Resources/TokenAuthorizer/Properties/IdentitySource/1', 27, 11, 'IdentitySource method.request.querystring.token of authorizer TokenAuthorizer is not a WebSocket identity source (route.request.header.X, route.request.querystring.X, stageVariables.X or context.X); the deployment fails or every connection is refused with 401'],
      ['format', '/Resources/TokenAuthorizer/Properties/IdentitySource/2', 28, 11, 'IdentitySource route.request.body.token of authorizer TokenAuthorizer is not a WebSocket identity source (route.request.header.X, route.request.querystring.X, stageVariables.X or context.X); the deployment fails or every connection is refused with 401'],
    ],
  },
]);
