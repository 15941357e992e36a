import { DOCS } from '../../helpers/docs.js';
import { uriShape } from '../../../aws/arn.js';
import { FUNCTION_ARN, LAMBDA_APIGATEWAY_PREFIX, LAMBDA_INVOCATION } from '../../../aws/lambda.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'uri/lambda-arn-format',
  meta: {
    description: 'A REST Lambda integration uri is `arn:aws:apigateway:REGION:lambda:path/2015-03-31/functions/FUNCTION_ARN/invocations`.',
    category: 'integrations', appliesTo: 'rest', defaultSeverity: 'error', docsUrl: DOCS.integration,
  },
  messages: {
    badUri: 'Lambda uri of {{method}} is not arn:aws:apigateway:<region>:lambda:path/2015-03-31/functions/<function-arn>/invocations',
    badFunction: 'Lambda uri of {{method}} names {{arn}}, which is not a Lambda function ARN (arn:aws:lambda:<region>:<account>:function:<name>)',
  },
  create(ctx) {
    return {
      Integration(node) {
        if (node.type !== 'aws' && node.type !== 'aws_proxy') return;
        const uri = uriShape(node.value.uri);
        if (!uri || !LAMBDA_APIGATEWAY_PREFIX.test(uri.masked)) return;
        const data = { method: node.operation.label };
        const m = LAMBDA_INVOCATION.exec(uri.masked);
        if (!m) ctx.report({ messageId: 'badUri', data, node, at: ['uri'] });
        else {
          const arn = m[1] ?? m[2]!;
          if (!FUNCTION_ARN.test(arn)) ctx.report({ messageId: 'badFunction', data: { ...data, arn: uri.show(arn) }, node, at: ['uri'] });
        }
      },
    };
  },
});
