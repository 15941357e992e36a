import { DOCS } from '../../helpers/docs.js';
import { operationSchemeUses } from '../../helpers/security.js';
import { isObject } from '../../helpers/values.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'auth/options-authorized',
  meta: {
    description: 'Browsers send CORS preflight (OPTIONS) requests without credentials, so an authorizer or IAM on OPTIONS makes every preflight fail.',
    category: 'authorizers', appliesTo: 'rest', defaultSeverity: 'warning', docsUrl: DOCS.knownIssues,
  },
  messages: {
    authorized: 'OPTIONS {{path}} requires {{what}}; CORS preflight requests carry no credentials and will be rejected',
    samPreflight: 'SAM also puts DefaultAuthorizer "{{name}}" on the CORS preflight OPTIONS methods (AddDefaultAuthorizerToCorsPreflight defaults to true); preflight requests carry no credentials and will be rejected: set AddDefaultAuthorizerToCorsPreflight: false',
  },
  create(ctx) {
    return {
      Root(model) {
        const preflight = model.sam?.preflightAuthorizer;
        if (preflight) ctx.report({ messageId: 'samPreflight', data: { name: preflight.name }, node: { source: model.root, pointer: preflight.pointer } });
      },
      Operation(op) {
        if (op.method !== 'OPTIONS') return;
        const auth = op.value['x-amazon-apigateway-auth'];
        if (isObject(auth) && typeof auth.type === 'string' && auth.type.toUpperCase() === 'AWS_IAM') {
          return void ctx.report({ messageId: 'authorized', data: { path: op.path, what: 'AWS_IAM' }, node: op, at: ['x-amazon-apigateway-auth'] });
        }
        const use = operationSchemeUses(op).find((u) => ctx.model.securitySchemes.get(u.name)?.authorizer);
        if (use) ctx.report({ messageId: 'authorized', data: { path: op.path, what: `authorizer "${use.name}"` }, node: use.loc, on: 'key' });
      },
    };
  },
});
