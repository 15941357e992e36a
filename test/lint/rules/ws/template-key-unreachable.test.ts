import { describeRule } from '../../../support/rule-tester.js';

// The template selection expression "is evaluated to determine the input or output template (if
// any) to use"; its value is the key of RequestTemplates/ResponseTemplates, $default the catch-all
// (https://docs.aws.amazon.com/apigateway/latest/developerguide/websocket-api-data-transformations.html,
// https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-selection-expressions.html).
// Keys are not content types: localstack/localstack#4719 keyed them by content type and users saw
// templates applied unlike AWS. CDK output writes `\$default` with an `application/json` key (the
// deployed integration test websocket-mock): a warning, since CloudFormation accepts it.
describeRule('ws/template-key-unreachable', [
  { name: 'accepts a $default template under \\$default and keys a message field can produce', spec: 'pass.yaml', expected: [] },
  {
    name: 'reports content-type and status-code keys a static expression never selects',
    spec: 'fail.yaml',
    expected: [
      ['noneApplies', '/Resources/PingIntegration/Properties/RequestTemplates/application~1json', 29, 9, 'Request template "application/json" of integration PingIntegration (route ping) is never applied: TemplateSelectionExpression "\\$default" always selects "$default", and no template has that key or $default, so every message reaches the integration untransformed (PassthroughBehavior WHEN_NO_MATCH). Key the template $default'],
      ['shadowed', '/Resources/PutItemIntegration/Properties/RequestTemplates/application~1json', 49, 9, 'Request template "application/json" of integration PutItemIntegration (route putItem) is never applied: TemplateSelectionExpression "item" always selects "item", so template "item" is used'],
      ['noneApplies', '/Resources/PutItemResponse/Properties/ResponseTemplates/200', 58, 9, 'Response template "200" of integration response PutItemResponse is never applied: TemplateSelectionExpression "\\$default" always selects "$default", and no template has that key or $default, so the integration\'s answer is sent untransformed. Key the template $default'],
    ],
  },
]);
