import { DOCS } from '../../helpers/docs.js';
import { asInteger } from '../../helpers/values.js';
import { defineRule } from '../../rule.js';

/** CreateAuthorizer: identitySource is required for REQUEST authorizers when caching is on (default TTL 300 s). */
export const rule = defineRule({
  id: 'auth/identity-source-required',
  meta: {
    description: 'A request authorizer with caching on (the default) and an HTTP API JWT authorizer need `identitySource`.',
    category: 'authorizers', appliesTo: 'both', defaultSeverity: 'error', docsUrl: DOCS.createAuthorizer,
  },
  messages: {
    cached: 'Request authorizer "{{name}}" caches results (TTL {{ttl}} s) but has no identitySource; set one, or authorizerResultTtlInSeconds: 0',
    jwt: 'JWT authorizer "{{name}}" has no identitySource (usually "$request.header.Authorization")',
  },
  create(ctx) {
    return {
      Authorizer(node) {
        if (node.value.identitySource !== undefined) return;
        if (node.type === 'jwt' && ctx.model.apiType === 'http') return void ctx.report({ messageId: 'jwt', data: { name: node.name }, node, on: 'key' });
        if (node.type !== 'request') return;
        const ttl = node.value.authorizerResultTtlInSeconds === undefined ? 300 : asInteger(node.value.authorizerResultTtlInSeconds);
        if (ttl !== undefined && ttl > 0) ctx.report({ messageId: 'cached', data: { name: node.name, ttl }, node, on: 'key' });
      },
    };
  },
});
