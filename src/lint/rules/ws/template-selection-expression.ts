import { selectionVariables } from '../../../aws/websocket-selection-expression.js';
import { isProxy, propertyAt, type WsResource } from '../../../model/websocket.js';
import { integrationLabel, WS_DOCS } from '../../helpers/websocket.js';
import { defineRule } from '../../rule.js';

/**
 * Integration.TemplateSelectionExpression "supports ${request.body.jsonPath} and static values";
 * IntegrationResponse.TemplateSelectionExpression also `${integration.response.statuscode}`,
 * `${integration.response.header.headerName}` and `${integration.response.multivalueheader.headerName}`
 * (websocket-api-data-transformations).
 */
const REQUEST = /^request\.body(?:[.[].*)?$/;
const RESPONSE = /^integration\.response\.(?:statuscode|header\.[^.]+|multivalueheader\.[^.]+)$/;

export const rule = defineRule({
  id: 'ws/template-selection-expression',
  meta: {
    description: 'A WebSocket template selection expression reads only `${request.body.<path>}` (and, on an integration response, the response status code and headers) besides static text.',
    category: 'templates', appliesTo: 'websocket', defaultSeverity: 'warning', forms: ['resources'], docsUrl: WS_DOCS.dataTransformations,
  },
  messages: {
    variable: 'TemplateSelectionExpression "{{expression}}" of {{owner}} reads ${{variable}}, which a template selection expression does not support (only {{supported}} and static text)',
    unescapedDefault: 'TemplateSelectionExpression "{{expression}}" of {{owner}} reads a variable named default, not the $default key; write \\$default to select the $default template',
  },
  create(ctx) {
    const check = (resource: WsResource, owner: string, allowed: RegExp, supported: string) => {
      const expression = resource.props.TemplateSelectionExpression;
      if (typeof expression !== 'string') return;
      const node = propertyAt(resource, 'TemplateSelectionExpression');
      for (const variable of selectionVariables(expression)) {
        if (allowed.test(variable)) continue;
        if (variable === 'default') ctx.report({ messageId: 'unescapedDefault', data: { expression, owner }, node });
        else ctx.report({ messageId: 'variable', data: { expression, owner, variable, supported }, node });
      }
    };
    return {
      WebSocketApi(ws) {
        for (const integ of ws.integrations) {
          if (isProxy(integ.type)) continue;
          check(integ, `integration ${integrationLabel(integ)}`, REQUEST, '${request.body.<path>}');
          for (const response of integ.responses) {
            check(response, `integration response ${response.id}`, new RegExp(`${REQUEST.source}|${RESPONSE.source}`), '${request.body.<path>}, ${integration.response.statuscode}, ${integration.response.header.<name>}, ${integration.response.multivalueheader.<name>}');
          }
        }
      },
    };
  },
});
