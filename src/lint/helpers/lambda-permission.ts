import { samEvents, type TemplateContext } from '../../model/resource-graph.js';
import { ofType, props, subText, templateFunction } from './template.js';

/**
 * Does a permission's `SourceArn` (absent: any) let `api` call at `resource` (`/stage/GET/pets/x`,
 * `/stage/$connect`, `/authorizers/id`)? IAM matches `*` across slashes. A value we cannot read
 * counts as letting it.
 */
export function coversSourceArn(sourceArn: unknown, api: string, resource: string): boolean {
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

/**
 * Whether an `AWS::Lambda::Permission` of the template (or SAM, for its events) lets API Gateway
 * invoke the template's function `fn` as API `t.api` at `resource`.
 * https://docs.aws.amazon.com/lambda/latest/dg/services-apigateway.html#apigateway-permissions
 */
export function lambdaPermissions(t: TemplateContext): (fn: string, resource: string) => boolean {
  const permissions = ofType(t, 'AWS::Lambda::Permission').map(([, r]) => props(r));
  return (fn, resource) => samGrants(t, fn) || permissions.some((p) => {
    if (templateFunction(t, p.FunctionName) !== fn) return false;
    if (typeof p.Principal === 'string' && !p.Principal.startsWith('apigateway.')) return false;
    return coversSourceArn(p.SourceArn, t.api, resource);
  });
}
