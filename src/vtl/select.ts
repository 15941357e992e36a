import { emptyRecord } from '../document/own.js';
import { isObject } from '../model/detect.js';
import type { ApiModel, IntegrationNode, IntegrationResponseNode, OperationNode } from '../model/model.js';
import { joinPointer } from '../document/pointer.js';
import type { Loc } from '../document/refs.js';
import { JMap, type JValue, javaString, toJson } from './java.js';
import { javaMatches, RegexTimeoutError } from '../aws/java-regex.js';
import { evaluateJsonPath } from './jsonpath.js';
import { parseJson } from './json.js';

export class SelectionError extends Error {}

export interface FoundOperation {
  operation: OperationNode;
  /** Path parameters taken from a concrete path (`/pets/42` for `/pets/{id}`). */
  pathParameters: Record<string, string>;
}

function matchPath(template: string, concrete: string): Record<string, string> | undefined {
  const t = template.split('/').filter(Boolean);
  const c = concrete.split('/').filter(Boolean);
  const params: Record<string, string> = emptyRecord();
  for (let i = 0; i < t.length; i++) {
    const seg = t[i]!;
    const greedy = /^\{(.+)\+\}$/.exec(seg);
    if (greedy) {
      if (i >= c.length) return undefined;
      params[greedy[1]!] = c.slice(i).join('/');
      return params;
    }
    if (i >= c.length) return undefined;
    const v = /^\{(.+)\}$/.exec(seg);
    if (v) params[v[1]!] = decodeURIComponent(c[i]!);
    else if (seg !== c[i]) return undefined;
  }
  return t.length === c.length ? params : undefined;
}

/** The method API Gateway would route `method path` to: a resource path as written, or a concrete one. */
export function findOperation(model: ApiModel, method: string, path: string): FoundOperation {
  const verb = method.toUpperCase();
  const candidates = model.operations.filter((op) => op.method === verb || op.method === 'ANY');
  const byVerb = (ops: OperationNode[]) => ops.find((op) => op.method === verb) ?? ops[0];
  const exact = byVerb(candidates.filter((op) => op.path === path));
  if (exact) return { operation: exact, pathParameters: {} };
  for (const op of [...candidates].sort((a, b) => Number(/\+\}/.test(a.path)) - Number(/\+\}/.test(b.path)))) {
    const params = matchPath(op.path, path);
    if (params) return { operation: op, pathParameters: params };
  }
  const available = model.operations.map((op) => op.label).join(', ') || 'none';
  throw new SelectionError(`no method ${verb} ${path} in the definition (methods: ${available})`);
}

export type RequestTemplateChoice =
  | { kind: 'template'; contentType: string; text: string; loc: Loc }
  | { kind: 'passthrough'; reason: string }
  | { kind: 'unsupported'; reason: string };

/** The media type of a Content-Type header, lower-cased, without parameters. */
export function mediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}

/**
 * How API Gateway picks the integration request template: by the request's Content-Type
 * (application/json when absent), then by passthroughBehavior when nothing matches
 * (WHEN_NO_MATCH passes the body through; WHEN_NO_TEMPLATES passes it through only when no
 * template is defined; NEVER answers 415). Source: integration passthrough behaviors,
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/integration-passthrough-behaviors.html
 */
export function selectRequestTemplate(integration: IntegrationNode, contentType: string | undefined): RequestTemplateChoice {
  const wanted = mediaType(contentType) || 'application/json';
  const templates = isObject(integration.value.requestTemplates) ? integration.value.requestTemplates : {};
  const keys = Object.keys(templates);
  const key = keys.find((k) => mediaType(k) === wanted);
  if (key !== undefined && typeof templates[key] === 'string') {
    return { kind: 'template', contentType: key, text: templates[key] as string, loc: { source: integration.loc.source, pointer: joinPointer(integration.loc.pointer, 'requestTemplates', key) } };
  }
  const behavior = String(integration.value.passthroughBehavior ?? 'when_no_match').toLowerCase();
  const known = keys.length ? keys.join(', ') : 'none';
  if (behavior === 'never') return { kind: 'unsupported', reason: `no request template for ${wanted} (templates: ${known}) and passthroughBehavior is NEVER` };
  if (behavior === 'when_no_templates' && keys.length > 0) {
    return { kind: 'unsupported', reason: `no request template for ${wanted} (templates: ${known}) and passthroughBehavior is WHEN_NO_TEMPLATES` };
  }
  return { kind: 'passthrough', reason: `no request template for ${wanted} (templates: ${known}); passthroughBehavior ${behavior.toUpperCase()} passes the body through unchanged` };
}

/**
 * The integration response API Gateway selects: the first selection pattern that matches the
 * whole Lambda `errorMessage` (or the back end's status code) as a Java regex, else `default`.
 */
