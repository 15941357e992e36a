import { DOCS } from '../../helpers/docs.js';
import { apiOfResource, getAttOf, ofType, propertyLoc, props, refOf, resourceLabel } from '../../helpers/template.js';
import { defineRule } from '../../rule.js';

/** The same thing twice under one API: a path part under one parent, a method on one resource, a route key. */
export const rule = defineRule({
  id: 'cfn/duplicate-path-part',
  meta: {
    description: 'Two resources with the same path part under one parent, two methods of one verb on one resource, or two routes with one key fail to deploy.',
    category: 'resources', appliesTo: 'both', defaultSeverity: 'error', forms: ['resources'], failsDeploy: true, docsUrl: DOCS.cfnResource,
  },
  messages: {
    pathPart: 'Resources {{first}} and {{second}} both add "{{part}}" under the same parent; the deployment fails ("Another resource with the same parent already has this name")',
    method: 'Methods {{first}} and {{second}} are both {{verb}} on the same resource; the deployment fails ("Method already exists for this resource")',
    route: 'Routes {{first}} and {{second}} both have the key "{{key}}"; the deployment fails',
  },
  create(ctx) {
    return {
      Root(model) {
        const t = model.template;
        if (!t) return;
        const parentKey = (v: unknown) => {
          const att = getAttOf(v);
          return att ? `root:${att[0]}` : refOf(v) !== undefined ? `ref:${refOf(v)}` : undefined;
        };
        const once = (seen: Map<string, string>, key: string, id: string) => {
          const first = seen.get(key);
          if (first === undefined) seen.set(key, id);
          return first;
        };
        const parts = new Map<string, string>();
        const methods = new Map<string, string>();
        const routes = new Map<string, string>();
        for (const [id, r] of ofType(t, 'AWS::ApiGateway::Resource', 'AWS::ApiGateway::Method', 'AWS::ApiGatewayV2::Route')) {
          if (apiOfResource(r) !== t.api) continue;
          const p = props(r);
          if (r.Type === 'AWS::ApiGateway::Resource') {
            const parent = parentKey(p.ParentId);
            if (parent === undefined || typeof p.PathPart !== 'string') continue;
            const first = once(parts, `${parent} ${p.PathPart}`, id);
            if (first) ctx.report({ messageId: 'pathPart', data: { first: resourceLabel(t, first), second: resourceLabel(t, id), part: p.PathPart }, node: propertyLoc(t, id, 'PathPart') });
          } else if (r.Type === 'AWS::ApiGateway::Method') {
            const resource = parentKey(p.ResourceId);
            if (resource === undefined || typeof p.HttpMethod !== 'string') continue;
            const first = once(methods, `${resource} ${p.HttpMethod.toUpperCase()}`, id);
            if (first) ctx.report({ messageId: 'method', data: { first: resourceLabel(t, first), second: resourceLabel(t, id), verb: p.HttpMethod.toUpperCase() }, node: propertyLoc(t, id, 'HttpMethod') });
          } else if (typeof p.RouteKey === 'string') {
            const first = once(routes, p.RouteKey, id);
            if (first) ctx.report({ messageId: 'route', data: { first: resourceLabel(t, first), second: resourceLabel(t, id), key: p.RouteKey }, node: propertyLoc(t, id, 'RouteKey') });
          }
        }
      },
    };
  },
});
