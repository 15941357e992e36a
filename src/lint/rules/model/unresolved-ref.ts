import { DOCS } from '../../helpers/docs.js';
import { defineRefRule } from '../../helpers/refs.js';

export const rule = defineRefRule(
  'model/unresolved-ref',
  {
    description: 'A schema `$ref` to a missing model is an import warning and leaves the model out.',
    appliesTo: 'both', defaultSeverity: 'warning', forms: ['openapi'], docsUrl: DOCS.importWarnings,
  },
  'Missing model reference: {{detail}}',
);
