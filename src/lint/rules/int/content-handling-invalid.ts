import { CONTENT_HANDLING } from '../../helpers/aws.js';
import { DOCS } from '../../helpers/docs.js';
import { describeValue, isObject, isUnknownValue } from '../../helpers/values.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'int/content-handling-invalid',
  meta: {
    description: '`contentHandling` on an integration or integration response must be CONVERT_TO_TEXT or CONVERT_TO_BINARY.',
    category: 'integrations', appliesTo: 'rest', defaultSeverity: 'error', docsUrl: DOCS.integration,
  },
  messages: { invalid: '{{where}} for {{method}} has contentHandling {{value}}; expected CONVERT_TO_TEXT or CONVERT_TO_BINARY (omit it to pass the payload through)' },
  create(ctx) {
    const bad = (v: unknown) => v !== undefined && !isUnknownValue(v) && !(typeof v === 'string' && CONTENT_HANDLING.includes(v));
    return {
      Integration(node) {
        const v = node.value.contentHandling;
        if (bad(v)) ctx.report({ messageId: 'invalid', data: { where: 'Integration', method: node.operation.label, value: describeValue(v) }, node, at: ['contentHandling'] });
      },
      IntegrationResponse(node) {
        const v = isObject(node.value) ? node.value.contentHandling : undefined;
        if (bad(v)) {
          ctx.report({ messageId: 'invalid', data: { where: `Integration response "${node.pattern}"`, method: node.integration.operation.label, value: describeValue(v) }, node, at: ['contentHandling'] });
        }
      },
    };
  },
});
