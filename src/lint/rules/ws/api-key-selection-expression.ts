import { propertyAt } from '../../../model/websocket.js';
import { WS_DOCS, wsLabel } from '../../helpers/websocket.js';
import { defineRule } from '../../rule.js';

/** "Currently the only two supported values" (selection expressions page). */
const SUPPORTED = ['$request.header.x-api-key', '$context.authorizer.usageIdentifierKey'];

export const rule = defineRule({
  id: 'ws/api-key-selection-expression',
  meta: {
    description: 'A WebSocket `ApiKeySelectionExpression` is `$request.header.x-api-key` or `$context.authorizer.usageIdentifierKey`, the only two values API Gateway supports.',
    category: 'resources', appliesTo: 'websocket', defaultSeverity: 'warning', forms: ['resources'], docsUrl: WS_DOCS.selectionExpressions,
  },
  messages: {
    unsupported: 'ApiKeySelectionExpression {{value}} of WebSocket API {{api}} is not supported; API Gateway reads an API key only from $request.header.x-api-key or $context.authorizer.usageIdentifierKey',
  },
  create(ctx) {
    return {
      WebSocketApi(ws) {
        const value = ws.api.props.ApiKeySelectionExpression;
        if (typeof value !== 'string' || SUPPORTED.includes(value)) return;
        ctx.report({ messageId: 'unsupported', data: { value, api: wsLabel(ws, ws.api) }, node: propertyAt(ws.api, 'ApiKeySelectionExpression') });
      },
    };
  },
});
