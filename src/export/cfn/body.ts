import { setOwn } from '../../spec/own.js';
import { isObject } from '../../spec/detect.js';
import { isRefObject, type SourceSet } from '../../spec/refs.js';
import type { Source } from '../../spec/source.js';
import { functionInUri, type LambdaTargets } from './functions.js';
import { escapeForSub } from './values.js';

/**
 * The definition as the stack's `Body`: references to other files inlined (CloudFormation
 * reads one document), local ones kept for API Gateway to resolve.
 */
export function bundleBody(set: SourceSet, source: Source): Record<string, unknown> {
  const seen = new Set<unknown>();
  const copy = (value: unknown, from: Source, depth: number): unknown => {
    if (depth > 200) throw new Error('definition nests too deeply to bundle');
    if (Array.isArray(value)) return value.map((v) => copy(v, from, depth + 1));
    if (!isObject(value)) return value;
    if (isRefObject(value) && !value.$ref.startsWith('#')) {
      if (seen.has(value)) throw new Error(`$ref "${value.$ref}" refers back to itself through other files`);
      seen.add(value);
      const d = set.deref(value, { source: from, pointer: '' });
      const out = d.problem ? { ...value } : copy(d.value, d.loc.source, depth + 1);
      seen.delete(value);
      return out;
    }
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) setOwn(out, k, copy(v, from, depth + 1));
    return out;
  };
  return copy(source.root, source, 0) as Record<string, unknown>;
}

export interface StackValues {
  /** The account ids written in the definition's ARNs that are the stack's own. */
  account?: string;
}

function sub(text: string): { 'Fn::Sub': string } {
  return { 'Fn::Sub': text };
}

/** `arn:aws:…:us-east-1:123456789012:…` → the stack's partition, region and account. */
function genericArn(arn: string, values: StackValues): string {
  const m = /^arn:aws[\w-]*:([\w-]+):([a-z0-9-]*):(\d{12}|\*)?:(.*)$/.exec(arn);
  if (!m) return escapeForSub(arn);
  const [, service, region, account, rest] = m;
  const acct = account && account === values.account ? '${AWS::AccountId}' : account ?? '';
  return `arn:\${AWS::Partition}:${service}:${region ? '${AWS::Region}' : ''}:${acct}:${escapeForSub(rest!)}`;
}

/**
 * Rewrite the values that name the stack's own resources: Lambda URIs (functions mapped with
 * --lambda or turned into Parameters), AWS service URIs, credentials and Cognito pool ARNs.
 * API Gateway's own `${…}` expressions in those strings are escaped for Fn::Sub.
 */
export function rewriteValues(body: Record<string, unknown>, targets: LambdaTargets, values: StackValues, notes: string[]): void {
  const rewriteUri = (uri: string): unknown => {
    const fn = functionInUri(uri);
    if (fn !== undefined) {
      const t = targets.target(fn);
      if (t.stageVariable) {
        notes.push(`${uri} names its function through a stage variable: add the Lambda permission for each function it can name by hand`);
        return uri;
      }
      const streaming = /response-streaming-invocations$/.test(uri);
      const version = /\/(\d{4}-\d{2}-\d{2})\/functions\//.exec(uri)?.[1];
      if (!version) return sub(t.ref);
      return sub(`arn:\${AWS::Partition}:apigateway:\${AWS::Region}:lambda:path/${version}/functions/${t.ref}/${streaming ? 'response-streaming-invocations' : 'invocations'}`);
    }
    const service = /^arn:aws[\w-]*:apigateway:[a-z0-9-]+:(.+)$/.exec(uri);
    if (service) {
      const rest = service[1]!.replace(/(^|\/)(\d{12})(?=\/)/g, (all, pre: string, acct: string) => (acct === values.account ? `${pre}\${AWS::AccountId}` : all));
      return sub(`arn:\${AWS::Partition}:apigateway:\${AWS::Region}:${rest.includes('${AWS::AccountId}') ? rest.split('${AWS::AccountId}').map(escapeForSub).join('${AWS::AccountId}') : escapeForSub(rest)}`);
    }
    return uri;
  };
  const visit = (node: unknown, depth: number): void => {
    if (depth > 200 || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      node.forEach((v) => visit(v, depth + 1));
      return;
    }
    const obj = node as Record<string, unknown>;
    for (const [k, v] of Object.entries(obj)) {
      if ((k === 'uri' || k === 'authorizerUri') && typeof v === 'string' && /^arn:/.test(v)) obj[k] = rewriteUri(v);
      else if ((k === 'credentials' || k === 'authorizerCredentials') && typeof v === 'string' && /^arn:aws[\w-]*:iam::\d{12}:/.test(v)) obj[k] = sub(genericArn(v, values));
      else if (k === 'providerARNs' && Array.isArray(v)) obj[k] = v.map((a) => (typeof a === 'string' && /^arn:aws[\w-]*:cognito-idp:/.test(a) ? sub(genericArn(a, values)) : a));
      else visit(v, depth + 1);
    }
  };
  visit(body, 0);
}

/** The account most ARNs in the definition name: taken to be the stack's own. */
export function mainAccount(body: unknown): string | undefined {
  const counts = new Map<string, number>();
  const visit = (v: unknown, depth: number) => {
    if (depth > 200) return;
    if (typeof v === 'string') for (const m of v.matchAll(/arn:aws[\w-]*:[\w-]+:[a-z0-9-]*:(\d{12}):/g)) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
    else if (Array.isArray(v)) v.forEach((x) => visit(x, depth + 1));
    else if (isObject(v)) Object.values(v).forEach((x) => visit(x, depth + 1));
  };
  visit(body, 0);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}
