import { isObject } from '../../spec/detect.js';

/** `${…}` that API Gateway itself reads (stage variables, HTTP API mappings), escaped for Fn::Sub as `${!…}`. */
export function escapeForSub(text: string): string {
  // CloudFormation pseudo parameters mean the same inside Fn::Sub as API Gateway's import variables.
  return text.replace(/\$\{(?!!)(?!AWS::(?:Region|AccountId|Partition|URLSuffix)\})([^}]*)\}/g, '${!$1}');
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
