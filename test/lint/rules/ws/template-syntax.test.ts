import { describeRule } from '../../../support/rule-tester.js';

// WebSocket mapping templates are Velocity templates ("A mapping template is a script expressed in
// Velocity Template Language (VTL)",
// https://docs.aws.amazon.com/apigateway/latest/developerguide/websocket-api-data-transformations.html),
// parsed by the same parser as REST templates (src/vtl/template.ts). In an Fn::Sub the values
// CloudFormation fills in are not Velocity, so the error is reported at the template.
describeRule('ws/template-syntax', [
  { name: 'accepts templates that parse, one written with Fn::Sub', spec: 'pass.yaml', expected: [] },
  {
    name: 'reports each syntax error at its place in the template',
    spec: 'fail.yaml',
    expected: [
      ['syntax', '/Resources/ConnectIntegration/Properties/RequestTemplates/$default', 35, 19, 'Request template "$default" of route $connect does not parse: expected ")" to close #set( at 1:1, found "{" (template line 2, column 1)'],
      ['syntax', '/Resources/ConnectResponse/Properties/ResponseTemplates/$default', 53, 11, 'Response template "$default" of route $connect response $default does not parse: #if is never closed with #end (template line 1, column 1)'],
    ],
  },
]);
