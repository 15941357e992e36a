import { DOCS } from '../../helpers/docs.js';
import { parseRequestTarget } from '../../helpers/mapping.js';
import { isObject } from '../../helpers/values.js';
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
      Integration(node) {
        const params = node.value.requestParameters;
        if (!isObject(params)) return;
        for (const key of Object.keys(params)) {
          if (!parseRequestTarget(key)) ctx.report({ messageId: 'invalid', data: { key, method: node.operation.label }, node, at: ['requestParameters', key], on: 'key' });
        }
      },
    };
  },
});
