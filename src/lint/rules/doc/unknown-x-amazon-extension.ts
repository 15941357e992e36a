import { EXTENSIONS } from '../../helpers/aws.js';
import { DOCS } from '../../helpers/docs.js';
import { didYouMean } from '../../helpers/did-you-mean.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'doc/unknown-x-amazon-extension',
  meta: {
    description: 'An `x-amazon-apigateway-*` key that API Gateway does not define is silently ignored.',
    category: 'struct', appliesTo: 'both', defaultSeverity: 'warning', forms: ['openapi'], docsUrl: DOCS.extensions,
  },
  messages: { unknown: 'Unknown extension "{{key}}" is ignored by API Gateway{{hint}}' },
  create(ctx) {
    return {
      Value(_value, loc, key) {
        if (key === null || key.length < 20 || (key.charCodeAt(0) | 0x20) !== 0x78) return; // not x… or X…: no lower-casing
        if (!key.toLowerCase().startsWith('x-amazon-apigateway-') || key in EXTENSIONS) return;
        const guess = didYouMean(key, Object.keys(EXTENSIONS));
        ctx.report({ messageId: 'unknown', data: { key, hint: guess ? ` (did you mean "${guess}"?)` : '' }, node: loc, on: 'key' });
      },
    };
  },
});
