import { DOCS } from '../../helpers/docs.js';
import { rootKey } from '../../helpers/root.js';
import { describeValue } from '../../helpers/values.js';
import { defineRule } from '../../rule.js';

const KEY = 'x-amazon-apigateway-importexport-version';

export const rule = defineRule({
  id: 'root/importexport-version',
  meta: {
    description: '`x-amazon-apigateway-importexport-version` accepts only "1.0".',
    category: 'struct', appliesTo: 'http', defaultSeverity: 'error', forms: ['openapi'], docsUrl: DOCS.importExportVersion,
  },
  messages: { invalid: 'x-amazon-apigateway-importexport-version is {{value}}; the only version is "1.0"' },
  create(ctx) {
    return {
      Root(model) {
        const v = model.doc[KEY];
        if (v === undefined || v === '1.0' || v === 1) return;
        ctx.report({ messageId: 'invalid', data: { value: describeValue(v) }, node: rootKey(model, KEY) });
      },
    };
  },
});
