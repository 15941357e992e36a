import { describeRule } from '../../../support/rule-tester.js';

// API Gateway needs a resource-based permission to invoke a function (or a CredentialsArn role):
// https://docs.aws.amazon.com/lambda/latest/dg/services-apigateway.html#apigateway-permissions
// A WebSocket route's execute-api ARN is arn:aws:execute-api:region:account-id:api-id/stage-name/route-key:
// https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-control-access-iam.html
// CDK writes {api}/*$connect (fixtures/websocket/sc__wssqs-con-discon-default-custom-route.template.json).
describeRule('ws/lambda-permission-missing', [
  { name: 'accepts CDK-style, API-wide and authorizer permissions, and a CredentialsArn role', spec: 'pass.yaml', expected: [] },
  {
    name: 'reports another API\'s permission, a route the permission misses and an authorizer without one',
    spec: 'fail.yaml',
    expected: [
      ['integration', '/Resources/ConnectIntegration/Properties/IntegrationUri', 23, 23, 'Lambda function ConnectFunction has no AWS::Lambda::Permission letting API Gateway invoke it for route $connect; every call fails (Internal server error). Add one with Principal apigateway.amazonaws.com and SourceArn arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:${ChatApi}/*/$connect'],
      ['integration', '/Resources/SendIntegration/Properties/IntegrationUri', 49, 23, 'Lambda function SendFunction has no AWS::Lambda::Permission letting API Gateway invoke it for route $default; every call fails (Internal server error). Add one with Principal apigateway.amazonaws.com and SourceArn arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:${ChatApi}/*/$default'],
      ['authorizer', '/Resources/TokenAuthorizer/Properties/AuthorizerUri', 66, 22, 'Lambda function AuthorizerFunction has no AWS::Lambda::Permission letting API Gateway invoke it as authorizer TokenAuthorizer; every connection it guards fails. Add one with Principal apigateway.amazonaws.com and SourceArn arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:${ChatApi}/authorizers/*'],
    ],
  },
]);
