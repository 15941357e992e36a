import { DOCS } from '../../helpers/docs.js';
import { defineRule } from '../../rule.js';

/** ImportRestApi/PutRestApi accept at most 6 MB (API Gateway quotas). */
const LIMIT = 6 * 1024 * 1024;

export const rule = defineRule({
  id: 'doc/size-limit',
  meta: {
    description: 'A REST API definition imported with ImportRestApi or PutRestApi must not exceed 6 MB.',
    category: 'struct', appliesTo: 'rest', defaultSeverity: 'error', forms: ['openapi'], docsUrl: DOCS.limits,
  },
  messages: { tooLarge: 'Definition is {{size}} bytes; API Gateway imports at most {{limit}} bytes' },
  defaultOptions: { maxBytes: LIMIT },
  validateOptions: (o) => (Number.isInteger(o.maxBytes) && (o.maxBytes as number) > 0 ? [] : ['maxBytes must be a positive whole number']),
  create(ctx) {
    return {
      Root(model) {
        // An embedded definition reaches API Gateway as the JSON CloudFormation makes of it.
        const text = model.base.pointer === '' ? model.root.text : JSON.stringify(model.doc);
        const bytes = Buffer.byteLength(text, 'utf8');
        const limit = ctx.options.maxBytes as number;
        if (bytes > limit) {
          ctx.report({ messageId: 'tooLarge', data: { size: bytes, limit }, node: model.base });
        }
      },
    };
  },
});
