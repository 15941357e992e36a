import { textOf } from '../../../document/own.js';
import { DOCS } from '../../helpers/docs.js';
import { defineRule } from '../../rule.js';

/** Known issues: security scheme `type`, if used, must be apiKey (authorizer extension page for `in`). */
export const rule = defineRule({
  id: 'auth/scheme-type',
  meta: {
    description: 'A REST security scheme carrying an authorizer is `type: apiKey` with `in: header` (or the query of a request authorizer); http and oauth2 schemes without an authorizer are ignored.',
    category: 'authorizers', appliesTo: 'rest', defaultSeverity: 'warning', forms: ['openapi'], docsUrl: DOCS.knownIssues,
  },
  messages: {
    notApiKey: 'Security scheme "{{name}}" carries an authorizer but has type {{value}}; REST APIs read authorizers from apiKey schemes',
    wrongIn: 'Security scheme "{{name}}" has in: {{value}}; authorizer schemes use in: header',
    ignored: 'Security scheme "{{name}}" of type {{value}} has no x-amazon-apigateway-authorizer; REST APIs ignore it',
  },
  create(ctx) {
    return {
      SecurityScheme(node) {
        const type = node.value.type;
        const data = { name: node.name, value: textOf(type) };
        if (!node.authorizer) {
          if (type === 'http' || type === 'oauth2' || type === 'openIdConnect') ctx.report({ messageId: 'ignored', data, node, at: ['type'] });
          return;
        }
        if (type !== 'apiKey') ctx.report({ messageId: 'notApiKey', data, node, at: ['type'] });
        else if (node.value.in !== 'header' && !(node.authorizer.type === 'request' && node.value.in === 'query')) {
          ctx.report({ messageId: 'wrongIn', data: { name: node.name, value: textOf(node.value.in) }, node, at: ['in'] });
        }
      },
    };
  },
});
