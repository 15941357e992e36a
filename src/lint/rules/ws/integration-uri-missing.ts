import { integrationLabel, WS_DOCS } from '../../helpers/websocket.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'ws/integration-uri-missing',
  meta: {
    description: 'Every WebSocket integration but MOCK needs an IntegrationUri: the Lambda function, HTTP endpoint or AWS service action it calls.',
    category: 'integrations', appliesTo: 'websocket', defaultSeverity: 'error', forms: ['resources'], docsUrl: WS_DOCS.integrationRequests,
  },
  messages: { missing: '{{type}} integration {{integration}} has no IntegrationUri; it has no back end to call' },
  create(ctx) {
    return {
      WebSocketApi(ws) {
        for (const integ of ws.integrations) {
          if (integ.type === undefined || integ.type === 'MOCK') continue;
          const uri = integ.props.IntegrationUri;
          if (uri !== undefined && uri !== '') continue;
          ctx.report({ messageId: 'missing', data: { type: integ.type, integration: integrationLabel(integ) }, node: integ.loc });
        }
      },
    };
  },
});
