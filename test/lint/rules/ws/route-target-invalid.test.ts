import { describeRule } from '../../../support/rule-tester.js';

// A route's Target is integrations/<IntegrationId> (the route's integration, of its own API):
// https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigatewayv2-route.html
// https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-routes-integrations.html
describeRule('ws/route-target-invalid', [
  { name: 'accepts Join, Sub, a literal id and a parameter', spec: 'pass.yaml', expected: [] },
  {
    name: 'reports a bare Ref, another API\'s integration, a function, an undeclared name and plain text',
    spec: 'fail.yaml',
    expected: [
      ['bareRef', '/Resources/ConnectRoute/Properties/Target', 15, 15, 'Target of route $connect (ConnectRoute) is !Ref ChatIntegration, the bare integration id, not integrations/<IntegrationId>: the deployment fails or the route has no integration. Write !Sub integrations/${ChatIntegration}'],
      ['foreign', '/Resources/SendRoute/Properties/Target', 21, 15, 'Target of route sendmessage (SendRoute) names integration AdminIntegration of API AdminApi, not of ChatApi; a route can only target an integration of its own API: the deployment fails or the route has no integration'],
      ['notIntegration', '/Resources/JoinRoute/Properties/Target', 27, 15, 'Target of route joinroom (JoinRoute) names JoinFunction, an AWS::Lambda::Function, not an AWS::ApiGatewayV2::Integration: the deployment fails or the route has no integration'],
      ['undeclared', '/Resources/LeaveRoute/Properties/Target', 33, 15, 'Target of route leaveroom (LeaveRoute) names LeaveIntegration, which the template declares neither as a resource nor as a parameter; CloudFormation refuses the template (Unresolved resource dependencies)'],
      ['malformed', '/Resources/DefaultRoute/Properties/Target', 39, 15, 'Target of route $default (DefaultRoute) is not integrations/<IntegrationId>, so it names no integration: the deployment fails or the route has none. Write it as !Sub integrations/${Integration}'],
    ],
  },
]);
