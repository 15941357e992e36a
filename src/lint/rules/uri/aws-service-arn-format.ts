import { DOCS } from '../../helpers/docs.js';
import { byNodeTypes, defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'uri/aws-service-arn-format',
  meta: {
    description: 'An aws integration uri is `arn:aws:apigateway:REGION:SERVICE:path/…` or `…:SERVICE:action/…`.',
    category: 'integrations', appliesTo: 'rest', defaultSeverity: 'error', docsUrl: DOCS.apiIntegration,
  },
  messages: { invalid: 'AWS integration uri of {{method}} is not arn:aws:apigateway:<region>:<service>:path/<path> or :action/<action>' },
  create: byNodeTypes,
});
