import { propertyAt } from '../../../model/websocket.js';
import { WS_DOCS, wsLabel } from '../../helpers/websocket.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'ws/route-selection-expression-missing',
  meta: {
    description: 'A WebSocket API needs a `RouteSelectionExpression`: CloudFormation says it "is required for WebSocket APIs".',
    category: 'resources', appliesTo: 'websocket', defaultSeverity: 'error', forms: ['resources'], failsDeploy: true, docsUrl: WS_DOCS.cfnApi,
  },
  messages: {
    missing: 'WebSocket API {{api}} has no RouteSelectionExpression, which WebSocket APIs require; the deployment fails. Add one such as $request.body.action',
  },
  create(ctx) {
    return {
      WebSocketApi(ws) {
        if (ws.api.props.RouteSelectionExpression !== undefined) return;
        ctx.report({ messageId: 'missing', data: { api: wsLabel(ws, ws.api) }, node: propertyAt(ws.api, 'ProtocolType'), on: 'key' });
      },
    };
  },
});
