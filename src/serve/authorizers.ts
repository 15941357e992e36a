import { createLocalJWKSet, decodeJwt, decodeProtectedHeader, type JSONWebKeySet, type JWTPayload, jwtVerify } from 'jose';
import { javaMatches } from '../aws/java-regex.js';
import { isObject } from '../model/detect.js';
import type { ApiModel, AuthorizerNode, OperationNode } from '../model/model.js';
import { lambdaFunctionName } from './integrations.js';
import type { LambdaInvoker } from './lambda-invoke.js';
import { eventV1, eventV2, type ProxyRoute } from './lambda-proxy.js';
import { type ClientRequest, queryPairs, type RequestInfo } from './request.js';

/** What an authorizer made of a request. */
export type AuthOutcome =
  | { kind: 'allow'; authorizer: Record<string, unknown> }
  | { kind: 'refuse'; reason: AuthRefusal; note: string; wwwAuthenticate?: string };

/**
 * `unauthorized`: 401 (no identity, a token that does not verify, a Lambda authorizer that raised
 * "Unauthorized"); `explicit-deny` / `implicit-deny`: the policy's verdict on a REST API (403);
 * `forbidden`: an HTTP API's 403; `configuration`: the authorizer failed or answered nonsense (500).
 */
export type AuthRefusal = 'unauthorized' | 'explicit-deny' | 'implicit-deny' | 'forbidden' | 'configuration';

export interface AuthorizerOptions {
  /** Function name or logical id → its invoker (the same `--lambda` map integrations use). */
  invokers: Map<string, LambdaInvoker>;
  stageVariables: Record<string, string>;
  /** `--jwks`: the keys JWT and Cognito user pool authorizers verify signatures with; without it tokens are only decoded. */
  jwks?: JSONWebKeySet;
}

type Kind = 'token' | 'request' | 'jwt' | 'cognito';

interface MethodAuthorizer {
  name: string;
  kind: Kind;
  value: Record<string, unknown>;
  /** Identity source expressions, in order. */
  sources: string[];
  functionName?: string;
  region: string;
  ttlSeconds: number;
  /** The method's or route's authorization scopes. */
  scopes: string[];
  openIdConnectUrl?: unknown;
}

const MAX_CACHED = 10_000;

interface CacheEntry {
  expires: number;
  result: unknown;
}

/**
 * The Lambda, JWT and Cognito user pool authorizers of an API's methods, run as API Gateway runs
 * them before the integration: identity sources checked first (a missing one is 401 without a
 * call), the Lambda function's policy evaluated against the method ARN, results cached by identity
 * source values for the authorizer's TTL, tokens verified against `--jwks`.
 */
export class Authorizers {
  private readonly byOperation = new Map<OperationNode, MethodAuthorizer>();
  private readonly problems = new Map<OperationNode, string>();
  private readonly cache = new Map<string, CacheEntry>();
  private readonly jwks?: ReturnType<typeof createLocalJWKSet>;
  /** Routes whose JWT or Cognito tokens are decoded but not verified (no `--jwks`). */
  readonly decodeOnly: string[] = [];

  constructor(private readonly model: ApiModel, private readonly options: AuthorizerOptions) {
    if (options.jwks) this.jwks = createLocalJWKSet(options.jwks);
    for (const op of model.operations) {
      const found = this.methodAuthorizer(op);
      if (!found) continue;
      if (typeof found === 'string') this.problems.set(op, found);
      else {
        this.byOperation.set(op, found);
        if ((found.kind === 'jwt' || found.kind === 'cognito') && !options.jwks) this.decodeOnly.push(op.label);
      }
    }
  }

  /** Why the method's authorizer cannot run here, when it cannot. */
  problem(op: OperationNode): string | undefined {
    return this.problems.get(op);
  }

  has(op: OperationNode): boolean {
    return this.byOperation.has(op);
  }

  private methodAuthorizer(op: OperationNode): MethodAuthorizer | string | undefined {
    const security = 'security' in op.value ? op.value.security : this.model.doc.security;
    if (!Array.isArray(security)) return undefined;
    for (const requirement of security) {
      if (!isObject(requirement)) continue;
      for (const [name, scopes] of Object.entries(requirement)) {
        const scheme = this.model.securitySchemes.get(name);
        // SAM turns Auth.Authorizers into security schemes at deployment; serving without them would let every request in.
        if (!scheme && this.model.sam?.schemes.has(name)) return `authorizer ${name} is defined in the SAM resource's Auth.Authorizers, which serve does not read yet`;
        const node = scheme?.authorizer;
        // IAM authorization: a request would need a SigV4 signature checked against IAM policies
        // (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-authtype.html).
        if (!node && String(scheme?.value['x-amazon-apigateway-authtype'] ?? '').toLowerCase() === 'awssigv4') return `IAM authorization (scheme ${name}, awsSigv4) is not emulated`;
        if (!node) continue;
        return this.describe(node, Array.isArray(scopes) ? scopes.map(String) : []);
      }
    }
    return undefined;
  }

