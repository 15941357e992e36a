import { DOCS } from '../../helpers/docs.js';
import { byNodeTypes, defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'resp/unknown-field',
  meta: {
    description: 'An integration response has only `statusCode`, `responseParameters`, `responseTemplates` and `contentHandling`; other keys are ignored.',
    category: 'integrations', appliesTo: 'rest', defaultSeverity: 'warning', forms: ['openapi'], docsUrl: DOCS.integrationResponse,
  },
  messages: { unknown: 'Integration response "{{pattern}}" of {{method}} has field "{{key}}", which API Gateway ignores{{hint}}' },
  create: byNodeTypes,
});
