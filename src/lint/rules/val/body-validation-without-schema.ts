import { DOCS } from '../../helpers/docs.js';
import { isObject } from '../../helpers/values.js';
import { defineRule } from '../../rule.js';

const KEY = 'x-amazon-apigateway-request-validator';

export const rule = defineRule({
  id: 'val/body-validation-without-schema',
  meta: {
    description: 'A method whose request validator checks the body needs a request body model; without one nothing is validated.',
    category: 'validators', appliesTo: 'rest', defaultSeverity: 'info', docsUrl: DOCS.requestValidation,
  },
  messages: { noSchema: '{{method}} validates the request body (validator "{{validator}}") but declares no body schema, so nothing is checked' },
  create(ctx) {
    return {
      Operation(op) {
        const name = op.value[KEY] ?? ctx.model.doc[KEY];
        if (typeof name !== 'string') return;
        const validator = ctx.model.validators.get(name);
        if (!validator || !isObject(validator.value) || validator.value.validateRequestBody !== true) return;
        const bodyParam = op.parameters.some((p) => p.in === 'body' && p.value.schema !== undefined);
        const body = op.value.requestBody;
        const content = isObject(body) && isObject(body.content) ? Object.values(body.content) : [];
        const hasBodySchema = bodyParam || isObject(body) && (body.$ref !== undefined || content.some((m) => isObject(m) && m.schema !== undefined));
        if (!hasBodySchema) ctx.report({ messageId: 'noSchema', data: { method: op.label, validator: name }, node: op, on: 'key' });
      },
    };
  },
});
