import { DOCS } from '../../helpers/docs.js';
import { operationSchemeUses, rootSchemeUses, type SchemeUse } from '../../helpers/security.js';
import { didYouMean } from '../../helpers/did-you-mean.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'auth/undefined-scheme',
  meta: {
    description: 'A `security` requirement must name a scheme defined in `securityDefinitions` / `components.securitySchemes`.',
    category: 'authorizers', appliesTo: 'both', defaultSeverity: 'error', forms: ['openapi'], docsUrl: DOCS.authorizer,
  },
  messages: { undefined: '{{where}} requires security scheme "{{name}}", which is not defined{{hint}}' },
  create(ctx) {
    const check = (uses: SchemeUse[], where: string) => {
      for (const use of uses) {
        // SAM defines the schemes named in the resource's Auth.Authorizers.
        if (ctx.model.securitySchemes.has(use.name) || ctx.model.sam?.schemes.has(use.name)) continue;
        const guess = didYouMean(use.name, ctx.model.securitySchemes.keys());
        ctx.report({ messageId: 'undefined', data: { where, name: use.name, hint: guess ? ` (did you mean "${guess}"?)` : '' }, node: use.loc, on: 'key' });
      }
    };
    return {
      Root(model) {
        check(rootSchemeUses(model), 'Top-level security');
      },
      Operation(op) {
        check(operationSchemeUses(op), op.label);
      },
    };
  },
});
