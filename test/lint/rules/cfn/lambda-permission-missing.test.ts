import { describeRule } from '../../../support/rule-tester.js';

describeRule('cfn/lambda-permission-missing', [
  {
    name: 'accepts the corrected template',
    spec: 'pass.yaml',
    apiType: 'auto',
    expected: [],
  },
  {
    name: 'reports each violation at the template property',
    spec: 'fail.yaml',
    apiType: 'auto', // a REST API and an HTTP API side by side
    expected: [
      ['authorizer', '/Resources/Auth/Properties/AuthorizerUri', 33, 22, 'Lambda function AuthFunction has no AWS::Lambda::Permission letting API Gateway invoke it as authorizer token; every call it guards fails. Add one with SourceArn arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:${Api}/authorizers/*'],
      ['integration', '/Resources/GetPets/Properties/Integration/Uri', 45, 14, 'Lambda function PetsFunction has no AWS::Lambda::Permission letting API Gateway invoke it for GET /pets; every call fails with 500 (Invalid permissions on Lambda function). Add one with SourceArn arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:${Api}/*/GET/pets'],
      ['integration', '/Resources/Proxy/Properties/IntegrationUri', 58, 84, 'Lambda function PetsFunction has no AWS::Lambda::Permission letting API Gateway invoke it for ANY $default; every call fails with 500 (Invalid permissions on Lambda function). Add one with SourceArn arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:${HttpApi}/*/$default'],
    ],
  },
]);
