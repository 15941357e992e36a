import { isObject } from '../../model/detect.js';

/** CloudFormation pseudo parameters that mean the same inside Fn::Sub as API Gateway's import variables. */
export const SUB_PSEUDO_NAME = /^AWS::(?:Region|AccountId|Partition|URLSuffix)$/;

/**
 * `${…}` that API Gateway itself reads: stage variables, HTTP API and integration variables
 * (`${request.path.id}`, `${context.requestId}`), import variables other than CloudFormation's
 * pseudo parameters (`${AWS::ApiId}`), and in mapping templates VTL's formal references.
 */
export function isGatewayVariable(name: string, vtl?: ReadonlySet<string>): boolean {
  if (/^(stageVariables|request|context|method|integration)\./.test(name)) return true;
  if (/^AWS::/.test(name)) return !SUB_PSEUDO_NAME.test(name);
  return vtl !== undefined && vtl.has(name.split(/[.([]/)[0]!);
}

/**
 * Text for an Fn::Sub string: what API Gateway reads (`${stageVariables.x}`, VTL in templates)
 * is escaped as `${!…}`; pseudo parameters and placeholders (`${lambda_uri}`) stay variables,
 * which the stack then declares as Parameters.
 */
export function escapeForSub(text: string, vtl?: ReadonlySet<string>): string {
  return text.replace(/\$\{(?!!)([^}]*)\}/g, (all, name: string) => (isGatewayVariable(name.trim(), vtl) ? `\${!${name}}` : all));
}

/** The names a mapping template's `${…}` can refer to as VTL: the builtins and what the template sets. */
export function vtlNames(template: string): Set<string> {
  const names = new Set(['input', 'util', 'context', 'stageVariables', 'method', 'foreach', 'velocityCount', 'velocityHasNext', 'integration']);
  for (const m of template.matchAll(/#(?:set|foreach)\s*\(\s*\$!?\{?([A-Za-z_][\w-]*)/g)) names.add(m[1]!);
  for (const m of template.matchAll(/#macro\s*\(\s*\w+((?:\s+\$[A-Za-z_]\w*)*)/g)) for (const p of m[1]!.matchAll(/\$([A-Za-z_]\w*)/g)) names.add(p[1]!);
  return names;
}

export function isIntrinsicObject(v: unknown): boolean {
  if (!isObject(v)) return false;
  const keys = Object.keys(v);
  return keys.length === 1 && (keys[0] === 'Ref' || keys[0]!.startsWith('Fn::'));
}

/** A logical id from free text: letters and digits, first letter upper-case. */
export function logicalName(text: string, fallback = 'Function'): string {
  const words = text.split(/[^A-Za-z0-9]+/).filter(Boolean);
  const name = words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
  const clean = name.replace(/^[0-9]+/, '');
  return (clean || fallback).slice(0, 200);
}

/** Canonical JSON: sorted keys, no whitespace; the deployment hash reads it. */
export function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return '[' + v.map(canonicalJson).join(',') + ']';
  if (isObject(v)) return '{' + Object.keys(v).sort().map((k) => JSON.stringify(k) + ':' + canonicalJson(v[k])).join(',') + '}';
  return JSON.stringify(v) ?? 'null';
}
