import { arnOf, routeResource } from '../../../aws/arn.js';
import { DOCS } from '../../helpers/docs.js';
import { lambdaPermissions } from '../../helpers/lambda-permission.js';
import { resourceLabel, templateFunction } from '../../helpers/template.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'cfn/lambda-permission-missing',
  meta: {
    description: 'A Lambda function of the same template that an integration or authorizer calls needs an `AWS::Lambda::Permission` letting API Gateway invoke it.',
    category: 'integrations', appliesTo: 'both', defaultSeverity: 'error', forms: ['resources'], docsUrl: DOCS.lambdaPermission,
  },
  messages: {
    integration: 'Lambda function {{fn}} has no AWS::Lambda::Permission letting API Gateway invoke it for {{label}}; every call fails with 500 (Invalid permissions on Lambda function). Add one with SourceArn {{arn}}',
    authorizer: 'Lambda function {{fn}} has no AWS::Lambda::Permission letting API Gateway invoke it as authorizer {{name}}; every call it guards fails. Add one with SourceArn {{arn}}',
  },
  create(ctx) {
    return {
      Root(model) {
        const t = model.template;
        if (!t) return;
        const http = model.apiType === 'http';
        const allowed = lambdaPermissions(t);
        for (const integration of model.integrations) {
          const fn = templateFunction(t, integration.value.uri);
          if (fn === undefined) continue;
          const op = integration.operation;
          const isDefault = op.path === '$default';
          const sample = isDefault ? '/local/$default' : `/local/${op.method === 'ANY' ? 'GET' : op.method}${op.path}`;
          if (allowed(fn, sample)) continue;
          ctx.report({ messageId: 'integration', data: { fn: resourceLabel(t, fn), label: op.label, arn: arnOf(routeResource(t.api, op.method, op.path, http)) }, node: integration, at: ['uri'] });
        }
        for (const authorizer of model.authorizers) {
          const fn = templateFunction(t, authorizer.value.authorizerUri);
          if (fn === undefined || allowed(fn, '/authorizers/abc123')) continue;
          ctx.report({ messageId: 'authorizer', data: { fn: resourceLabel(t, fn), name: authorizer.name, arn: arnOf(`\${${t.api}}/authorizers/*`) }, node: authorizer, at: ['authorizerUri'] });
        }
      },
    };
  },
});
