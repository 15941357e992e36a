import { DOCS } from '../../helpers/docs.js';
import { defineRefRule } from '../../helpers/refs.js';

export const rule = defineRefRule(
  'ref/unresolved',
  {
    description: 'A `$ref` that points to nothing, or to a file that cannot be read, leaves the definition incomplete.',
    appliesTo: 'both', defaultSeverity: 'error', forms: ['openapi'], docsUrl: DOCS.openApiRef,
  },
  'Cannot resolve: {{detail}}',
);
