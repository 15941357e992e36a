import { DOCS } from '../../helpers/docs.js';
import { didYouMean } from '../../helpers/did-you-mean.js';
import { defineRule } from '../../rule.js';
import type { Loc } from '../../../document/refs.js';

const KEY = 'x-amazon-apigateway-request-validator';

export const rule = defineRule({
  id: 'val/undefined-validator',
  meta: {
    description: '`x-amazon-apigateway-request-validator` must name a key of `x-amazon-apigateway-request-validators`.',
    category: 'validators', appliesTo: 'rest', defaultSeverity: 'error', forms: ['openapi'], docsUrl: DOCS.requestValidator,
  },
  messages: { undefined: '{{where}} uses request validator {{value}}, which x-amazon-apigateway-request-validators does not define{{hint}}' },
  create(ctx) {
    const check = (value: unknown, loc: Loc, where: string) => {
      if (value === undefined || (typeof value === 'string' && ctx.model.validators.has(value))) return;
      const guess = typeof value === 'string' ? didYouMean(value, ctx.model.validators.keys()) : undefined;
      ctx.report({ messageId: 'undefined', data: { where, value: JSON.stringify(value), hint: guess ? ` (did you mean "${guess}"?)` : '' }, node: loc, at: [KEY] });
    };
    return {
      Root(model) {
        check(model.doc[KEY], model.base, 'The API');
      },
      Operation(op) {
        check(op.value[KEY], op.loc, op.label);
      },
    };
  },
});
