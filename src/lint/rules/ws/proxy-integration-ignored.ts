import { isProxy, propertyAt } from '../../../model/websocket.js';
import { integrationLabel, WS_DOCS } from '../../helpers/websocket.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'ws/proxy-integration-ignored',
  meta: {
    description: 'Proxy integrations (AWS_PROXY, HTTP_PROXY) pass the message and the answer through as they are: integration responses, request templates and template selection expressions on them are ignored.',
    category: 'integrations', appliesTo: 'websocket', defaultSeverity: 'info', forms: ['resources'], docsUrl: WS_DOCS.integrationResponses,
  },
  messages: {
    integrationResponse: 'IntegrationResponse {{id}} belongs to {{type}} integration {{integration}}; proxy integrations pass the back end\'s answer through as the whole reply and have no integration response, so it is ignored',
    property: '{{property}} of {{type}} integration {{integration}} is ignored: a proxy integration passes the message through untransformed',
  },
  create(ctx) {
    return {
      WebSocketApi(ws) {
        for (const integ of ws.integrations) {
          if (!isProxy(integ.type)) continue;
          const data = { integration: integrationLabel(integ), type: integ.type! };
          for (const property of ['RequestTemplates', 'TemplateSelectionExpression']) {
            if (integ.props[property] !== undefined) ctx.report({ messageId: 'property', data: { ...data, property }, node: propertyAt(integ, property), on: 'key' });
          }
          for (const response of integ.responses) ctx.report({ messageId: 'integrationResponse', data: { ...data, id: response.id }, node: response.loc });
        }
      },
    };
  },
});
