import { describeRule } from '../../../support/rule-tester.js';

// "Integration.TemplateSelectionExpression supports ${request.body.jsonPath} and static values.
// IntegrationResponse.TemplateSelectionExpression supports ${request.body.jsonPath},
// ${integration.response.statuscode}, ${integration.response.header.headerName},
// ${integration.response.multivalueheader.headerName}, and static values"
// (https://docs.aws.amazon.com/apigateway/latest/developerguide/websocket-api-data-transformations.html);
// "A dollar sign ($) can be escaped with \"\\\"... e.g., \"\\$default\""
// (https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-selection-expressions.html).
describeRule('ws/template-selection-expression', [
  { name: 'accepts ${request.body.<path>} with static text, and the status code on a response', spec: 'pass.yaml', expected: [] },
  {
    name: 'reports a header, a context variable and an unescaped $default',
    spec: 'fail.yaml',
    expected: [
      ['variable', '/Resources/PublishIntegration/Properties/TemplateSelectionExpression', 27, 36, 'TemplateSelectionExpression "$request.header.Content-Type" of integration PublishIntegration (route publish) reads $request.header.Content-Type, which a template selection expression does not support (only ${request.body.<path>} and static text)'],
      ['unescapedDefault', '/Resources/PublishResponse/Properties/TemplateSelectionExpression', 37, 36, 'TemplateSelectionExpression "$default" of integration response PublishResponse reads a variable named default, not the $default key; write \\$default to select the $default template'],
      ['variable', '/Resources/ArchiveIntegration/Properties/TemplateSelectionExpression', 46, 36, 'TemplateSelectionExpression "${context.routeKey}" of integration ArchiveIntegration reads $context.routeKey, which a template selection expression does not support (only ${request.body.<path>} and static text)'],
    ],
  },
]);
