import { DOCS } from '../../helpers/docs.js';
import { defineRefRule } from '../../helpers/refs.js';

export const rule = defineRefRule(
  'ref/cycle',
  {
    description: 'A chain of `$ref`s that leads back to itself never reaches a value.',
    appliesTo: 'both', defaultSeverity: 'error', forms: ['openapi'], docsUrl: DOCS.openApiRef,
  },
  'Cannot resolve: {{detail}}',
);
