import { DOCS } from '../../helpers/docs.js';
import { isObject, isUnknownValue } from '../../helpers/values.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'auth/jwt-config',
  meta: {
    description: 'A JWT authorizer needs `jwtConfiguration.audience` (1 to 50 entries) and an issuer (`jwtConfiguration.issuer` or the scheme\'s `openIdConnectUrl`).',
    category: 'authorizers', appliesTo: 'http', defaultSeverity: 'error', docsUrl: DOCS.jwtAuthorizer,
  },
  messages: {
    audience: 'JWT authorizer "{{name}}" needs jwtConfiguration.audience with 1 to 50 entries',
    issuer: 'JWT authorizer "{{name}}" has no issuer: set jwtConfiguration.issuer or the scheme\'s openIdConnectUrl',
  },
  create(ctx) {
    return {
      Authorizer(node) {
        if (node.type !== 'jwt') return;
        const cfg = node.value.jwtConfiguration;
        if (isUnknownValue(cfg)) return;
        const audience = isObject(cfg) ? cfg.audience : undefined;
        if (!isUnknownValue(audience) && !(Array.isArray(audience) && audience.length >= 1 && audience.length <= 50)) {
          ctx.report({ messageId: 'audience', data: { name: node.name }, node, at: isObject(cfg) && audience !== undefined ? ['jwtConfiguration', 'audience'] : isObject(cfg) ? ['jwtConfiguration'] : [], on: 'key' });
        }
        if (!(isObject(cfg) && cfg.issuer !== undefined) && node.scheme.value.openIdConnectUrl === undefined) {
          ctx.report({ messageId: 'issuer', data: { name: node.name }, node, at: isObject(cfg) ? ['jwtConfiguration'] : [], on: 'key' });
        }
      },
    };
  },
});