  private describe(node: AuthorizerNode, scopes: string[]): MethodAuthorizer | string {
    const v = node.value;
    const isHttp = this.model.apiType === 'http';
    const type = node.type ?? '';
    const kind: Kind | undefined = type === 'token' && !isHttp ? 'token' : type === 'request' ? 'request' : type === 'jwt' && isHttp ? 'jwt' : type === 'cognito_user_pools' && !isHttp ? 'cognito' : undefined;
    if (!kind) return `authorizer ${node.name} of type ${JSON.stringify(v.type)} is not emulated`;
    const headerName = typeof node.scheme.value.name === 'string' ? node.scheme.value.name : 'Authorization';
    const sources = identitySourceList(v.identitySource) ?? (kind === 'token' || kind === 'cognito' ? [`method.request.header.${headerName}`] : kind === 'jwt' ? ['$request.header.Authorization'] : []);
    // REST authorizers cache for 300 s unless told otherwise
    // (https://docs.aws.amazon.com/apigateway/latest/api/API_Authorizer.html, authorizerResultTtlInSeconds);
    // an HTTP API caches only when given a TTL (http-api-lambda-authorizer.html#http-api-lambda-authorizer.caching).
    const ttl = Number(v.authorizerResultTtlInSeconds ?? (isHttp ? 0 : 300));
    const uri = v.authorizerUri;
    const region = (typeof uri === 'string' && /^arn:[^:]+:apigateway:([^:]+):/.exec(uri)?.[1]) || 'us-east-1';
    const out: MethodAuthorizer = { name: node.name, kind, value: v, sources, region, ttlSeconds: Number.isFinite(ttl) && ttl > 0 ? ttl : 0, scopes, openIdConnectUrl: node.scheme.value.openIdConnectUrl };
    if (kind === 'token' || kind === 'request') {
      const functionName = lambdaFunctionName(uri, this.options.stageVariables);
      if (!functionName) return `the Lambda function of authorizer ${node.name} is not named in its authorizerUri`;
      if (!this.options.invokers.has(functionName)) return `no --lambda given for function ${functionName} (authorizer ${node.name})`;
      out.functionName = functionName;
    }
    return out;
  }

  async authorize(op: OperationNode, req: ClientRequest, info: RequestInfo, route: ProxyRoute): Promise<AuthOutcome> {
    const auth = this.byOperation.get(op);
    if (!auth) return { kind: 'allow', authorizer: {} };
    const values: string[] = [];
    for (const source of auth.sources) {
      const value = this.identityValue(source, req, info, route);
      // A missing, null or empty identity source: 401 without calling the authorizer
      // (https://repost.aws/knowledge-center/api-gateway-401-error-lambda-authorizer).
      if (value === undefined || value === '') return { kind: 'refuse', reason: 'unauthorized', note: `authorizer ${auth.name}: no value for identity source ${source}` };
      values.push(value);
    }
    if (auth.kind === 'jwt') return this.verifyJwt(auth, values[0]!);
    if (auth.kind === 'cognito') return this.verifyCognito(auth, values[0]!);
    return this.runLambda(auth, req, info, route, values);
  }

  private identityValue(source: string, req: ClientRequest, info: RequestInfo, route: ProxyRoute): string | undefined {
    const m = /^(?:method\.request\.|\$request\.)(header|querystring|path)\.(.+)$/.exec(source);
    if (m) {
      if (m[1] === 'header') {
        const lower = m[2]!.toLowerCase();
        const all = req.headers.filter(([k]) => k.toLowerCase() === lower).map(([, v]) => v);
        return all.length ? (this.model.apiType === 'http' ? all.join(',') : all.at(-1)) : undefined;
      }
      if (m[1] === 'path') return route.pathParameters[m[2]!];
      const all = queryPairs(req.rawQueryString).filter(([k]) => k === m[2]).map(([, v]) => v);
      return all.length ? (this.model.apiType === 'http' ? all.join(',') : all.at(-1)) : undefined;
    }
    const stage = /^\$?stageVariables\.(.+)$/.exec(source);
    if (stage) return this.options.stageVariables[stage[1]!];
    const context = /^\$?context\.(.+)$/.exec(source);
    if (context) {
      const known: Record<string, string> = {
        routeKey: route.routeKey, httpMethod: req.method, stage: info.stage, resourcePath: route.resourcePath, path: route.path,
        requestId: info.requestId, apiId: info.apiId, accountId: info.accountId, domainName: info.domainName, 'identity.sourceIp': req.sourceIp,
      };
      return known[context[1]!];
    }
    return undefined;
  }

