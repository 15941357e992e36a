import { SUBTYPES } from '../../../aws/subtypes.js';
import { DOCS } from '../../helpers/docs.js';
import { isObject, isUnknownValue } from '../../helpers/values.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'http/subtype-required-params',
  meta: {
    description: 'A subtype integration maps the subtype\'s required parameters and no parameters the subtype does not define.',
    category: 'integrations', appliesTo: 'http', defaultSeverity: 'error', docsUrl: DOCS.subtypes,
  },
  messages: {
    missing: 'Integration for {{method}} ({{subtype}}) does not map required parameter {{name}}',
    unknown: 'Integration for {{method}} ({{subtype}}) maps parameter {{name}}, which {{subtype}} does not take',
  },
  create(ctx) {
    return {
      Integration(node) {
        const subtype = node.value.integrationSubtype;
        if (typeof subtype !== 'string' || !(subtype in SUBTYPES)) return;
        const params = node.value.requestParameters;
        if (isUnknownValue(params)) return;
        const spec = SUBTYPES[subtype]!;
        const given = isObject(params) ? Object.keys(params) : [];
        for (const name of spec.required) {
          if (!given.includes(name)) ctx.report({ messageId: 'missing', data: { method: node.operation.label, subtype, name }, node, at: isObject(params) ? ['requestParameters'] : ['integrationSubtype'], on: 'key' });
        }
        for (const name of given) {
          if (!spec.required.includes(name) && !spec.optional.includes(name)) ctx.report({ messageId: 'unknown', data: { method: node.operation.label, subtype, name }, node, at: ['requestParameters', name], on: 'key' });
        }
      },
    };
  },
});
