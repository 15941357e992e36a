import { DOCS } from '../../helpers/docs.js';
import { uriShape } from '../../../aws/arn.js';
import { BARE_FUNCTION_ARN } from '../../../aws/lambda.js';
import { getAttOf, refOf } from '../../../model/resource-graph.js';
import { templateFunction } from '../../helpers/template.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'uri/raw-lambda-arn-on-rest',
  meta: {
    description: 'REST APIs need the Lambda invocation URI; only HTTP APIs accept a bare function ARN as the integration uri.',
    category: 'integrations', appliesTo: 'rest', defaultSeverity: 'error', docsUrl: DOCS.integration,
  },
  messages: { bare: 'Integration uri of {{method}} is a bare Lambda function ARN; REST APIs need arn:aws:apigateway:{{region}}:lambda:path/2015-03-31/functions/{{arn}}/invocations' },
  create(ctx) {
    return {
      Integration(node) {
        const value = node.value.uri;
        // `!GetAtt Fn.Arn` (or `!Ref Fn`, its name) of a function of the template: the ARN itself.
        const template = ctx.model.template;
        const fn = template && (getAttOf(value)?.[1] === 'Arn' || refOf(value) !== undefined) ? templateFunction(template, value) : undefined;
        if (fn !== undefined) {
          ctx.report({ messageId: 'bare', data: { method: node.operation.label, region: '${AWS::Region}', arn: `\${${fn}.Arn}` }, node, at: ['uri'] });
          return;
        }
        const uri = uriShape(value);
        const m = uri ? BARE_FUNCTION_ARN.exec(uri.masked) : null;
        if (!uri || !m) return;
        ctx.report({ messageId: 'bare', data: { method: node.operation.label, region: uri.show(m[1]!) || '<region>', arn: uri.show(uri.masked) }, node, at: ['uri'] });
      },
    };
  },
});