  /** `arn:aws:execute-api:{region}:{account}:{apiId}/{stage}/{METHOD}/{path}` of this request. */
  private methodArn(auth: MethodAuthorizer, req: ClientRequest, info: RequestInfo, route: ProxyRoute): string {
    return `arn:aws:execute-api:${auth.region}:${info.accountId}:${info.apiId}/${info.stage}/${req.method}/${route.path.replace(/^\//, '')}`;
  }

  private async runLambda(auth: MethodAuthorizer, req: ClientRequest, info: RequestInfo, route: ProxyRoute, values: string[]): Promise<AuthOutcome> {
    const isHttp = this.model.apiType === 'http';
    const arn = this.methodArn(auth, req, info, route);
    const fn = auth.functionName!;
    if (auth.kind === 'token') {
      const pattern = auth.value.identityValidationExpression;
      // A token the validation expression does not match is refused with 401 before the function is called
      // (https://repost.aws/knowledge-center/api-gateway-401-error-lambda-authorizer).
      if (typeof pattern === 'string' && pattern !== '' && !safeMatches(values[0]!, pattern)) {
        return { kind: 'refuse', reason: 'unauthorized', note: `authorizer ${auth.name}: the token does not match identityValidationExpression ${pattern}` };
      }
    }
    const key = auth.ttlSeconds > 0 && values.length ? `${auth.name}\u0000${values.join('\u0001')}` : undefined;
    const cached = key ? this.cache.get(key) : undefined;
    let result: unknown;
    let latency = 0;
    if (cached && cached.expires > Date.now()) result = cached.result;
    else {
      const event = this.lambdaEvent(auth, req, info, route, values, arn);
      const started = Date.now();
      const outcome = await this.options.invokers.get(fn)!.invoke(event, { awsRequestId: info.requestId, functionName: fn });
      latency = Date.now() - started;
      if (outcome.kind === 'timeout') return { kind: 'refuse', reason: 'configuration', note: `authorizer ${auth.name}: function ${fn} did not answer in time` };
      if (outcome.kind === 'crash' || outcome.kind === 'unreachable') return { kind: 'refuse', reason: 'configuration', note: `authorizer ${auth.name}: function ${fn}: ${outcome.message}` };
      if (outcome.kind === 'error') {
        // Only the error message "Unauthorized" becomes a 401; any other error is an authorizer
        // configuration error, 500 (https://loige.co/debugging-custom-apigateway-authorizers/).
        if (!isHttp && outcome.errorMessage === 'Unauthorized') return { kind: 'refuse', reason: 'unauthorized', note: `authorizer ${auth.name}: function ${fn} raised Unauthorized` };
        return { kind: 'refuse', reason: 'configuration', note: `authorizer ${auth.name}: function ${fn} failed: ${outcome.errorType}: ${outcome.errorMessage}` };
      }
      result = outcome.value;
      if (key) {
        // Bounded like a cache, not a log: the oldest entry goes first.
        if (this.cache.size >= MAX_CACHED) this.cache.delete(this.cache.keys().next().value!);
        this.cache.set(key, { expires: Date.now() + auth.ttlSeconds * 1000, result });
      }
    }
    return isHttp ? this.httpVerdict(auth, result, arn) : this.restVerdict(auth, result, arn, latency);
  }

