import { isIntrinsicKey } from '../document/cfn-tags.js';

/*
 * ARN shapes API Gateway reads: partitions, regions and account ids
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html), and the text of a
 * value whose parts are known only at deployment: CloudFormation intrinsics
 * (`Fn::Sub`, `Fn::Join`, `Ref`, `Fn::GetAtt`) and `${…}` placeholders, stage variables included
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/aws-api-gateway-stage-variables-reference.html).
 */

/** `aws`, `aws-cn`, `aws-us-gov`, … */
export const PARTITION = 'aws(?:-[a-z]+)*';
/** `us-east-1`, `us-gov-west-1`, `cn-north-1`, … */
export const REGION = '[a-z]{2}(?:-[a-z]+)+-\\d';
export const ACCOUNT = '\\d{12}';

const OPEN = '\u0001';
const CLOSE = '\u0002';
/** One unknown part, once masked: the placeholder's index between two control characters. */
const MASK = /\u0001(\d+)\u0002/g;

/** A text with every part the document does not state replaced by a mark no real ARN contains. */
export interface UriShape {
  masked: string;
  /** `masked` or a slice of it, with the placeholders written back. */
  show(text: string): string;
}

/** A CloudFormation intrinsic function object: one key, `Ref`, `Condition` or `Fn::…`. */
function isIntrinsicObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && isIntrinsicKey(keys[0]!);
}

/** The stated text of a `Fn::Sub` or `Fn::Join` (intrinsic parts inside it become `${…}`); undefined otherwise. */
function statedText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (!isIntrinsicObject(value)) return undefined;
  const [fn, arg] = Object.entries(value)[0]!;
  if (fn === 'Fn::Sub') return typeof arg === 'string' ? arg : Array.isArray(arg) && typeof arg[0] === 'string' ? arg[0] : undefined;
  if (fn === 'Fn::Join' && Array.isArray(arg) && typeof arg[0] === 'string' && Array.isArray(arg[1])) {
    return arg[1].map((p) => statedText(p) ?? `\${${intrinsicName(p)}}`).join(arg[0]);
  }
  return undefined;
}

/** How a placeholder shows an intrinsic: `${Name}` for `Ref: Name`, `${Fn.Arn}` for `Fn::GetAtt: [Fn, Arn]`. */
export function intrinsicName(value: unknown): string {
  if (!isIntrinsicObject(value)) return '?';
  const [fn, arg] = Object.entries(value)[0]!;
  if (fn === 'Ref' && typeof arg === 'string') return arg;
  if (fn === 'Fn::GetAtt') return Array.isArray(arg) ? arg.join('.') : String(arg);
  return fn;
}

/** Undefined when nothing of the value's text is stated (a bare `Ref`, `Fn::GetAtt`, a number). */
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

/** A pattern for one part of a masked ARN (between `:` or `/`): as stated, or with an unknown in it. */
export const maskedPart = (known: string): string => `(?:${known}|[^:/]*${OPEN}[^:/]*)`;

/** An IAM role, or `arn:aws:iam::*:user/*` to call with the caller's credentials (https://docs.aws.amazon.com/apigateway/latest/api/API_Integration.html, `credentials`). */
export const IAM_ROLE_ARN = new RegExp(`^arn:${PARTITION}:iam::(\\d{12}|\\*):(role/.+|user/\\*)$`);
/** A Cognito user pool (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-authorizer.html, `providerARNs`). */
export const COGNITO_POOL_ARN = new RegExp(`^arn:${PARTITION}:cognito-idp:${REGION}:\\d{12}:userpool/${REGION}_[A-Za-z0-9]+$`);

/**
 * An AWS service integration uri: `arn:aws:apigateway:{region}:{subdomain.service|service}:path|action/{path|action}`
 * (https://docs.aws.amazon.com/apigateway/latest/api/API_Integration.html, `uri`).
 */
export const AWS_SERVICE_URI = new RegExp(`^arn:${PARTITION}:apigateway:${REGION}:([a-z0-9.-]+\\.)?[a-z0-9-]+:(path|action)/.+$`);

/** The service, the style and what follows `action/` or `path/` of an AWS service integration uri, read leniently (parts may be unknown). */
export function serviceOfUri(text: string): { service: string; style: 'action' | 'path'; rest: string } | undefined {
  const m = /^arn:[^:]+:apigateway:[^:]*:(?:[\w-]+\.)?([\w-]+):(action|path)\/(.+)$/.exec(text);
  return m ? { service: m[1]!, style: m[2] as 'action' | 'path', rest: m[3]! } : undefined;
}

/**
 * An execute-api ARN, what IAM policies and Lambda permissions name a method or route by:
 * `arn:{partition}:execute-api:{region}:{account}:{api-id}/{stage}/{METHOD}/{path}`
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/arn-format-reference.html).
 */
export function executeApiArn(parts: { partition: string; region: string; account: string; resource: string }): string {
  return `arn:${parts.partition}:execute-api:${parts.region}:${parts.account}:${parts.resource}`;
}

/**
 * The execute-api resource part of a SourceArn (ARN reference): stage `*`, path parameters and
 * greedy variables as `*`, ANY as `*`; an HTTP API `$default` route has no method segment.
 */
export function routeResource(apiRef: string, method: string, path: string, http: boolean): string {
  if (http && (path === '$default' || path === '/$default')) return `\${${apiRef}}/*/$default`;
  const verb = method === 'ANY' ? '*' : method;
  const segments = path.split('/').filter(Boolean).map((s) => (/^\{.+\}$/.test(s) ? '*' : s));
  return `\${${apiRef}}/*/${verb}/${segments.join('/')}`;
}

/** A SourceArn of a Lambda permission for `resource`, as CloudFormation `Fn::Sub` text. */
export function arnOf(resource: string): string {
  return executeApiArn({ partition: '${AWS::Partition}', region: '${AWS::Region}', account: '${AWS::AccountId}', resource });
}
