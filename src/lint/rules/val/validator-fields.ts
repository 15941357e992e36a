import { DOCS } from '../../helpers/docs.js';
import { describeValue, isObject } from '../../helpers/values.js';
import { defineRule } from '../../rule.js';

const FIELDS = ['validateRequestBody', 'validateRequestParameters'];

export const rule = defineRule({
  id: 'val/validator-fields',
  meta: {
    description: 'A request validator has only the booleans `validateRequestBody` and `validateRequestParameters`.',
    category: 'validators', appliesTo: 'rest', defaultSeverity: 'error', forms: ['openapi'], docsUrl: DOCS.requestValidators,
  },
  messages: {
    notObject: 'Request validator "{{name}}" must be a mapping with validateRequestBody and validateRequestParameters',
    notBoolean: 'Request validator "{{name}}" has {{field}}: {{value}}; expected true or false',
    unknown: 'Request validator "{{name}}" has unknown field "{{field}}"',
  },
  create(ctx) {
    return {
      RequestValidator(node) {
        if (!isObject(node.value)) return void ctx.report({ messageId: 'notObject', data: { name: node.name }, node });
        for (const [field, value] of Object.entries(node.value)) {
          if (!FIELDS.includes(field)) ctx.report({ messageId: 'unknown', data: { name: node.name, field }, node, at: [field], on: 'key' });
          else if (typeof value !== 'boolean') ctx.report({ messageId: 'notBoolean', data: { name: node.name, field, value: describeValue(value) }, node, at: [field] });
        }
      },
    };
  },
});
