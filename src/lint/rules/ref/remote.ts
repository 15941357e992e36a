import { DOCS } from '../../helpers/docs.js';
import { defineRefRule } from '../../helpers/refs.js';

export const rule = defineRefRule(
  'ref/remote',
  {
    description: 'A remote `$ref` (http, https) is fetched neither by apigw nor by API Gateway, whose import takes one document and reads no URL but its own model references (`https://apigateway.amazonaws.com/restapis/…/models/…`); the import fails.',
    appliesTo: 'both', defaultSeverity: 'error', forms: ['openapi'], docsUrl: DOCS.getModel,
  },
  '{{detail}}, and API Gateway does not fetch it either, so the import fails; bundle what it points to into the definition',
);
