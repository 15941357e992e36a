import { DOCS } from '../../helpers/docs.js';
import { defineRefRule } from '../../helpers/refs.js';

export const rule = defineRefRule(
  'doc/parse-error',
  {
    description: 'A referenced file is not valid YAML or JSON (duplicate keys included).',
    appliesTo: 'both', defaultSeverity: 'error', forms: ['openapi'], docsUrl: DOCS.importWarnings,
  },
  'Referenced file does not parse: {{detail}}',
);
