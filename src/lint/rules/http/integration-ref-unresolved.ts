import { DOCS } from '../../helpers/docs.js';
import { defineRefRule } from '../../helpers/refs.js';

export const rule = defineRefRule(
  'http/integration-ref-unresolved',
  {
    description: 'An `x-amazon-apigateway-integration` `$ref` must point to an entry of `components.x-amazon-apigateway-integrations`.',
    appliesTo: 'http', defaultSeverity: 'error', forms: ['openapi'], docsUrl: DOCS.integrations,
  },
  'Integration reference cannot be resolved: {{detail}}',
);
