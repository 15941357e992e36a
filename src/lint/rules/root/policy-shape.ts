import { DOCS } from '../../helpers/docs.js';
import { statedRootValue } from '../../helpers/root.js';
import { isObject } from '../../helpers/values.js';
import { defineRule } from '../../rule.js';

const KEY = 'x-amazon-apigateway-policy';
/** Resource policies are limited to 8,192 characters (quotas page). */
const LIMIT = 8192;

export const rule = defineRule({
  id: 'root/policy-shape',
  meta: {
    description: '`x-amazon-apigateway-policy` is an IAM policy document with `Version` and `Statement`, at most 8192 characters.',
    category: 'struct', appliesTo: 'rest', defaultSeverity: 'error', docsUrl: DOCS.policy,
  },
  messages: {
    notObject: 'x-amazon-apigateway-policy must be an IAM policy document (a mapping with Version and Statement)',
    missing: 'x-amazon-apigateway-policy has no {{field}}',
    tooLarge: 'x-amazon-apigateway-policy is {{size}} characters; resource policies may be at most 8192',
  },
  create(ctx) {
    return {
      Root(model) {
        const stated = statedRootValue(model, KEY);
        if (!stated) return;
        const { value: v, loc } = stated;
        if (!isObject(v)) return void ctx.report({ messageId: 'notObject', node: loc });
        for (const field of ['Version', 'Statement']) if (v[field] === undefined) ctx.report({ messageId: 'missing', data: { field }, node: loc, on: 'key' });
        const size = JSON.stringify(v).length;
        if (size > LIMIT) ctx.report({ messageId: 'tooLarge', data: { size }, node: loc, on: 'key' });
      },
    };
  },
});
