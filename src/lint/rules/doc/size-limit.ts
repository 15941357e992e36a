import { DOCS } from '../../helpers/docs.js';
import { defineRule } from '../../rule.js';

/** ImportRestApi/PutRestApi accept at most 6 MB (API Gateway quotas). */
const LIMIT = 6 * 1024 * 1024;

export const rule = defineRule({
  id: 'doc/size-limit',
  meta: {
    description: 'A REST API definition imported with ImportRestApi or PutRestApi must not exceed 6 MB.',
    category: 'struct', appliesTo: 'rest', defaultSeverity: 'error', docsUrl: DOCS.limits,
  },
  messages: { tooLarge: 'Definition is {{size}} MB; API Gateway imports at most 6 MB' },
  create(ctx) {
    return {
      Root(model) {
        const bytes = Buffer.byteLength(model.root.text, 'utf8');
        if (bytes > LIMIT) {
          ctx.report({ messageId: 'tooLarge', data: { size: (bytes / 1024 / 1024).toFixed(1) }, node: { source: model.root, pointer: '' } });
        }
      },
    };
  },
});
