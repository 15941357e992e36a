import { DOCS } from '../../helpers/docs.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'auth/authtype-reserved',
  meta: {
    description: '`x-amazon-apigateway-authtype` values starting with "aws" are reserved, except `awsSigv4`.',
    category: 'authorizers', appliesTo: 'both', defaultSeverity: 'info', forms: ['openapi'], docsUrl: DOCS.authtype,
  },
  messages: { reserved: 'Security scheme "{{name}}" uses authtype "{{value}}"; values starting with "aws" are reserved' },
  create(ctx) {
    return {
      SecurityScheme(node) {
        const v = node.value['x-amazon-apigateway-authtype'];
        if (typeof v === 'string' && /^aws/i.test(v) && v !== 'awsSigv4') ctx.report({ messageId: 'reserved', data: { name: node.name, value: v }, node, at: ['x-amazon-apigateway-authtype'] });
      },
    };
  },
});