  private lambdaEvent(auth: MethodAuthorizer, req: ClientRequest, info: RequestInfo, route: ProxyRoute, values: string[], arn: string): Record<string, unknown> {
    // REST: https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-lambda-authorizer-input.html;
    // HTTP: https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-lambda-authorizer.html
    if (auth.kind === 'token') return { type: 'TOKEN', authorizationToken: values[0], methodArn: arn };
    const isHttp = this.model.apiType === 'http';
    const version = String(auth.value.authorizerPayloadFormatVersion ?? '2.0');
    if (isHttp && version === '2.0') {
      const { body: _b, isBase64Encoded: _i, version: _v, ...rest } = eventV2(req, info, route);
      return { version: '2.0', type: 'REQUEST', routeArn: arn, identitySource: values, ...rest };
    }
    const { body: _b, isBase64Encoded: _i, version: _v, ...rest } = eventV1(req, info, route);
    if (isHttp) return { version: '1.0', type: 'REQUEST', methodArn: arn, identitySource: values.join(','), authorizationToken: values.join(','), ...rest };
    return { type: 'REQUEST', methodArn: arn, ...rest };
  }

  private restVerdict(auth: MethodAuthorizer, result: unknown, arn: string, latency: number): AuthOutcome {
    const policy = readPolicy(result);
    if (typeof policy === 'string') return { kind: 'refuse', reason: 'configuration', note: `authorizer ${auth.name}: ${policy}` };
    // Context values reach $context.authorizer stringified; an object or array is refused
    // (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-lambda-authorizer-output.html).
    const context: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(policy.context)) {
      if (v !== null && typeof v === 'object') return { kind: 'refuse', reason: 'configuration', note: `authorizer ${auth.name}: context.${k} is an object or array; only strings, numbers and booleans are allowed` };
      context[k] = v === null ? null : String(v);
    }
    const verdict = evaluatePolicy(policy.statements, arn);
    if (verdict === 'deny') return { kind: 'refuse', reason: 'explicit-deny', note: `authorizer ${auth.name}: the policy denies ${arn}` };
    if (verdict === 'none') return { kind: 'refuse', reason: 'implicit-deny', note: `authorizer ${auth.name}: no statement of the policy allows ${arn}` };
    return { kind: 'allow', authorizer: { ...context, principalId: policy.principalId, integrationLatency: latency } };
  }

  private httpVerdict(auth: MethodAuthorizer, result: unknown, arn: string): AuthOutcome {
    const simple = auth.value.enableSimpleResponses === true && String(auth.value.authorizerPayloadFormatVersion ?? '2.0') === '2.0';
    if (simple) {
      // {isAuthorized, context}: false is 403 Forbidden; anything else malformed is 500
      // (https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-lambda-authorizer.html).
      if (!isObject(result) || typeof result.isAuthorized !== 'boolean') return { kind: 'refuse', reason: 'configuration', note: `authorizer ${auth.name}: the simple response has no boolean isAuthorized` };
      if (!result.isAuthorized) return { kind: 'refuse', reason: 'forbidden', note: `authorizer ${auth.name}: isAuthorized is false` };
      return { kind: 'allow', authorizer: { lambda: isObject(result.context) ? result.context : null } };
    }
    const policy = readPolicy(result);
    if (typeof policy === 'string') return { kind: 'refuse', reason: 'configuration', note: `authorizer ${auth.name}: ${policy}` };
    const verdict = evaluatePolicy(policy.statements, arn);
    if (verdict !== 'allow') return { kind: 'refuse', reason: 'forbidden', note: `authorizer ${auth.name}: ${verdict === 'deny' ? 'the policy denies' : 'no statement of the policy allows'} ${arn}` };
    return { kind: 'allow', authorizer: { lambda: { ...policy.context, principalId: policy.principalId } } };
  }

  private async readToken(raw: string, algorithms: string[]): Promise<{ claims: JWTPayload } | string> {
    const token = raw.replace(/^Bearer\s+/i, '').trim();
    let header: ReturnType<typeof decodeProtectedHeader>;
    let claims: JWTPayload;
    try {
      header = decodeProtectedHeader(token);
      claims = decodeJwt(token);
    } catch {
      return 'the token is not a JWT';
    }
    if (!this.jwks) return { claims };
    if (!header.alg || !algorithms.includes(header.alg)) return `signing algorithm ${header.alg ?? '(none)'} is not accepted (${algorithms.join(', ')})`;
    if (!header.kid) return 'the token has no kid header';
    try {
      const verified = await jwtVerify(token, this.jwks, { algorithms });
      return { claims: verified.payload };
    } catch (err) {
      return `the token does not verify against --jwks: ${(err as Error).message}`;
    }
  }

  /**
   * HTTP API JWT authorizer: RSA signature against the issuer's keys, kid, iss, aud (client_id when
   * there is no aud), exp, nbf, then the route's scopes
   * (https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-jwt-authorizer.html).
   */
  private async verifyJwt(auth: MethodAuthorizer, raw: string): Promise<AuthOutcome> {
    const refuse = (why: string, description?: string): AuthOutcome => ({
      kind: 'refuse', reason: 'unauthorized', note: `authorizer ${auth.name}: ${why}`,
      // The one description AWS documents; other refusals carry the challenge without one
      // (https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-troubleshooting-jwt.html).
      wwwAuthenticate: `Bearer scope="" error="invalid_token"${description ? ` error_description="${description}"` : ''}`,
    });
    const read = await this.readToken(raw, ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512']);
    if (typeof read === 'string') return refuse(read);
    const claims = read.claims;
    const config = isObject(auth.value.jwtConfiguration) ? auth.value.jwtConfiguration : {};
    const issuer = typeof config.issuer === 'string' ? config.issuer : issuerFromDiscovery(auth);
    if (issuer !== undefined && claims.iss !== issuer) return refuse(`iss ${JSON.stringify(claims.iss)} is not ${issuer}`);
    const audiences = Array.isArray(config.audience) ? config.audience.map(String) : [];
    const aud = claims.aud !== undefined ? (Array.isArray(claims.aud) ? claims.aud : [claims.aud]) : claims.client_id !== undefined ? [String(claims.client_id)] : [];
    if (audiences.length && !aud.some((a) => audiences.includes(a))) return refuse(`neither aud nor client_id is one of ${audiences.join(', ')}`, 'the token does not have a valid audience');
    const time = timeProblem(claims);
    if (time) return refuse(time);
    const scopes = tokenScopes(claims);
    if (auth.scopes.length && !auth.scopes.some((s) => scopes.includes(s))) {
      return { kind: 'refuse', reason: 'forbidden', note: `authorizer ${auth.name}: the token has none of the scopes ${auth.scopes.join(', ')}` };
    }
    const shown: Record<string, string> = {};
    for (const [k, v] of Object.entries(claims)) shown[k] = Array.isArray(v) ? `[${v.join(' ')}]` : typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v);
    return { kind: 'allow', authorizer: { jwt: { claims: shown, scopes: scopes.length ? scopes : null } } };
  }

  /**
   * REST Cognito user pool authorizer: the token (with or without `Bearer `) must come from one of
   * the pools (iss), be unexpired, and be an ID token, or an access token with one of the method's
   * scopes when the method has some; anything else is 401
   * (https://repost.aws/knowledge-center/api-gateway-cognito-401-unauthorized).
   */
  private async verifyCognito(auth: MethodAuthorizer, raw: string): Promise<AuthOutcome> {
    const refuse = (why: string): AuthOutcome => ({ kind: 'refuse', reason: 'unauthorized', note: `authorizer ${auth.name}: ${why}` });
    const read = await this.readToken(raw, ['RS256']);
    if (typeof read === 'string') return refuse(read);
    const claims = read.claims;
    const arns = Array.isArray(auth.value.providerARNs) ? auth.value.providerARNs : [];
    const issuers = arns.filter((a): a is string => typeof a === 'string').map(poolIssuer).filter((i): i is string => i !== undefined);
    if (issuers.length === arns.length && issuers.length && !issuers.includes(String(claims.iss))) return refuse(`iss ${JSON.stringify(claims.iss)} is none of the user pools ${issuers.join(', ')}`);
    const time = timeProblem(claims);
    if (time) return refuse(time);
    if (auth.scopes.length) {
      const scopes = tokenScopes(claims);
      if (!auth.scopes.some((s) => scopes.includes(s))) return refuse(`the token has none of the method's scopes ${auth.scopes.join(', ')}`);
    } else if (claims.token_use !== 'id') return refuse('the method has no authorization scopes, so it takes an ID token (token_use id)');
    return { kind: 'allow', authorizer: { claims: cognitoClaims(claims) } };
  }
}

