import { DOCS } from '../../helpers/docs.js';
import { byNodeTypes, defineRule } from '../../rule.js';

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
  create: byNodeTypes,
});
