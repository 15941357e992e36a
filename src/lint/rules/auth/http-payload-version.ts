import { DOCS } from '../../helpers/docs.js';
import { versionText } from '../../helpers/values.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'auth/http-payload-version',
  meta: {
    description: 'An HTTP API Lambda authorizer needs `authorizerPayloadFormatVersion` 1.0 or 2.0; simple responses need 2.0.',
    category: 'authorizers', appliesTo: 'http', defaultSeverity: 'error', docsUrl: DOCS.httpLambdaAuthorizer,
  },
  messages: {
    missing: 'Lambda authorizer "{{name}}" has no authorizerPayloadFormatVersion ("1.0" or "2.0")',
    invalid: 'Lambda authorizer "{{name}}" has authorizerPayloadFormatVersion {{value}}; expected "1.0" or "2.0"',
    simple: 'Lambda authorizer "{{name}}" enables simple responses, which need authorizerPayloadFormatVersion "2.0"',
  },
  create(ctx) {
    return {
      // missing and invalid: rows of src/lint/node-types.ts.
      Authorizer(node) {
        const v = node.value.authorizerPayloadFormatVersion;
        if (node.type === 'request' && v !== undefined && versionText(v) === '1.0' && node.value.enableSimpleResponses === true) {
          ctx.report({ messageId: 'simple', data: { name: node.name }, node, at: ['enableSimpleResponses'] });
        }
      },
    };
  },
});
