import type { Loc } from '../../document/refs.js';
import { escapeToken } from '../../document/pointer.js';
import { isObject } from '../../model/detect.js';
import { apiOf, getAttOf, props, refOf, type TemplateContext } from '../../model/resource-graph.js';

/** What cross-resource checks need of a template: its resources by type, and locations in it. */
export type TemplateResource = [id: string, resource: Record<string, unknown>];

export function ofType(t: TemplateContext, ...types: string[]): TemplateResource[] {
  return Object.entries(t.resources).filter(([, r]) => types.includes(r.Type as string));
}

/** The API a resource belongs to (`RestApiId` or `ApiId`), as a logical id. */
export function apiOfResource(r: Record<string, unknown>): string | undefined {
  const p = props(r);
  return apiOf(p.RestApiId ?? p.ApiId);
}

export function inTemplate(t: TemplateContext, id: string, ...tokens: string[]): Loc {
  return { source: t.source, pointer: `/Resources/${escapeToken(id)}${tokens.map((x) => '/' + escapeToken(x)).join('')}` };
}

export const propertyLoc = (t: TemplateContext, id: string, ...tokens: string[]): Loc => inTemplate(t, id, 'Properties', ...tokens);

/** The template's parameters and resources: what a `Ref` may name. */
export function declares(t: TemplateContext, id: string): boolean {
  const root = t.source.root;
  if (id.startsWith('AWS::')) return true;
  if (Object.prototype.hasOwnProperty.call(t.resources, id)) return true;
  return isObject(root) && isObject(root.Parameters) && Object.prototype.hasOwnProperty.call(root.Parameters, id);
}

/** Logical ids of resources `DependsOn` reaches from `id`, directly or through other resources. */
export function dependsOnClosure(t: TemplateContext, id: string): Set<string> {
  const seen = new Set<string>();
  const stack = [id];
  while (stack.length) {
    const r = t.resources[stack.pop()!];
    if (!r) continue;
    const deps = typeof r.DependsOn === 'string' ? [r.DependsOn] : Array.isArray(r.DependsOn) ? r.DependsOn : [];
    for (const d of deps) if (typeof d === 'string' && !seen.has(d)) {
      seen.add(d);
      stack.push(d);
    }
  }
  return seen;
}

const FUNCTION_TYPES = ['AWS::Lambda::Function', 'AWS::Serverless::Function'];

/**
 * The Lambda function of this template a value names: `Fn::GetAtt [F, Arn]`, `Ref F`, or `${F.Arn}`
 * / `${F}` inside an `Fn::Sub`, also within `Fn::Join`. Undefined when it names none of them.
 */
export function templateFunction(t: TemplateContext, value: unknown): string | undefined {
  const isFunction = (id: string) => FUNCTION_TYPES.includes(t.resources[id]?.Type as string);
  const att = getAttOf(value);
  if (att && isFunction(att[0])) return att[0];
  const ref = refOf(value);
  if (ref !== undefined && isFunction(ref)) return ref;
  if (!isObject(value)) return undefined;
  const sub = value['Fn::Sub'];
  const text = typeof sub === 'string' ? sub : Array.isArray(sub) && typeof sub[0] === 'string' ? sub[0] : undefined;
  if (text !== undefined) {
    for (const m of text.matchAll(/\$\{([A-Za-z0-9]+)(?:\.Arn)?\}/g)) if (isFunction(m[1]!)) return m[1];
    if (Array.isArray(sub) && isObject(sub[1])) for (const v of Object.values(sub[1])) {
      const inner = templateFunction(t, v);
      if (inner) return inner;
    }
  }
  const join = value['Fn::Join'];
  if (Array.isArray(join) && Array.isArray(join[1])) for (const part of join[1]) {
    const inner = templateFunction(t, part);
    if (inner) return inner;
  }
  return undefined;
}

/**
 * The text of a value written as a string, an `Fn::Sub` string or an `Fn::Join` of such parts,
 * with `Ref X` / `GetAtt X.Y` parts written `${X}` / `${X.Y}`; undefined for anything else.
 */
export function subText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  const ref = refOf(value);
  if (ref !== undefined) return `\${${ref}}`;
  const att = getAttOf(value);
  if (att) return `\${${att[0]}.${att[1]}}`;
  if (!isObject(value)) return undefined;
  const sub = value['Fn::Sub'];
  if (typeof sub === 'string') return sub;
  if (Array.isArray(sub) && typeof sub[0] === 'string') return sub[0];
  const join = value['Fn::Join'];
  if (Array.isArray(join) && typeof join[0] === 'string' && Array.isArray(join[1])) {
    const parts = join[1].map(subText);
    return parts.every((p): p is string => p !== undefined) ? parts.join(join[0]) : undefined;
  }
  return undefined;
}

export { apiOf, getAttOf, props, refOf };

/**
 * How a resource is named in messages: its CDK construct path when the template was synthesized
 * by CDK (`PetsApi/Default/pets/GET`, from `Metadata.aws:cdk:path` without the stack and the
 * trailing `Resource`), else its logical id.
 */
export function resourceLabel(t: TemplateContext, id: string): string {
  const metadata = t.resources[id]?.Metadata;
  const path = isObject(metadata) ? metadata['aws:cdk:path'] : undefined;
  if (typeof path !== 'string' || !path.includes('/')) return id;
  const parts = path.split('/').slice(1);
  if (parts[parts.length - 1] === 'Resource' && parts.length > 1) parts.pop();
  return parts.join('/');
}
