import { describeRule } from '../../../support/rule-tester.js';

// AuthorizationType CUSTOM uses the Lambda authorizer AuthorizerId names, an authorizer of the route's API:
// https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigatewayv2-route.html
// https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-lambda-auth.html
describeRule('ws/authorizer-mismatch', [
  { name: 'accepts CUSTOM with an authorizer of its own API', spec: 'pass.yaml', expected: [] },
  {
    name: 'reports CUSTOM without an authorizer, an authorizer with AWS_IAM and an authorizer of another API',
    spec: 'fail.yaml',
    expected: [
      ['customWithoutAuthorizer', '/Resources/ConnectRoute/Properties/AuthorizationType', 15, 26, 'route $connect (ConnectRoute) has AuthorizationType CUSTOM without an AuthorizerId; the deployment fails'],
      ['authorizerWithoutCustom', '/Resources/AdminConnectRoute/Properties/AuthorizationType', 35, 26, 'route $connect (AdminConnectRoute) names authorizer AdminAuthorizer but has AuthorizationType AWS_IAM; a Lambda authorizer needs CUSTOM, so the deployment fails'],
      ['foreign', '/Resources/SupportConnectRoute/Properties/AuthorizerId', 58, 21, 'route $connect (SupportConnectRoute) names authorizer AdminAuthorizer of API AdminApi, not of SupportApi; the deployment fails'],
    ],
  },
]);
