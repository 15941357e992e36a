import { DOCS } from '../../helpers/docs.js';
import { uriShape } from '../../../aws/arn.js';
import { isLambdaUri } from '../../../aws/lambda.js';
import { knownString } from '../../helpers/values.js';
import { defineRule } from '../../rule.js';

/** Lambda is invoked with POST whatever the method's verb (knowledge-center article on the 500). */
export const rule = defineRule({
  id: 'lambda/http-method-not-post',
  meta: {
    description: 'Lambda integrations must call the function with `httpMethod: POST`; anything else imports but every call fails with 500.',
    category: 'integrations', appliesTo: 'both', defaultSeverity: 'error', docsUrl: DOCS.lambdaInvokeError,
  },
  messages: { notPost: 'Lambda integration for {{method}} uses httpMethod {{value}}; Lambda is invoked with POST, so every call fails with "Execution failed due to configuration error"' },
  create(ctx) {
    return {
      Integration(node) {
        if (node.type !== 'aws' && node.type !== 'aws_proxy') return;
        const uri = uriShape(node.value.uri);
        const m = knownString(node.value.httpMethod);
        if (!uri || !m || !isLambdaUri(uri.masked) || m.toUpperCase() === 'POST') return;
        ctx.report({ messageId: 'notPost', data: { method: node.operation.label, value: m }, node, at: ['httpMethod'] });
      },
    };
  },
});
