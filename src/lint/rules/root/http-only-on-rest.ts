import { DOCS } from '../../helpers/docs.js';
import { defineRule } from '../../rule.js';

const ROOT_KEYS = ['x-amazon-apigateway-cors', 'x-amazon-apigateway-importexport-version'];

export const rule = defineRule({
  id: 'root/http-only-on-rest',
  meta: {
    description: 'HTTP API extensions (`x-amazon-apigateway-cors`, reusable integrations, `isDefaultRoute`, tag values) are ignored by REST APIs.',
    category: 'struct', appliesTo: 'rest', defaultSeverity: 'warning', forms: ['openapi'], docsUrl: DOCS.extensions,
  },
  messages: { ignored: '{{what}} is an HTTP API feature; REST APIs ignore it{{hint}}' },
  create(ctx) {
    return {
      Value(_value, loc, key) {
        if (key === null || loc.source !== ctx.model.root) return;
        if (!key.startsWith('x-amazon-apigateway-') && key !== 'isDefaultRoute') return;
        const depth = loc.depth;
        const ignored = (depth === 1 && ROOT_KEYS.includes(key))
          || key === 'x-amazon-apigateway-tag-value'
          || (key === 'x-amazon-apigateway-integrations' && depth === 2 && loc.tokens()[0] === 'components')
          || (key === 'isDefaultRoute' && depth === 4 && loc.tokens()[0] === 'paths');
        if (!ignored) return;
        const hint = depth === 1 && key === 'x-amazon-apigateway-cors' ? ' (REST APIs answer CORS preflight with an OPTIONS method)' : '';
        ctx.report({ messageId: 'ignored', data: { what: key, hint }, node: loc, on: 'key' });
      },
    };
  },
});
