import { ANY_METHOD, HTTP_METHODS } from '../../../model/model.js';
import { didYouMean } from '../../helpers/did-you-mean.js';
import { DOCS } from '../../helpers/docs.js';
import { defineRule } from '../../rule.js';

const ALLOWED = new Set<string>([...HTTP_METHODS, ANY_METHOD, 'parameters', 'summary', 'description', 'servers', '$ref']);

export const rule = defineRule({
  id: 'path/unknown-method-key',
  meta: {
    description: 'A key under a path item must be an HTTP method, `x-amazon-apigateway-any-method`, `parameters`, `summary`, `description`, `servers`, `$ref` or an extension.',
    category: 'methods', appliesTo: 'both', defaultSeverity: 'error', forms: ['openapi'], docsUrl: DOCS.anyMethod,
  },
  messages: { unknown: 'Path {{path}} has key "{{key}}", which is not an HTTP method{{hint}}' },
  create(ctx) {
    return {
      PathItem(item) {
        for (const key of Object.keys(item.value)) {
          if (ALLOWED.has(key) || key.startsWith('x-')) continue;
          const guess = key.toLowerCase() === 'any' ? ANY_METHOD : didYouMean(key.toLowerCase(), ALLOWED);
          const hint = guess ? ` (did you mean "${guess}"?)` : '';
          ctx.report({ messageId: 'unknown', data: { path: item.path, key, hint }, node: item, at: [key], on: 'key' });
        }
      },
    };
  },
});
