import { describeRule } from '../../../support/rule-tester.js';

// RouteSelectionExpression "is required for WebSocket APIs":
// https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigatewayv2-api.html
describeRule('ws/route-selection-expression-missing', [
  { name: 'accepts an API that routes by $request.body.action', spec: 'pass.yaml', expected: [] },
  {
    name: 'reports the API without one at its ProtocolType',
    spec: 'fail.yaml',
    expected: [
      ['missing', '/Resources/ChatApi/Properties/ProtocolType', 8, 7, 'WebSocket API ChatApi has no RouteSelectionExpression, which WebSocket APIs require; the deployment fails. Add one such as $request.body.action'],
    ],
  },
]);
