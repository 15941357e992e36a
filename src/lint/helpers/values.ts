import { textOf } from '../../document/own.js';
import { intrinsicObjects } from '../../document/cfn-tags.js';
import { isObject } from '../../model/detect.js';

/** A CloudFormation intrinsic function object (`{Ref: X}`, `{"Fn::Sub": …}`, `{Condition: …}`). */
export function isIntrinsic(value: unknown): boolean {
  return value !== null && typeof value === 'object' && intrinsicObjects.has(value);
}

const PLACEHOLDER = /\$\{[^}]*\}/;

export function hasPlaceholder(value: string): boolean {
  return PLACEHOLDER.test(value);
}

/**
 * A value the document does not state: an intrinsic or a string with `${…}` (CloudFormation
 * `Fn::Sub`, Terraform templates, import variables, stage variables). Value checks skip these.
 */
export function isUnknownValue(value: unknown): boolean {
  return isIntrinsic(value) || (typeof value === 'string' && hasPlaceholder(value));
}

/** The string, when the value is a string the document actually states. */
export function knownString(value: unknown): string | undefined {
  return typeof value === 'string' && !hasPlaceholder(value) ? value : undefined;
}

export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `"${value.length > 60 ? value.slice(0, 57) + '...' : value}"`;
  return String(value);
}

export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

export { isObject };

/** A whole number written as a number or a numeric string; undefined otherwise. */
export function asInteger(value: unknown): number | undefined {
  const n = typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) ? n : undefined;
}

/** A payload format version as API Gateway reads it: `1.0` written as a number or a string. */
export function versionText(value: unknown): string {
  return typeof value === 'number' ? value.toFixed(1) : textOf(value);
}
