import { serviceOfUri } from '../aws/arn.js';
import { isLambdaUriValue } from '../aws/lambda.js';
import { isObject } from '../model/detect.js';

/**
 * The text of a value that may be written with CloudFormation intrinsics or template
 * placeholders: an `Fn::Sub` string as written, `Fn::Join` parts joined, and every part whose
 * value is not known until deployment (`Ref`, `Fn::GetAtt`, …) as `${?}`.
 */
export function valueText(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (!isObject(v)) return undefined;
  const keys = Object.keys(v);
  if (keys.length !== 1) return undefined;
  const [k] = keys as [string];
  const inner = v[k];
  if (k === 'Fn::Sub') return typeof inner === 'string' ? inner : Array.isArray(inner) && typeof inner[0] === 'string' ? inner[0] : '${?}';
  if (k === 'Fn::Join' && Array.isArray(inner) && typeof inner[0] === 'string' && Array.isArray(inner[1])) {
    return inner[1].map((p) => (typeof p === 'string' ? p : valueText(p) ?? '${?}')).join(inner[0]);
  }
  if (k === 'Ref' || k.startsWith('Fn::')) return '${?}';
  return undefined;
}

export interface UriKind {
  /** `unknown`: the whole uri is a value not known until deployment. */
  kind: 'lambda' | 'service' | 'unknown' | 'other';
  service?: string;
  style?: 'action' | 'path';
  /** What follows `action/` or `path/`. */
  rest?: string;
}

/** What an integration uri names, reading through intrinsics and `${…}` placeholders (their values only are unknown). */
export function classifyUri(v: unknown): UriKind {
  const text = valueText(v);
  if (text === undefined) return { kind: v === undefined ? 'other' : 'unknown' };
  // A placeholder stands for a value without colons or slashes of its own that matter here.
  const flat = text.replace(/\$\{[^}]*\}/g, 'X');
  if (/^\s*X\s*$/.test(flat)) return { kind: 'unknown' };
  if (isLambdaUriValue(v)) return { kind: 'lambda' };
  const service = serviceOfUri(flat);
  return service ? { kind: 'service', ...service } : { kind: 'other' };
}
