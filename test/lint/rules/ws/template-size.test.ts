import { describeRule } from '../../../support/rule-tester.js';

// WebSocket API quotas: mapping template size 300 KB
// (https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-execution-service-websocket-limits-table.html).
// The test lowers the limit through the rule's option rather than carrying a 300 KB fixture.
describeRule('ws/template-size', [
  { name: 'accepts a small template', spec: 'pass.yaml', expected: [] },
  {
    name: 'reports a template over the limit',
    spec: 'fail.yaml',
    options: { maxBytes: 20 },
    expected: [
      ['tooLarge', '/Resources/PingIntegration/Properties/RequestTemplates/$default', 17, 9, 'Request template "$default" of integration PingIntegration is 37 bytes; WebSocket mapping templates may be at most 20 bytes'],
    ],
  },
]);
