import { textOf } from '../../../document/own.js';
import { DOCS } from '../../helpers/docs.js';
import { isUnknownValue } from '../../helpers/values.js';
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
      Authorizer(node) {
        if (node.type !== 'request') return;
        const v = node.value.authorizerPayloadFormatVersion;
        if (v === undefined) return void ctx.report({ messageId: 'missing', data: { name: node.name }, node, on: 'key' });
        if (isUnknownValue(v)) return;
        const s = typeof v === 'number' ? v.toFixed(1) : textOf(v);
        if (s !== '1.0' && s !== '2.0') return void ctx.report({ messageId: 'invalid', data: { name: node.name, value: JSON.stringify(v) }, node, at: ['authorizerPayloadFormatVersion'] });
        if (s === '1.0' && node.value.enableSimpleResponses === true) ctx.report({ messageId: 'simple', data: { name: node.name }, node, at: ['enableSimpleResponses'] });
      },
    };
  },
});
