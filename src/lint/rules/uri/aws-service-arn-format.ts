import { AWS_SERVICE_URI } from '../../../aws/arn.js';
import { LAMBDA_APIGATEWAY_PREFIX, LAMBDA_ARN_PREFIX } from '../../../aws/lambda.js';
import { DOCS } from '../../helpers/docs.js';
import { knownString } from '../../helpers/values.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'uri/aws-service-arn-format',
  meta: {
    description: 'An aws integration uri is `arn:aws:apigateway:REGION:SERVICE:path/…` or `…:SERVICE:action/…`.',
    category: 'integrations', appliesTo: 'rest', defaultSeverity: 'error', docsUrl: DOCS.apiIntegration,
  },
  messages: { invalid: 'AWS integration uri of {{method}} is not arn:aws:apigateway:<region>:<service>:path/<path> or :action/<action>' },
  create(ctx) {
    return {
      Integration(node) {
        if (node.type !== 'aws') return;
        const uri = knownString(node.value.uri);
        if (!uri || LAMBDA_APIGATEWAY_PREFIX.test(uri) || LAMBDA_ARN_PREFIX.test(uri)) return;
        if (!AWS_SERVICE_URI.test(uri)) ctx.report({ messageId: 'invalid', data: { method: node.operation.label }, node, at: ['uri'] });
      },
    };
  },
});
