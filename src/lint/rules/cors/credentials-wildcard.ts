import { DOCS } from '../../helpers/docs.js';
import { rootKey } from '../../helpers/root.js';
import { isObject } from '../../helpers/values.js';
import { defineRule } from '../../rule.js';

/** Fetch standard: a credentialed response may not carry `Access-Control-Allow-Origin: *`. */
export const rule = defineRule({
  id: 'cors/credentials-wildcard',
  meta: {
    description: 'With `allowCredentials: true`, an `allowOrigins` of `*` makes browsers refuse every credentialed response.',
    category: 'struct', appliesTo: 'http', defaultSeverity: 'warning', docsUrl: DOCS.httpCors,
  },
  messages: { wildcard: 'CORS allows credentials with origin "*"; browsers reject credentialed responses for a wildcard origin — list the origins' },
  create(ctx) {
    return {
      Root(model) {
        const v = model.doc['x-amazon-apigateway-cors'];
        if (!isObject(v) || v.allowCredentials !== true || !Array.isArray(v.allowOrigins)) return;
        const i = v.allowOrigins.indexOf('*');
        if (i >= 0) ctx.report({ messageId: 'wildcard', node: rootKey(model, 'x-amazon-apigateway-cors'), at: ['allowOrigins', i] });
      },
    };
  },
});
