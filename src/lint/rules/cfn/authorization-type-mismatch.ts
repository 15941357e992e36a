import { DOCS } from '../../helpers/docs.js';
import { apiOfResource, ofType, propertyLoc, props, refOf, resourceLabel } from '../../helpers/template.js';
import { defineRule } from '../../rule.js';

/** The `AuthorizationType` each authorizer type needs (REST methods and HTTP API routes). */
const NEEDS: Record<string, string> = { TOKEN: 'CUSTOM', REQUEST: 'CUSTOM', COGNITO_USER_POOLS: 'COGNITO_USER_POOLS', JWT: 'JWT' };

export const rule = defineRule({
  id: 'cfn/authorization-type-mismatch',
  meta: {
    description: "A method's or route's `AuthorizationType` must fit the type of the authorizer its `AuthorizerId` names, and an authorizer needs an `AuthorizerId`.",
    category: 'authorizers', appliesTo: 'both', defaultSeverity: 'error', forms: ['resources'], failsDeploy: true, docsUrl: DOCS.cfnMethodAuthorizationType,
  },
  messages: {
    mismatch: '{{owner}} has AuthorizationType {{actual}} but its authorizer {{authorizer}} is of type {{type}}, which needs {{needed}}; the deployment fails',
    noAuthorizer: '{{owner}} has AuthorizationType {{actual}} without an AuthorizerId; the deployment fails',
  },
  create(ctx) {
    return {
      Root(model) {
        const t = model.template;
        if (!t) return;
        for (const [id, r] of ofType(t, 'AWS::ApiGateway::Method', 'AWS::ApiGatewayV2::Route')) {
          if (apiOfResource(r) !== t.api) continue;
          const p = props(r);
          if (typeof p.AuthorizationType !== 'string') continue;
          const actual = p.AuthorizationType.toUpperCase();
          const authorizer = refOf(p.AuthorizerId);
          if (p.AuthorizerId === undefined) {
            if (['CUSTOM', 'COGNITO_USER_POOLS', 'JWT'].includes(actual)) ctx.report({ messageId: 'noAuthorizer', data: { owner: resourceLabel(t, id), actual }, node: propertyLoc(t, id, 'AuthorizationType') });
            continue;
          }
          const a = authorizer === undefined ? undefined : t.resources[authorizer];
          const type = a ? props(a).Type ?? props(a).AuthorizerType : undefined;
          if (typeof type !== 'string') continue;
          const needed = NEEDS[type.toUpperCase()];
          if (needed && needed !== actual) ctx.report({ messageId: 'mismatch', data: { owner: resourceLabel(t, id), actual, authorizer: resourceLabel(t, authorizer!), type: type.toUpperCase(), needed }, node: propertyLoc(t, id, 'AuthorizationType') });
        }
      },
    };
  },
});
