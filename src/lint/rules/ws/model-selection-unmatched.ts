import { isObject } from '../../../model/detect.js';
import { propertyAt } from '../../../model/websocket.js';
import { modelSelection, routeLabel, WS_DOCS } from '../../helpers/websocket.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'ws/model-selection-unmatched',
  meta: {
    description: 'A model selection expression with no RequestModels, or that always selects a key RequestModels lacks with no `$default` model, fails validation for every message of the route.',
    category: 'validators', appliesTo: 'websocket', defaultSeverity: 'error', forms: ['resources'], docsUrl: WS_DOCS.requestValidation,
  },
  messages: {
    noModels: 'ModelSelectionExpression "{{expression}}" of {{route}} selects among no RequestModels; with no model to match and no $default, every message fails validation ("Bad request body")',
    unmatched: 'ModelSelectionExpression "{{expression}}" of {{route}} always selects "{{value}}"{{why}}, but RequestModels has neither that key nor $default; every message fails validation ("Bad request body")',
  },
  create(ctx) {
    return {
      WebSocketApi(ws) {
        for (const route of ws.routes) {
          const selection = modelSelection(ws, route);
          if (!selection) continue;
          const models = isObject(route.props.RequestModels) ? route.props.RequestModels : {};
          const node = propertyAt(route, 'ModelSelectionExpression');
          if (Object.keys(models).length === 0 && route.props.RequestModels === undefined) {
            ctx.report({ messageId: 'noModels', data: { expression: selection.expression, route: routeLabel(route) }, node });
            continue;
          }
          if (selection.value === undefined) continue;
          if (Object.hasOwn(models, selection.value) || Object.hasOwn(models, '$default')) continue;
          const why = selection.fromRouteKey ? ' (the route selection expression chose this route by that value)' : '';
          ctx.report({ messageId: 'unmatched', data: { expression: selection.expression, route: routeLabel(route), value: selection.value, why }, node });
        }
      },
    };
  },
});
