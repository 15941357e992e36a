import { describeRule } from '../../../support/rule-tester.js';

// "For proxy integrations, API Gateway automatically passes the backend output to the caller as the
// complete payload. There is no integration response."
// (https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-integration-responses.html);
// request templates and their selection expression "may be provided for non-proxy integration"
// (https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-selection-expressions.html).
describeRule('ws/proxy-integration-ignored', [
  { name: 'accepts a Lambda proxy route answering through its route response', spec: 'pass.yaml', expected: [] },
  {
    name: 'reports templates and integration responses given to a proxy integration',
    spec: 'fail.yaml',
    expected: [
      ['property', '/Resources/DefaultIntegration/Properties/TemplateSelectionExpression', 32, 7, 'TemplateSelectionExpression of AWS_PROXY integration DefaultIntegration (route $default) is ignored: a proxy integration passes the message through untransformed'],
      ['property', '/Resources/DefaultIntegration/Properties/RequestTemplates', 33, 7, 'RequestTemplates of AWS_PROXY integration DefaultIntegration (route $default) is ignored: a proxy integration passes the message through untransformed'],
      ['integrationResponse', '/Resources/DefaultIntegrationResponse', 36, 5, "IntegrationResponse DefaultIntegrationResponse belongs to AWS_PROXY integration DefaultIntegration (route $default); proxy integrations pass the back end's answer through as the whole reply and have no integration response, so it is ignored"],
    ],
  },
]);
