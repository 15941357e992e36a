import { isObject } from '../../../model/detect.js';
import { propertyAt } from '../../../model/websocket.js';
import { modelSelection, routeLabel, WS_DOCS } from '../../helpers/websocket.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'ws/model-selection-no-default',
  meta: {
    description: 'Without a `$default` model, a message whose model selection expression matches no RequestModels key fails validation.',
    category: 'validators', appliesTo: 'websocket', defaultSeverity: 'warning', forms: ['resources'], docsUrl: WS_DOCS.requestValidation,
  },
  messages: {
    noDefault: 'RequestModels of {{route}} have no $default model; a message whose ModelSelectionExpression "{{expression}}" evaluates to none of {{keys}} fails validation ("Bad request body")',
  },
  create(ctx) {
    return {
      WebSocketApi(ws) {
        for (const route of ws.routes) {
          const selection = modelSelection(ws, route);
          if (!selection || selection.value !== undefined) continue;
          const models = route.props.RequestModels;
          if (!isObject(models) || Object.keys(models).length === 0 || Object.hasOwn(models, '$default')) continue;
          const data = { route: routeLabel(route), expression: selection.expression, keys: Object.keys(models).join(', ') };
          ctx.report({ messageId: 'noDefault', data, node: propertyAt(route, 'RequestModels'), on: 'key' });
        }
      },
    };
  },
});
