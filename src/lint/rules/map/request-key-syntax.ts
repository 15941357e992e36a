import { DOCS } from '../../helpers/docs.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'map/request-key-syntax',
  meta: {
    description: 'REST integration `requestParameters` keys are `integration.request.(path|querystring|multivaluequerystring|header|multivalueheader).NAME`.',
    category: 'integrations', appliesTo: 'rest', defaultSeverity: 'error', docsUrl: DOCS.integrationRequestParameters,
  },
  messages: { invalid: 'requestParameters key "{{key}}" of {{method}} is not integration.request.(path|querystring|multivaluequerystring|header|multivalueheader).<name>' },
  create(ctx) {
    return {
      RequestParameterMapping: {
        unknown: true,
        enter(m) {
          if (!m.restTarget) ctx.report({ messageId: 'invalid', data: { key: m.key, method: m.integration.operation.label }, node: m, on: 'key' });
        },
      },
    };
  },
});
