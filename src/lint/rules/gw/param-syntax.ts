import { DOCS } from '../../helpers/docs.js';
import { describeValue, isObject, isUnknownValue } from '../../helpers/values.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'gw/param-syntax',
  meta: {
    description: 'Gateway response parameters map `gatewayresponse.(header|path|querystring).N` from a quoted static value or `method.request.(header|path|querystring).N`.',
    category: 'struct', appliesTo: 'rest', defaultSeverity: 'error', docsUrl: DOCS.gatewayResponses,
  },
  messages: {
    key: 'Gateway response {{type}} has parameter key "{{key}}"; expected gatewayresponse.header.<name> (or .path / .querystring)',
    value: 'Gateway response {{type}} maps "{{key}}" from {{value}}; expected a single-quoted static value or method.request.(header|path|querystring).<name>',
  },
  create(ctx) {
    return {
      GatewayResponse(node) {
        const params = isObject(node.value) ? node.value.responseParameters : undefined;
        if (!isObject(params)) return;
        for (const [key, value] of Object.entries(params)) {
          const data = { type: node.responseType, key };
          // Names may contain dots: AWS accepts `gatewayresponse.header.method.response.header.X` (corpus, pulumi spec).
          if (!/^gatewayresponse\.(header|path|querystring)\.\S+$/.test(key)) ctx.report({ messageId: 'key', data, node, at: ['responseParameters', key], on: 'key' });
          else if (!isUnknownValue(value) && !(typeof value === 'string' && (/^'.*'$/s.test(value) || /^method\.request\.(header|path|querystring)\.[^\s.]+$/.test(value)))) {
            ctx.report({ messageId: 'value', data: { ...data, value: describeValue(value) }, node, at: ['responseParameters', key] });
          }
        }
      },
    };
  },
});
