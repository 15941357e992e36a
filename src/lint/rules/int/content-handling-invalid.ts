import { DOCS } from '../../helpers/docs.js';
import { byNodeTypes, defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'int/content-handling-invalid',
  meta: {
    description: '`contentHandling` on an integration or integration response must be CONVERT_TO_TEXT or CONVERT_TO_BINARY.',
    category: 'integrations', appliesTo: 'rest', defaultSeverity: 'error', docsUrl: DOCS.integration,
  },
  messages: { invalid: '{{where}} for {{method}} has contentHandling {{value}}; expected CONVERT_TO_TEXT or CONVERT_TO_BINARY (omit it to pass the payload through)' },
  create: byNodeTypes,
});
