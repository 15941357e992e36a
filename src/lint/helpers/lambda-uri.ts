import { isIntrinsic } from './values.js';

/**
 * Lambda integration URIs whose parts the document does not state. A definition kept for
 * CloudFormation or Terraform writes `arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Fn.Arn}/invocations`:
 * the placeholders are unknown values, but the shape around them is known, so it is still a
 * Lambda integration and the Lambda rules apply to what is stated.
 */

const OPEN = '\u0001';
const CLOSE = '\u0002';
/** One unknown part, once masked: the placeholder's index between two control characters. */
const MASK = /\u0001(\d+)\u0002/g;

/** A uri's text with every part the document does not state replaced by a mark no real uri contains. */
export interface UriShape {
  masked: string;
  /** `masked` or a slice of it, with the placeholders written back. */
  show(text: string): string;
}

/** The stated text of a `Fn::Sub` or `Fn::Join` (intrinsic parts inside it become `${…}`); undefined otherwise. */
function statedText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (!isIntrinsic(value)) return undefined;
  const [fn, arg] = Object.entries(value as Record<string, unknown>)[0]!;
  if (fn === 'Fn::Sub') return typeof arg === 'string' ? arg : Array.isArray(arg) && typeof arg[0] === 'string' ? arg[0] : undefined;
  if (fn === 'Fn::Join' && Array.isArray(arg) && typeof arg[0] === 'string' && Array.isArray(arg[1])) {
    return arg[1].map((p) => statedText(p) ?? `\${${intrinsicName(p)}}`).join(arg[0]);
  }
  return undefined;
}

/** How a placeholder shows an intrinsic: `${Name}` for `Ref: Name`, `${Fn.Arn}` for `Fn::GetAtt: [Fn, Arn]`. */
function intrinsicName(value: unknown): string {
  if (!isIntrinsic(value)) return '?';
  const [fn, arg] = Object.entries(value as Record<string, unknown>)[0]!;
  if (fn === 'Ref' && typeof arg === 'string') return arg;
  if (fn === 'Fn::GetAtt') return Array.isArray(arg) ? arg.join('.') : String(arg);
  return fn;
}

/** Undefined when nothing of the uri's text is stated (a bare `Ref`, `Fn::GetAtt`, a number). */
export function uriShape(value: unknown): UriShape | undefined {
  const text = statedText(value);
  if (text === undefined) return undefined;
  const parts: string[] = [];
  const masked = text.replace(/\$\{[^}]*\}/g, (p) => `${OPEN}${parts.push(p) - 1}${CLOSE}`);
  return { masked, show: (s) => s.replace(MASK, (_, i: string) => parts[Number(i)]!) };
}

export function hasUnknown(masked: string): boolean {
  return masked.includes(OPEN);
}

/** A part of an ARN (between `:` or `/`): as stated, or with an unknown in it. */
const part = (known: string) => `(?:${known}|[^:/]*${OPEN}[^:/]*)`;
const PARTITION = part('aws(?:-[a-z]+)*');
const REGION = part('[a-z]{2}(?:-[a-z]+)+-\\d');
const ACCOUNT = part('\\d{12}');

/** `arn:aws:apigateway:<region>:lambda:path/…`, the prefix every Lambda integration uri of a REST API has. */
export const LAMBDA_PATH_PREFIX = /^arn:[^:]+:apigateway:[^:]*:lambda:path\//;
/** Lambda invocation URI, standard or response-streaming (integration extension `uri`); the function ARN is group 1 or 2. */
export const LAMBDA_INVOCATION = new RegExp(
  `^arn:${PARTITION}:apigateway:${REGION}:lambda:path/(?:2015-03-31/functions/(.+)/invocations|2021-11-15/functions/(.+)/response-streaming-invocations)$`,
);
/** `arn:aws:lambda:us-east-1:123456789012:function:name(:alias)?`, or one unknown standing for it (and an alias). */
export const FUNCTION_ARN = new RegExp(
  `^(?:[^:/]*${OPEN}[^:/]*|arn:${PARTITION}:lambda:${REGION}:${ACCOUNT}:function:${part('[A-Za-z0-9_-]{1,64}')})(?::${part('[A-Za-z0-9_$-]+')})?$`,
);
/** A bare function ARN written where an invocation URI belongs; the region is group 1. */
export const BARE_FUNCTION_ARN = new RegExp(`^arn:[^:]+:lambda:([^:]*):${ACCOUNT}:function:`);

/** Whether a masked uri is a Lambda integration uri: an invocation path, or a bare function ARN. */
export function isLambdaShape(masked: string): boolean {
  return LAMBDA_PATH_PREFIX.test(masked) || new RegExp(`:lambda:[^:]*:${ACCOUNT}:function:`).test(masked);
}
