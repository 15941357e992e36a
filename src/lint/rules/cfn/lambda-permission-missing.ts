import { arnOf, routeResource } from '../../../aws/arn.js';
import { samEvents, type TemplateContext } from '../../../model/resource-graph.js';
import { DOCS } from '../../helpers/docs.js';
import { ofType, props, resourceLabel, subText, templateFunction } from '../../helpers/template.js';
import { defineRule } from '../../rule.js';

/**
 * Does a permission's `SourceArn` (absent: any) let `api` call at `resource` (`/stage/GET/pets/x`,
 * `/authorizers/id`)? IAM matches `*` across slashes. A value we cannot read counts as letting it.
 */
function covers(sourceArn: unknown, api: string, resource: string): boolean {
  if (sourceArn === undefined) return true;
  const text = subText(sourceArn);
  if (text === undefined) return true;
  const marker = `\${${api}}`;
  const at = text.indexOf(marker);
  if (at < 0) {
    // Another API of the template, by reference: not this one. A literal id: unknown.
    const names = [...text.matchAll(/\$\{([A-Za-z0-9]+)\}/g)].map((m) => m[1]!).filter((n) => !n.startsWith('AWS'));
    return names.length === 0;
  }
  const rest = text.slice(at + marker.length);
  const pattern = rest.split(/(\$\{[^}]*\}|\*|\?)/).map((part) => (part === '*' ? '.*' : part === '?' ? '.' : part.startsWith('${') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('');
  return new RegExp(`^${pattern}$`).test(resource);
}

/** SAM grants the function of an `Api`/`HttpApi` event on this API its permission itself. */
function samGrants(t: TemplateContext, fn: string): boolean {
  return samEvents(t.resources).some((e) => e.fn === fn && e.api === t.api);
}

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
        const permissions = ofType(t, 'AWS::Lambda::Permission').map(([, r]) => props(r));
        const allowed = (fn: string, resource: string) => samGrants(t, fn) || permissions.some((p) => {
          if (templateFunction(t, p.FunctionName) !== fn) return false;
          if (typeof p.Principal === 'string' && !p.Principal.startsWith('apigateway.')) return false;
          return covers(p.SourceArn, t.api, resource);
        });
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
