import { selectionParts } from '../../../aws/websocket-selection-expression.js';
import { propertyAt } from '../../../model/websocket.js';
import { WS_DOCS, wsLabel } from '../../helpers/websocket.js';
import { defineRule } from '../../rule.js';

/** The one variable a route selection expression reads: the message body, whole or by JSONPath. */
const BODY = /^request\.body(?:[.[].*)?$/;

export const rule = defineRule({
  id: 'ws/route-selection-expression-form',
  meta: {
    description: 'A WebSocket `RouteSelectionExpression` reads the message body (`$request.body.x`, `${request.body.x}` with static text) or is a static value.',
    category: 'resources', appliesTo: 'websocket', defaultSeverity: 'warning', forms: ['resources'], docsUrl: WS_DOCS.routes,
  },
  messages: {
    variable: 'RouteSelectionExpression of WebSocket API {{api}} reads ${{name}}, but a message carries only its body: use $request.body.<path> (or ${request.body.<path>} with static text)',
    unescapedDefault: 'RouteSelectionExpression of WebSocket API {{api}} is $default, a variable; to send every message to the $default route write the static value \\$default',
    unclosed: 'RouteSelectionExpression of WebSocket API {{api}} opens ${ without a closing }',
    noDollar: 'RouteSelectionExpression of WebSocket API {{api}} is the static value {{expression}}, so every message selects the route of that key; a variable starts with $ ($request.body.<path>)',
  },
  create(ctx) {
    return {
      WebSocketApi(ws) {
        const expression = ws.api.props.RouteSelectionExpression;
        if (typeof expression !== 'string') return;
        const at = { node: propertyAt(ws.api, 'RouteSelectionExpression') };
        const api = wsLabel(ws, ws.api);
        const parts = selectionParts(expression);
        if (parts.some((p) => p.kind === 'text' && p.unclosed)) return ctx.report({ messageId: 'unclosed', data: { api }, ...at });
        if (parts.length === 1 && parts[0]!.kind === 'text' && /^request\.body\b/.test(parts[0]!.text)) return ctx.report({ messageId: 'noDollar', data: { api, expression }, ...at });
        for (const part of parts) {
          if (part.kind !== 'variable' || BODY.test(part.name)) continue;
          if (part.name === 'default' && !part.wrapped) ctx.report({ messageId: 'unescapedDefault', data: { api }, ...at });
          else ctx.report({ messageId: 'variable', data: { api, name: part.wrapped ? `{${part.name}}` : part.name }, ...at });
        }
      },
    };
  },
});
