import { DOCS } from '../../helpers/docs.js';
import { rootKey } from '../../helpers/root.js';
import { isObject } from '../../helpers/values.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'cors/max-age',
  meta: {
    description: 'CORS `maxAge` is between 0 and 86400 seconds.',
    category: 'struct', appliesTo: 'http', defaultSeverity: 'warning', docsUrl: DOCS.httpCors,
  },
  messages: { range: 'CORS maxAge is {{value}}; expected 0 to 86400 seconds' },
  create(ctx) {
    return {
      Root(model) {
        const v = model.doc['x-amazon-apigateway-cors'];
        const age = isObject(v) ? v.maxAge : undefined;
        if (Number.isInteger(age) && ((age as number) < 0 || (age as number) > 86400)) {
          ctx.report({ messageId: 'range', data: { value: age as number }, node: rootKey(model, 'x-amazon-apigateway-cors'), at: ['maxAge'] });
        }
      },
    };
  },
});
