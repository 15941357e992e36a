import { DOCS } from '../../helpers/docs.js';
import { statedRootValue } from '../../helpers/root.js';
import { describeValue, isUnknownValue } from '../../helpers/values.js';
import { defineRule } from '../../rule.js';

const KEY = 'x-amazon-apigateway-binary-media-types';

export const rule = defineRule({
  id: 'root/binary-media-types-format',
  meta: {
    description: '`x-amazon-apigateway-binary-media-types` is a list of MIME types (`image/png`, `image/*`, `*/*`).',
    category: 'struct', appliesTo: 'rest', defaultSeverity: 'error', docsUrl: DOCS.binaryMediaTypes,
  },
  messages: {
    notList: 'x-amazon-apigateway-binary-media-types must be a list of MIME types, not {{value}}',
    notMime: 'Binary media type {{value}} is not a MIME type (type/subtype){{hint}}',
  },
  create(ctx) {
    return {
      Root(model) {
        const stated = statedRootValue(model, KEY);
        if (!stated) return;
        const { value: v, loc } = stated;
        if (!Array.isArray(v)) return void ctx.report({ messageId: 'notList', data: { value: describeValue(v) }, node: loc });
        v.forEach((t, i) => {
          if (isUnknownValue(t) || (typeof t === 'string' && /^[\w.+*-]+\/[\w.+*-]+$/.test(t))) return;
          const hint = typeof t === 'string' && t.includes('~1') ? '; "~1" escaping belongs to CloudFormation BinaryMediaTypes, not OpenAPI' : '';
          ctx.report({ messageId: 'notMime', data: { value: describeValue(t), hint }, node: loc, at: [i] });
        });
      },
    };
  },
});