export function selectIntegrationResponse(integration: IntegrationNode, against: string | undefined, timeoutMs = 5000): { response?: IntegrationResponseNode; matched: string } {
  if (against !== undefined) {
    const budget = { deadline: Date.now() + timeoutMs, timeoutMs };
    for (const r of integration.responses) {
      if (r.pattern === 'default') continue;
      try {
        if (javaMatches(against, r.pattern, budget)) return { response: r, matched: `selection pattern "${r.pattern}"` };
      } catch (err) {
        // A pattern Java rejects never matches (lint reports it); one that runs away stops the selection.
        if (err instanceof RegexTimeoutError) throw new SelectionError(`selection pattern: ${err.message}`);
      }
    }
  }
  const fallback = integration.responses.find((r) => r.pattern === 'default');
  return { response: fallback, matched: fallback ? 'default' : 'none' };
}

/** The response template for the client's Accept header, else application/json, else the first one. */
export function selectResponseTemplate(response: IntegrationResponseNode, accept: string | undefined): { contentType: string; text: string; loc: Loc } | undefined {
  const templates = isObject(response.value) && isObject(response.value.responseTemplates) ? response.value.responseTemplates : undefined;
  if (!templates) return undefined;
  const keys = Object.keys(templates).filter((k) => typeof templates[k] === 'string');
  const wanted = (accept ?? '').split(',').map(mediaType).filter(Boolean);
  const key = keys.find((k) => wanted.includes(mediaType(k))) ?? keys.find((k) => mediaType(k) === 'application/json') ?? keys[0];
  if (key === undefined) return undefined;
  return { contentType: key, text: templates[key] as string, loc: { source: response.loc.source, pointer: joinPointer(response.loc.pointer, 'responseTemplates', key) } };
}

export interface ResponseSources {
  body: string;
  headers: Record<string, string>;
  context: JMap;
  stageVariables: JMap;
}

/**
 * `$context.responseOverride.status` and `.header.X`, set by a mapping template, change the method
 * response: the status it returns, and `headers` in place (mapping template override).
 */
export function applyResponseOverride(context: JMap, statusCode: number, headers: Record<string, string>): number {
  const override = context.get('responseOverride');
  if (!(override instanceof JMap)) return statusCode;
  const status = override.get('status');
  const oh = override.get('header');
  if (oh instanceof JMap) for (const k of oh.keys()) headers[k] = String(oh.get(k));
  return status !== null && /^\d{3}$/.test(String(status)) ? Number(status) : statusCode;
}

/** `responseParameters` of an integration response, evaluated (data mapping reference). */
export function mapResponseParameters(response: IntegrationResponseNode, sources: ResponseSources): Record<string, string> {
  const params = isObject(response.value) && isObject(response.value.responseParameters) ? response.value.responseParameters : {};
  const out: Record<string, string> = emptyRecord();
  for (const [key, raw] of Object.entries(params)) {
    const header = /^method\.response\.header\.(.+)$/.exec(key)?.[1];
    if (!header || typeof raw !== 'string') continue;
    const value = sourceValue(raw, sources);
    if (value !== undefined) out[header] = value;
  }
  return out;
}

function sourceValue(expr: string, s: ResponseSources): string | undefined {
  const statik = /^'(.*)'$/s.exec(expr);
  if (statik) return statik[1]!;
  let m = /^integration\.response\.(?:multivalue)?header\.(.+)$/.exec(expr);
  if (m) {
    const name = m[1]!.toLowerCase();
    const hit = Object.entries(s.headers).find(([k]) => k.toLowerCase() === name);
    return hit?.[1];
  }
  if (expr === 'integration.response.body') return s.body;
  m = /^integration\.response\.body\.(.+)$/.exec(expr);
  if (m) {
    let doc: JValue;
    try {
      doc = parseJson(s.body);
    } catch {
      return undefined;
    }
    const v = evaluateJsonPath(doc, `$.${m[1]}`);
    if (v === undefined || v === null) return undefined;
    return typeof v === 'string' ? v : toJson(v);
  }
  m = /^context\.(.+)$/.exec(expr);
  if (m) return walk(s.context, m[1]!);
  m = /^stageVariables\.(.+)$/.exec(expr);
  if (m) {
    const v = s.stageVariables.get(m[1]!);
    return v === null ? undefined : javaString(v);
  }
  return undefined;
}

function walk(map: JMap, path: string): string | undefined {
  let v: JValue = map;
  for (const k of path.split('.')) {
    if (!(v instanceof JMap) || !v.has(k)) return undefined;
    v = v.get(k);
  }
  return v === null ? undefined : javaString(v);
}