/**
 * An HTTP API's authorizer output as a payload 1.0 integration event carries it: a JWT
 * authorizer's `{claims, scopes}` at the top
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html),
 * a Lambda authorizer's context keys likewise.
 */
export function httpAuthorizerForV1(authorizer: Record<string, unknown>): Record<string, unknown> {
  if (isObject(authorizer.jwt)) return { claims: authorizer.jwt.claims ?? null, scopes: authorizer.jwt.scopes ?? null };
  if (isObject(authorizer.lambda)) return { ...authorizer.lambda };
  return authorizer;
}

function identitySourceList(value: unknown): string[] | undefined {
  if (Array.isArray(value)) return value.map(String).map((s) => s.trim()).filter(Boolean);
  if (typeof value !== 'string') return undefined;
  return value.split(',').map((s) => s.trim()).filter(Boolean);
}

function safeMatches(s: string, pattern: string): boolean {
  try {
    return javaMatches(s, pattern, { deadline: Date.now() + 1000 });
  } catch {
    return false;
  }
}

export interface Policy {
  principalId: string | null;
  statements: Record<string, unknown>[];
  context: Record<string, unknown>;
}

/** The authorizer's IAM policy output, or why it is not one. */
export function readPolicy(result: unknown): Policy | string {
  if (!isObject(result)) return 'the function did not return an object with a policyDocument';
  const doc = result.policyDocument;
  if (!isObject(doc)) return 'the output has no policyDocument';
  const raw = doc.Statement;
  const statements = Array.isArray(raw) ? raw : isObject(raw) ? [raw] : undefined;
  if (!statements || !statements.every(isObject)) return 'the policyDocument has no Statement list';
  if (result.context !== undefined && result.context !== null && !isObject(result.context)) return 'context is not an object';
  return { principalId: result.principalId === undefined || result.principalId === null ? null : String(result.principalId), statements: statements as Record<string, unknown>[], context: isObject(result.context) ? result.context : {} };
}

