import { DOCS } from '../../helpers/docs.js';
import { byNodeTypes, defineRule } from '../../rule.js';

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
  create: byNodeTypes,
});
