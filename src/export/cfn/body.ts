import { UserError } from '../../errors.js';
import { parseLambdaInvocation } from '../../aws/lambda.js';
import { setOwn } from '../../document/own.js';
import { isObject } from '../../model/detect.js';
import { joinPointer, parsePointer } from '../../document/pointer.js';
import { isRefObject, type Loc, type SourceSet } from '../../document/refs.js';
import type { Source } from '../../document/source.js';
import { functionInUri, type LambdaTargets } from './functions.js';
import { escapeForSub } from './values.js';

/**
 * How deep the definition may nest once its references to other files are inlined: each file
 * may nest as deep as lint accepts (`MAX_DEPTH`), and a few may stack up.
 */
export const MAX_BUNDLE_DEPTH = 1000;
/** Nodes a bundle may copy per node read from the files (and at least the floor) before it is refused. */
const BUNDLE_BUDGET_FACTOR = 20;
const BUNDLE_BUDGET_FLOOR = 1_000_000;

function bundleBudget(set: SourceSet): number {
  let nodes = 0;
  for (const s of set.sources) nodes += s.positions.nodeCount;
  return Math.max(BUNDLE_BUDGET_FLOOR, nodes * BUNDLE_BUDGET_FACTOR);
}

/** A problem with the `$ref` (or node) at `at`, as a one-line error naming its file, line and column. */
function errorAt(at: Loc, message: string): UserError {
  const { range } = at.source.locate(at.pointer, 'key');
  return new UserError(message, { file: at.source.displayPath(), line: range.start.line, column: range.start.column });
}

/**
 * The definition as the stack's `Body`: references to other files inlined (CloudFormation
 * reads one document), local ones kept for API Gateway to resolve, and a reference to the
 * definition's own file made local. A `$ref` the reference root does not allow is refused:
 * nothing from outside it is ever written.
 */
export function bundleBody(set: SourceSet, source: Source, options: { share?: boolean } = {}): Record<string, unknown> {
  // With `share`, a subtree in which nothing changes is the source's own object, not a copy:
  // the caller must copy what it modifies (convert http does, level by level).
  const share = options.share === true;
  const inProgress = new Set<unknown>();
  const base = set.rootBase;
  let copied = 0;
  let budget = bundleBudget(set);
  // Where the walk is in the file it reads, as pointer tokens: for messages only.
  let tokens: string[] = [];
  const here = (from: Source): Loc => ({ source: from, pointer: joinPointer('', ...tokens) });
  const copy = (value: unknown, from: Source, depth: number): unknown => {
    if (++copied > budget && copied > (budget = bundleBudget(set))) {
      throw errorAt(here(from), 'the definition expands to too many nodes once its $refs to other files are inlined (repeated YAML aliases or $refs?)');
    }
    if (depth > MAX_BUNDLE_DEPTH) throw errorAt(here(from), `the definition nests deeper than ${MAX_BUNDLE_DEPTH} levels once its $refs to other files are inlined`);
    if (Array.isArray(value)) {
      let out: unknown[] | undefined;
      for (let i = 0; i < value.length; i++) {
        tokens.push(String(i));
        const v = copy(value[i], from, depth + 1);
        tokens.pop();
        if (out) out[i] = v;
        else if (!share || v !== value[i]) {
          out = new Array<unknown>(value.length);
          for (let j = 0; j < i; j++) out[j] = value[j];
          out[i] = v;
        }
      }
      return out ?? (share ? value : []);
    }
    if (!isObject(value)) return value;
    const ref = isRefObject(value) ? value.$ref : undefined;
    if (ref !== undefined && !ref.startsWith('#') && ref !== '') return inline(value as { $ref: string }, from, depth);
    const keys = Object.keys(value);
    let out: Record<string, unknown> | undefined;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!;
      tokens.push(k);
      const v = copy(value[k], from, depth + 1);
      tokens.pop();
      if (out) setOwn(out, k, v);
      else if (!share || v !== value[k]) {
        out = {};
        for (let j = 0; j < i; j++) setOwn(out, keys[j]!, value[keys[j]!]);
        setOwn(out, k, v);
      }
    }
    return out ?? (share ? value : {});
  };
  const inline = (value: { $ref: string }, from: Source, depth: number): unknown => {
    const at = here(from);
    if (inProgress.has(value)) throw errorAt(at, `$ref "${value.$ref}" refers back to itself through other files`);
    const d = set.deref(value, at);
    if (d.problem?.kind === 'refused') throw errorAt({ source: d.problem.at.source, pointer: joinPointer(d.problem.at.pointer, '$ref') }, d.problem.message);
    if (d.problem) return { ...value };
    // Into the definition's own file: a local reference, when it points inside the definition.
    if (d.loc.source === set.root && (d.loc.pointer === base || d.loc.pointer.startsWith(`${base}/`))) {
      return { $ref: `#${d.loc.pointer.slice(base.length)}` };
    }
    inProgress.add(value);
    const saved = tokens;
    tokens = parsePointer(d.loc.pointer);
    const out = copy(d.value, d.loc.source, depth + 1);
    tokens = saved;
    inProgress.delete(value);
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
      const invocation = parseLambdaInvocation(uri);
      if (!invocation) return sub(t.ref);
      return sub(`arn:\${AWS::Partition}:apigateway:\${AWS::Region}:lambda:path/${invocation.version}/functions/${t.ref}/${invocation.streaming ? 'response-streaming-invocations' : 'invocations'}`);
    }
    const service = /^arn:aws[\w-]*:apigateway:[a-z0-9-]+:(.+)$/.exec(uri);
    if (service) {
      const rest = service[1]!.replace(/(^|\/)(\d{12})(?=\/)/g, (all, pre: string, acct: string) => (acct === values.account ? `${pre}\${AWS::AccountId}` : all));
      return sub(`arn:\${AWS::Partition}:apigateway:\${AWS::Region}:${rest.includes('${AWS::AccountId}') ? rest.split('${AWS::AccountId}').map((x) => escapeForSub(x)).join('${AWS::AccountId}') : escapeForSub(rest)}`);
    }
    return uri;
  };
  const visit = (node: unknown, depth: number): void => {
    if (depth > MAX_BUNDLE_DEPTH || node === null || typeof node !== 'object') return;
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
    if (depth > MAX_BUNDLE_DEPTH) return;
    if (typeof v === 'string') for (const m of v.matchAll(/arn:aws[\w-]*:[\w-]+:[a-z0-9-]*:(\d{12}):/g)) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
    else if (Array.isArray(v)) v.forEach((x) => visit(x, depth + 1));
    else if (isObject(v)) Object.values(v).forEach((x) => visit(x, depth + 1));
  };
  visit(body, 0);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}
