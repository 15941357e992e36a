import { DOCS } from '../../helpers/docs.js';
import { defineRefRule } from '../../helpers/refs.js';

export const rule = defineRefRule(
  'ref/remote',
  {
    description: 'Remote `$ref`s (http, https) are never fetched, so what they point to is not checked; API Gateway does not fetch them either.',
    appliesTo: 'both', defaultSeverity: 'warning', docsUrl: DOCS.openApiRef,
  },
  'Not checked: {{detail}}; bundle the definition or use a relative file reference',
);
