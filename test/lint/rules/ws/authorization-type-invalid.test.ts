import { describeRule } from '../../../support/rule-tester.js';

// Route AuthorizationType: "For WebSocket APIs, valid values are NONE …, AWS_IAM … and CUSTOM":
// https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigatewayv2-route.html
// AuthorizerType: "Specify JWT to use JSON Web Tokens (supported only for HTTP APIs)":
// https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigatewayv2-authorizer.html
describeRule('ws/authorization-type-invalid', [
  { name: 'accepts CUSTOM with a REQUEST authorizer, NONE and AWS_IAM', spec: 'pass.yaml', expected: [] },
  {
    name: 'reports JWT and COGNITO_USER_POOLS routes and a JWT authorizer',
    spec: 'fail.yaml',
    expected: [
      ['jwtRoute', '/Resources/ConnectRoute/Properties/AuthorizationType', 20, 26, 'route $connect (ConnectRoute) has AuthorizationType JWT, which only HTTP APIs support; a WebSocket route takes NONE, AWS_IAM or CUSTOM (a REQUEST Lambda authorizer that validates the token)'],
      ['routeType', '/Resources/DefaultRoute/Properties/AuthorizationType', 28, 26, 'route $default (DefaultRoute) has AuthorizationType COGNITO_USER_POOLS; a WebSocket route takes NONE, AWS_IAM or CUSTOM'],
      ['authorizerType', '/Resources/JwtAuthorizer/Properties/AuthorizerType', 35, 23, 'Authorizer JwtAuthorizer has AuthorizerType JWT; a WebSocket API supports only REQUEST Lambda authorizers'],
    ],
  },
]);
