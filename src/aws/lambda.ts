import { ACCOUNT, maskedPart, PARTITION, REGION, uriShape } from './arn.js';

/*
 * Lambda integration uris. A REST API calls a function through
 * `arn:aws:apigateway:{region}:lambda:path/2015-03-31/functions/{function ARN}/invocations`, or
 * `…/2021-11-15/functions/{function ARN}/response-streaming-invocations` to stream the response
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration.html,
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/response-transfer-mode-lambda.html);
 * an HTTP API also takes the function ARN itself
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html).
 * Every pattern here reads a masked text (`uriShape`): a part known only at deployment
 * (`${AWS::Region}`, `${Fn.Arn}`, `${stageVariables.fn}`) stands for any value of that part.
 */

const MASKED_PARTITION = maskedPart(PARTITION);
const MASKED_REGION = maskedPart(REGION);
const MASKED_ACCOUNT = maskedPart(ACCOUNT);

/** `arn:aws:apigateway:<region>:lambda:path/…`, the prefix every Lambda integration uri of a REST API has. */
export const LAMBDA_PATH_PREFIX = /^arn:[^:]+:apigateway:[^:]*:lambda:path\//;
/** Addressed to Lambda through API Gateway, well formed or not: where the Lambda uri rules, not the service uri rule, judge it. */
export const LAMBDA_APIGATEWAY_PREFIX = /^arn:[^:]*:apigateway:[^:]*:lambda:/;
/** A Lambda ARN of any resource type (`arn:aws:lambda:…`). */
export const LAMBDA_ARN_PREFIX = /^arn:[^:]+:lambda:/;
/** The integration's region (group 1) and the function's (group 2) in a Lambda path uri of any version. */
export const LAMBDA_URI_REGIONS = /^arn:[^:]+:apigateway:([^:]+):lambda:path\/[^/]+\/functions\/arn:[^:]+:lambda:([^:]+):/;
/** Lambda invocation uri, standard or response-streaming; the function ARN is group 1 or 2. */
export const LAMBDA_INVOCATION = new RegExp(
  `^arn:${MASKED_PARTITION}:apigateway:${MASKED_REGION}:lambda:path/(?:2015-03-31/functions/(.+)/invocations|2021-11-15/functions/(.+)/response-streaming-invocations)$`,
);
/**
 * `arn:aws:lambda:us-east-1:123456789012:function:name(:alias|:version)?`, or one unknown standing
 * for it (and an alias) (https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html, `FunctionName`).
 */
export const FUNCTION_ARN = new RegExp(
  `^(?:${maskedPart('(?!)')}|arn:${MASKED_PARTITION}:lambda:${MASKED_REGION}:${MASKED_ACCOUNT}:function:${maskedPart('[A-Za-z0-9_-]{1,64}')})(?::${maskedPart('[A-Za-z0-9_$-]+')})?$`,
);
/** A function ARN written where an invocation uri would be; the region is group 1. */
export const BARE_FUNCTION_ARN = new RegExp(`^arn:[^:]+:lambda:([^:]*):${MASKED_ACCOUNT}:function:`);

const LITERAL_FUNCTION_ARN = new RegExp(`^arn:(${PARTITION}):lambda:(${REGION}):(${ACCOUNT}):function:([A-Za-z0-9_-]{1,64})(?::([A-Za-z0-9_$-]+))?$`);

/** The parts of a function ARN every part of which is stated; the qualifier is an alias or a version. */
export function parseFunctionArn(text: string): { partition: string; region: string; account: string; name: string; qualifier?: string } | undefined {
  const m = LITERAL_FUNCTION_ARN.exec(text);
  if (!m) return undefined;
  return { partition: m[1]!, region: m[2]!, account: m[3]!, name: m[4]!, ...(m[5] === undefined ? {} : { qualifier: m[5] }) };
}

/** Whether a masked uri names a Lambda function: an invocation path, or a function ARN (HTTP APIs). */
export function isLambdaUri(masked: string): boolean {
  return LAMBDA_PATH_PREFIX.test(masked) || BARE_FUNCTION_ARN.test(masked);
}

/** Whether an integration `uri` value (a string or an intrinsic) names a Lambda function in a shape this module reads. */
export function isLambdaUriValue(value: unknown): boolean {
  const shape = uriShape(value);
  return shape !== undefined && isLambdaUri(shape.masked);
}

/** The function name in a uri or function ARN whose parts are all resolved (`…:function:NAME`, before any alias). */
export function functionNameIn(text: string): string | undefined {
  return /:function:([^:/]+)/.exec(text)?.[1];
}

export interface LambdaInvocation {
  /** The function ARN as written (placeholders kept). */
  functionArn: string;
  /** `2015-03-31` (buffered) or `2021-11-15` (response streaming). */
  version: '2015-03-31' | '2021-11-15';
  streaming: boolean;
}

/** The parts of a Lambda invocation uri (a string or an `Fn::Sub`); undefined for any other shape. */
export function parseLambdaInvocation(value: unknown): LambdaInvocation | undefined {
  const shape = uriShape(value);
  const m = shape && LAMBDA_INVOCATION.exec(shape.masked);
  if (!shape || !m) return undefined;
  const streaming = m[2] !== undefined;
  return { functionArn: shape.show(m[1] ?? m[2]!), version: streaming ? '2021-11-15' : '2015-03-31', streaming };
}