/** An IAM ARN pattern: `*` any run of characters, `?` one (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html). */
function wildcard(pattern: string): RegExp {
  return new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 's');
}

function listOf(v: unknown): string[] {
  return Array.isArray(v) ? v.map(String) : typeof v === 'string' ? [v] : [];
}

/** An explicit Deny wins over any Allow; no matching statement is an implicit deny. */
export function evaluatePolicy(statements: Record<string, unknown>[], arn: string): 'allow' | 'deny' | 'none' {
  let allowed = false;
  for (const statement of statements) {
    const actions = listOf(statement.Action);
    if (!actions.some((a) => wildcard(a.toLowerCase()).test('execute-api:invoke'))) continue;
    if (!listOf(statement.Resource).some((r) => wildcard(r).test(arn))) continue;
    const effect = String(statement.Effect ?? '');
    if (effect === 'Deny') return 'deny';
    if (effect === 'Allow') allowed = true;
  }
  return allowed ? 'allow' : 'none';
}

/** An `openIdConnect` scheme's issuer: its discovery URL without `/.well-known/openid-configuration` (api-gateway-swagger-extensions-authorizer.html). */
function issuerFromDiscovery(auth: MethodAuthorizer): string | undefined {
  const url = auth.openIdConnectUrl;
  return typeof url === 'string' ? url.replace(/\/\.well-known\/openid-configuration$/, '') : undefined;
}

/** `arn:aws:cognito-idp:{region}:{account}:userpool/{poolId}` → `https://cognito-idp.{region}.amazonaws.com/{poolId}`. */
function poolIssuer(arn: string): string | undefined {
  const m = /^arn:[^:]+:cognito-idp:([^:]+):[^:]*:userpool\/(.+)$/.exec(arn);
  return m ? `https://cognito-idp.${m[1]}.amazonaws.com/${m[2]}` : undefined;
}

function timeProblem(claims: JWTPayload): string | undefined {
  const now = Date.now() / 1000;
  if (typeof claims.exp === 'number' && claims.exp <= now) return 'the token has expired';
  if (typeof claims.nbf === 'number' && claims.nbf > now) return 'the token is not valid yet (nbf)';
  return undefined;
}

function tokenScopes(claims: JWTPayload): string[] {
  if (typeof claims.scope === 'string') return claims.scope.split(' ').filter(Boolean);
  if (Array.isArray(claims.scp)) return claims.scp.map(String);
  if (typeof claims.scp === 'string') return claims.scp.split(' ').filter(Boolean);
  return [];
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Java's `Date.toString()` in UTC: `Fri Jul 29 18:52:53 UTC 2016`. */
function javaDate(seconds: number): string {
  const d = new Date(seconds * 1000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} UTC ${d.getUTCFullYear()}`;
}

/**
 * Claims as a REST Cognito authorizer passes them on: every value a string, exp and iat as Java
 * dates (AWS output quoted in https://github.com/amazon-archives/amazon-cognito-identity-js/issues/92).
 */
function cognitoClaims(claims: JWTPayload): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(claims)) {
    if ((k === 'exp' || k === 'iat') && typeof v === 'number') out[k] = javaDate(v);
    else out[k] = Array.isArray(v) ? v.join(',') : typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v);
  }
  return out;
}
