import type { AccessLogEntry } from './access-log.js';

export type { AccessLogEntry } from './access-log.js';
import { MAX_PAYLOAD_BYTES, REST_DEFAULT_INTEGRATION_TIMEOUT_MS } from '../aws/limits.js';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { JSONWebKeySet } from 'jose';
import type { ApiModel, OperationNode } from '../model/model.js';
import type { JMap } from '../vtl/java.js';
import type { TemplateRequest } from '../vtl/variables.js';
import { forward, type HttpTarget, targetUrl } from './http-proxy.js';
import { apiKeyRequired, apiKeySource } from './api-keys.js';
import { type AuthOutcome, Authorizers, httpAuthorizerForV1 } from './authorizers.js';
import { GATEWAY_ERRORS, type GatewayError, GatewayResponses } from './gateway-responses.js';
import { classify, type IntegrationKind } from './integrations.js';
import { acceptsBinary, binaryMediaTypesOf, isBinaryMediaType, isHttpApiTextBody } from './binary.js';
import { corsConfigOf, preflight, withCorsHeaders } from './cors.js';
import { mapHttpApiRequest, mapHttpApiResponse } from './http-api-mapping.js';
import { mapProxyRequest, runHttpIntegration } from './http-integration.js';
import type { ResponseOutcome } from './integration-response.js';
import { runLambdaAws } from './lambda-aws.js';
import { answerV1, answerV2, eventV1, eventV2, type GatewayAnswer, type ProxyRoute } from './lambda-proxy.js';
import { createInvoker, type LambdaInvoker } from './lambda-invoke.js';
import { apiLimits } from './not-emulated.js';
import { type Listening, listenHttp, type RequestHandler, type UpgradeHandler } from './listen.js';
import { type DefinitionText, type LoadedApi, loadApi } from './load.js';
import { runMock } from './mock.js';
import { type ClientRequest, headerValue, queryPairs, type RequestInfo, requestInfo, restContextMap, restRequestContext, singleAndMulti } from './request.js';
import { Router } from './router.js';
import { RequestValidation } from './validate.js';
import { createWebSocketServer, type WebSocketLimits } from './websocket/server.js';

export interface ServeOptions {
  /** Resolves the definition file, `$ref`s and handler modules (default: the process's). */
  cwd?: string;
  apiType?: 'rest' | 'http' | 'websocket' | 'auto';
  /** In a CloudFormation template: the logical id of the API. */
  api?: string;
  /** `$context.stage` (default `local`). */
  stage?: string;
  stageVariables?: Record<string, string>;
  /** Function name or logical id → `./handler.mjs#export` (export defaults to `handler`) or the URL of a Lambda Invoke endpoint. */
  lambdas?: Record<string, string>;
  /** Lambda invocation timeout in milliseconds (default 29,000, API Gateway's REST limit). */
  timeoutMs?: number;
  /** Integration URIs starting with `from` are called at `to` instead (HTTP_PROXY). */
  httpTargets?: HttpTarget[];
  /** API keys accepted in `x-api-key` by methods that require one (REST APIs). */
  apiKeys?: string[];
  /** Keys that JWT and Cognito user pool authorizers verify tokens with; without them tokens are only decoded. */
  jwks?: JSONWebKeySet;
  /** Called once per request, after the response is written (for a WebSocket API: per connect, message, disconnect and `@connections` call). */
  onRequest?: (entry: AccessLogEntry) => void;
  /** A WebSocket API's frame and message sizes, idle and connection timeouts (default: API Gateway's). */
  webSocketLimits?: Partial<WebSocketLimits>;
}


/** A route whose integration the server cannot reproduce, and why; or something around the routes it does not apply. */
export interface NotEmulated {
  route: string;
  reason: string;
  /** What the server does instead, when it still serves (`ignored`); absent: the route answers 500. */
  effect?: string;
}

export interface ApiServer {
  /** Starts listening (port 0 picks a free port; host default 127.0.0.1); resolves to the URL. */
  listen(port?: number, host?: string): Promise<string>;
  /** `http://127.0.0.1:<port>` once listening. */
  readonly url: string;
  readonly apiType: 'rest' | 'http' | 'websocket';
  readonly stage: string;
  readonly notEmulated: NotEmulated[];
  /** Routes whose JWT or Cognito user pool authorizer only decodes tokens, for want of `--jwks`. */
  readonly unverifiedTokens: string[];
  /** Stops accepting requests, ends open connections and the handlers' threads. */
  close(): Promise<void>;
  /** Answers one request; what `listen` serves, and what a server of another's can call. */
  readonly handleRequest: RequestHandler;
  /** Answers an upgrade request (WebSocket APIs). */
  readonly handleUpgrade?: UpgradeHandler;
  /** The files the API was read from: the definition and every file its `$ref`s reached. */
  readonly files: string[];
}

const json = (o: unknown) => Buffer.from(JSON.stringify(o));

/** An HTTP API's own errors (HTTP APIs have no gateway responses to customise). */
const ANSWERS = {
  notFound: (): GatewayAnswer => ({ status: 404, headers: [['Content-Type', 'application/json']], body: json({ message: 'Not Found' }) }),
  httpInternal: (): GatewayAnswer => ({ status: 500, headers: [['Content-Type', 'application/json']], body: json({ message: 'Internal Server Error' }) }),
  httpTooLarge: (): GatewayAnswer => ({ status: 413, headers: [['Content-Type', 'application/json']], body: json({ message: 'Request Entity Too Large' }) }),
  httpTimeout: (): GatewayAnswer => ({ status: 503, headers: [['Content-Type', 'application/json']], body: json({ message: 'Service Unavailable' }) }),
  // HTTP API authorizers: 401 {"message":"Unauthorized"}, with www-authenticate from a JWT authorizer
  // (https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-troubleshooting-jwt.html); a denied request 403
  // {"message":"Forbidden"}; an authorizer that fails 500 (http-api-lambda-authorizer.html#http-api-lambda-authorizer.troubleshooting).
  httpUnauthorized: (challenge?: string): GatewayAnswer => ({
    status: 401, headers: [['Content-Type', 'application/json'], ...(challenge ? [['www-authenticate', challenge] as [string, string]] : [])], body: json({ message: 'Unauthorized' }),
  }),
  httpForbidden: (): GatewayAnswer => ({ status: 403, headers: [['Content-Type', 'application/json']], body: json({ message: 'Forbidden' }) }),
};

/** An answer as the server writes it: a rendered template's text goes out as it is, without a Buffer copy first. */
type Answer = Omit<GatewayAnswer, 'body'> & { body: Buffer | string };

interface Handled {
  answer: Answer;
  route: string | null;
  integration: string | null;
  note?: string;
}

/**
 * A local API Gateway for one REST or HTTP API definition: routes, MOCK integrations with their
 * mapping templates, and Lambda proxy integrations run by local handlers in worker threads.
 */
export function createServer(definition: string | DefinitionText | LoadedApi, options: ServeOptions = {}): ApiServer {
  const cwd = options.cwd ?? process.cwd();
  const loaded = typeof definition === 'object' && 'model' in definition ? definition : loadApi(definition, { cwd, apiType: options.apiType, api: options.api });
  const model: ApiModel = loaded.model;
  if (model.apiType === 'websocket') return createWebSocketServer(loaded, options);
  const stage = options.stage ?? 'local';
  const stageVariables = { ...(options.stageVariables ?? {}) };
  const router = new Router(model);
  const timeoutMs = options.timeoutMs ?? REST_DEFAULT_INTEGRATION_TIMEOUT_MS;
  const apiId = loaded.resource ?? 'local';
  const binaryMediaTypes = model.apiType === 'rest' ? binaryMediaTypesOf(model, loaded.resource) : [];
  const cors = corsConfigOf(model, loaded.resource);

  const pools = new Map<string, LambdaInvoker>();
  for (const [name, spec] of Object.entries(options.lambdas ?? {})) pools.set(name, createInvoker(name, spec, cwd, timeoutMs));

  const authorizers = new Authorizers(model, { invokers: pools, stageVariables, jwks: options.jwks });
  const kinds = new Map<OperationNode, IntegrationKind>();
  const notEmulated: NotEmulated[] = [];
  const apiKeys = new Set(options.apiKeys ?? []);
  const keyRequired = new Set<OperationNode>();
  for (const op of model.operations) {
    let kind = classify(model, op, stageVariables);
    if ((kind.kind === 'lambda-proxy' || kind.kind === 'lambda-aws') && !pools.has(kind.functionName)) {
      kind = { kind: 'not-emulated', reason: `no --lambda given for function ${kind.functionName}` };
    }
    const authProblem = authorizers.problem(op);
    if (authProblem) kind = { kind: 'not-emulated', reason: authProblem };
    if (model.apiType === 'rest' && apiKeyRequired(model, op)) {
      if (apiKeySource(model) === 'AUTHORIZER') kind = { kind: 'not-emulated', reason: 'API keys from a Lambda authorizer (x-amazon-apigateway-api-key-source AUTHORIZER) are not emulated' };
      else keyRequired.add(op);
    }
    kinds.set(op, kind);
    if (kind.kind === 'not-emulated') notEmulated.push({ route: op.label, reason: kind.reason });
  }
  // Usage plans meter API keys: the keys are checked, their throttling and quotas are not.
  if (keyRequired.size) notEmulated.push({ route: 'API keys', reason: 'usage plan throttling and quotas are not applied', effect: 'ignored' });
  notEmulated.push(...apiLimits(model, loaded.resource));

  const integrationLabel = (op: OperationNode) => (typeof op.integration?.value.type === 'string' ? op.integration.value.type.toUpperCase() : null);

  const gateway = new GatewayResponses(model);
  const validation = model.apiType === 'rest' ? new RequestValidation(model) : undefined;
  /** A REST API's gateway response for the error, customised or not, rendered for this request. */
  function restError(error: GatewayError, req: ClientRequest, info: RequestInfo, resourcePath = '', pathParameters: Record<string, string> = {}): GatewayAnswer {
    const request = templateRequest(req, info, resourcePath, decodePath(req.rawPath), pathParameters, stageVariables);
    return gateway.answer(error, { request, accept: headerValue(req, 'accept') });
  }

  /** The answer to a request: at once when nothing is waited for (a MOCK integration), else a promise of it. */
  function handle(req: ClientRequest, info: RequestInfo): Handled | Promise<Handled> {
    const path = req.rawPath;
    const corsPreflight = cors && preflight(cors, req);
    if (corsPreflight) return { answer: corsPreflight, route: null, integration: null, note: 'CORS preflight answered by the API' };
    const match = router.match(req.method, path);
    if (!match) return { answer: model.apiType === 'http' ? ANSWERS.notFound() : restError(GATEWAY_ERRORS.missingToken(), req, info), route: null, integration: null };
    const op = match.operation;
    const isDefault = model.apiType === 'http' && op === router.defaultRoute;
    const route = isDefault ? '$default' : op.label;
    const integration = integrationLabel(op);
    const kind = kinds.get(op)!;
    const gw = (error: GatewayError) => restError(error, req, info, op.path, match.pathParameters);
    const failure = () => (model.apiType === 'http' ? ANSWERS.httpInternal() : gw(GATEWAY_ERRORS.internal(500)));
    const timedOut = () => (model.apiType === 'http' ? ANSWERS.httpTimeout() : gw(GATEWAY_ERRORS.integrationTimeout()));
    const failed502 = () => (model.apiType === 'http' ? ANSWERS.httpInternal() : gw(GATEWAY_ERRORS.internal(502)));
    const decodedPath = decodePath(path);
    const proxyRoute: ProxyRoute = {
      resourcePath: isDefault ? '$default' : op.path, routeKey: isDefault ? '$default' : `${op.method === 'ANY' ? 'ANY' : op.method} ${op.path}`,
      path: decodedPath, pathParameters: match.pathParameters, stageVariables,
    };
    // What follows the authorizer (when the method has one).
    const authorized = (): Handled | Promise<Handled> => {
      if (keyRequired.has(op)) {
        const key = headerValue(req, 'x-api-key');
        if (key === undefined || !apiKeys.has(key)) {
          return { answer: gw(GATEWAY_ERRORS.invalidApiKey()), route, integration, note: key === undefined ? 'no x-api-key header' : 'x-api-key is not one of the --api-key values' };
        }
      }
      const invalid = validation?.validate(op, req);
      if (invalid?.kind === 'parameters') return { answer: gw(GATEWAY_ERRORS.badRequestParameters(invalid.missing)), route, integration, note: `request validator: missing ${invalid.missing.join(', ')}` };
      if (invalid?.kind === 'body') return { answer: gw(GATEWAY_ERRORS.badRequestBody(invalid.errors)), route, integration, note: `request validator: invalid body ${invalid.errors}` };
      if (kind.kind === 'not-emulated') return { answer: failure(), route, integration, note: `not emulated: ${kind.reason}` };
      if (kind.kind === 'mock') {
        const outcome = runMock(op.integration!, templateRequest(req, info, op.path, decodedPath, match.pathParameters, stageVariables), headerValue(req, 'content-type'), headerValue(req, 'accept'));
        if (outcome.kind === 'unsupported-media-type') return { answer: gw(GATEWAY_ERRORS.unsupportedMediaType()), route, integration };
        if (outcome.kind === 'no-integration-response') return { answer: failure(), route, integration, note: `no integration response matches status ${outcome.status} and there is no default` };
        if (outcome.kind === 'template-error') return { answer: failure(), route, integration, note: `mapping template failed: ${outcome.message}` };
        const headers: Array<[string, string]> = [['Content-Type', outcome.contentType], ...Object.entries(outcome.headers)];
        return { answer: { status: outcome.status, headers, body: outcome.body }, route, integration };
      }
      return integrate(kind);
    };
    // The integrations that wait for a back end or a function.
    const integrate = async (kind: Exclude<IntegrationKind, { kind: 'mock' | 'not-emulated' }>): Promise<Handled> => {
      if (kind.kind === 'http-proxy') {
        const url = targetUrl(op.integration!, req, match.pathParameters, stageVariables, options.httpTargets ?? []);
        const sources = { req, request: templateRequest(req, info, op.path, decodedPath, match.pathParameters, stageVariables), pathParameters: match.pathParameters, stageVariables };
        const values = { req, path: decodedPath, pathParameters: match.pathParameters, context: sources.request.context, stageVariables };
        const { url: target, req: sent } = model.apiType === 'rest' ? mapProxyRequest(op.integration!, sources, url) : mapHttpApiRequest(op.integration!, url, values);
        const declared = String(op.integration!.value.httpMethod ?? 'ANY').toUpperCase();
        const outcome = await forward(target, declared === 'ANY' ? req.method : declared, sent, timeoutMs);
        if (outcome.kind === 'answer') {
          return { answer: model.apiType === 'http' ? mapHttpApiResponse(op.integration!, { ...values, response: outcome.answer }) : outcome.answer, route, integration };
        }
        if (outcome.kind === 'timeout') return { answer: timedOut(), route, integration, note: `${target} did not answer within ${timeoutMs} ms` };
        return { answer: failure(), route, integration, note: `${target}: ${outcome.message}` };
      }
      const accept = headerValue(req, 'accept');
      const fromResponse = (outcome: ResponseOutcome): Handled => {
        if (outcome.kind === 'answer') return { answer: outcome.answer, route, integration };
        if (outcome.kind === 'no-integration-response') return { answer: failure(), route, integration, note: `no integration response matches ${outcome.against} and there is no default` };
        return { answer: failure(), route, integration, note: `mapping template failed: ${outcome.message}` };
    };
    if (kind.kind === 'lambda-aws') {
      const outcome = await runLambdaAws(op.integration!, pools.get(kind.functionName)!, {
        request: templateRequest(req, info, op.path, decodedPath, match.pathParameters, stageVariables), body: req.body, contentType: headerValue(req, 'content-type'),
        accept, binaryMediaTypes, functionName: kind.functionName, requestId: info.requestId,
      });
      if (outcome.kind === 'unsupported-media-type') return { answer: gw(GATEWAY_ERRORS.unsupportedMediaType()), route, integration };
      if (outcome.kind === 'timeout') return { answer: timedOut(), route, integration, note: `function ${kind.functionName} did not answer within ${timeoutMs} ms` };
      if (outcome.kind === 'invalid-event') return { answer: failure(), route, integration, note: outcome.message };
      return fromResponse(outcome);
    }
    if (kind.kind === 'http') {
      const outcome = await runHttpIntegration(op.integration!, {
        req, request: templateRequest(req, info, op.path, decodedPath, match.pathParameters, stageVariables), pathParameters: match.pathParameters,
        stageVariables, binaryMediaTypes, targets: options.httpTargets ?? [], timeoutMs, apiId,
      });
      if (outcome.kind === 'unsupported-media-type') return { answer: gw(GATEWAY_ERRORS.unsupportedMediaType()), route, integration };
      if (outcome.kind === 'timeout') return { answer: timedOut(), route, integration, note: `${outcome.url} did not answer within ${timeoutMs} ms` };
      if (outcome.kind === 'error') return { answer: failure(), route, integration, note: `${outcome.url}: ${outcome.message}` };
      return fromResponse(outcome);
    }
    const contentType = headerValue(req, 'content-type');
    const isBinary = model.apiType === 'http' ? !isHttpApiTextBody(contentType) : isBinaryMediaType(contentType, binaryMediaTypes);
    const event = kind.payloadVersion === '2.0' ? eventV2(req, info, proxyRoute, isBinary) : eventV1(req, info, proxyRoute, model.apiType === 'http' ? '1.0' : undefined, isBinary);
    const outcome = await pools.get(kind.functionName)!.invoke(event, { awsRequestId: info.requestId, functionName: kind.functionName });
    if (outcome.kind === 'timeout') return { answer: timedOut(), route, integration, note: `function ${kind.functionName} did not answer within ${timeoutMs} ms` };
    if (outcome.kind === 'crash') return { answer: failed502(), route, integration, note: `function ${kind.functionName}: ${outcome.message}` };
    // A function that cannot be invoked (Lambda refuses the call) is a configuration error: 500
    // (https://repost.aws/knowledge-center/api-gateway-lambda-template-invoke-error).
    if (outcome.kind === 'unreachable') return { answer: failure(), route, integration, note: `function ${kind.functionName} could not be invoked: ${outcome.message}` };
    if (outcome.kind === 'error') return { answer: failed502(), route, integration, note: `function ${kind.functionName} failed: ${outcome.errorType}: ${outcome.errorMessage}` };
    const answer = kind.payloadVersion === '2.0' ? answerV2(outcome.value) : answerV1(outcome.value, model.apiType === 'http' || acceptsBinary(accept, binaryMediaTypes));
    if (!answer) return { answer: failed502(), route, integration, note: `malformed Lambda proxy response from ${kind.functionName}` };
    return { answer, route, integration };
    };
    if (authorizers.has(op)) {
      return authorizers.authorize(op, req, info, proxyRoute).then((auth) => {
        if (auth.kind === 'refuse') return { answer: refusal(auth, gw), route, integration, note: auth.note };
        info.authorizer = model.apiType === 'http' && kind.kind === 'lambda-proxy' && kind.payloadVersion === '1.0' ? httpAuthorizerForV1(auth.authorizer) : auth.authorizer;
        return authorized();
      });
    }
    return authorized();
  }

  /** The answer to a request its authorizer refused. */
  function refusal(auth: Extract<AuthOutcome, { kind: 'refuse' }>, gw: (error: GatewayError) => GatewayAnswer): GatewayAnswer {
    if (model.apiType === 'http') {
      if (auth.reason === 'unauthorized') return ANSWERS.httpUnauthorized(auth.wwwAuthenticate);
      return auth.reason === 'configuration' ? ANSWERS.httpInternal() : ANSWERS.httpForbidden();
    }
    if (auth.reason === 'unauthorized') return gw(GATEWAY_ERRORS.unauthorized());
    if (auth.reason === 'configuration') return gw(GATEWAY_ERRORS.authorizerConfiguration());
    return gw(GATEWAY_ERRORS.accessDenied(auth.reason === 'explicit-deny'));
  }

  let listening: Listening | undefined;
  const handleRequest: RequestHandler = (incoming, res) => {
    const started = performance.now();
    try {
      const body = readBody(incoming);
      const done = body instanceof Promise ? body.then((read) => answerRequest(incoming, res, started, read)) : answerRequest(incoming, res, started, body);
      done?.catch(() => res.destroy());
    } catch {
      res.destroy();
    }
  };

  /** Answers a request whose body has been read: at once, or (a promise) when its integration has answered. */
  function answerRequest(incoming: IncomingMessage, res: ServerResponse, started: number, { chunks, tooLarge }: BodyRead): Promise<void> | undefined {
    const target = incoming.url ?? '/';
    const q = target.indexOf('?');
    const headers: Array<[string, string]> = [];
    for (let i = 0; i + 1 < incoming.rawHeaders.length; i += 2) headers.push([incoming.rawHeaders[i]!, incoming.rawHeaders[i + 1]!]);
    const req: ClientRequest = {
      method: (incoming.method ?? 'GET').toUpperCase(), rawPath: q < 0 ? target : target.slice(0, q), rawQueryString: q < 0 ? '' : target.slice(q + 1),
      headers, body: chunks.length === 0 ? EMPTY : Buffer.concat(chunks), sourceIp: incoming.socket.remoteAddress ?? '127.0.0.1',
    };
    const info = requestInfo(req, stage, apiId);
    const internalError = (err: unknown): Handled => ({
      answer: model.apiType === 'http' ? ANSWERS.httpInternal() : restError(GATEWAY_ERRORS.internal(500), req, info), route: null, integration: null, note: `internal error: ${(err as Error).message}`,
    });
    let handled: Handled | Promise<Handled>;
    try {
      handled = tooLarge
        ? { answer: model.apiType === 'http' ? ANSWERS.httpTooLarge() : restError(GATEWAY_ERRORS.requestTooLarge(), req, info), route: null, integration: null, note: `request body over ${MAX_PAYLOAD_BYTES} bytes` }
        : handle(req, info);
    } catch (err) {
      handled = internalError(err);
    }
    if (handled instanceof Promise) return handled.catch(internalError).then((h) => send(incoming, res, req, info, h, started, tooLarge));
    send(incoming, res, req, info, handled, started, tooLarge);
    return undefined;
  }

  /** Writes the answer, and tells `onRequest`. */
  function send(incoming: IncomingMessage, res: ServerResponse, req: ClientRequest, info: RequestInfo, handled: Handled, started: number, tooLarge: boolean): void {
    const answer = cors && handled.route !== null ? withCorsHeaders(cors, req, handled.answer) : handled.answer;
    const body = answer.body;
    const length = typeof body === 'string' ? Buffer.byteLength(body) : body.length;
    // API Gateway names every request in its response: x-amzn-RequestId on REST APIs (AWS-recorded in
    // LocalStack's test_aws_proxy_response_payload_format_validation snapshot), apigw-requestid on HTTP APIs.
    const idHeader = model.apiType === 'http' ? 'apigw-requestid' : 'x-amzn-RequestId';
    // The rest of an oversized body is never read: the connection ends with the answer.
    const lines = headerLines(answer.headers, idHeader, info.requestId, length, tooLarge);
    if (lines) res.writeHead(answer.status, lines);
    else {
      const out: Record<string, string[]> = {};
      for (const [k, v] of answer.headers) (out[k] ??= []).push(v);
      out[idHeader] = [info.requestId];
      for (const [k, v] of Object.entries(out)) res.setHeader(k, v.length === 1 ? v[0]! : v);
      res.setHeader('Content-Length', length);
      if (tooLarge) res.setHeader('Connection', 'close');
      res.writeHead(answer.status);
    }
    res.end(req.method === 'HEAD' ? undefined : body, tooLarge ? () => incoming.socket.destroySoon() : undefined);
    options.onRequest?.({
      method: req.method, path: incoming.url ?? '/', route: handled.route, integration: handled.integration, status: answer.status,
      ms: Math.round((performance.now() - started) * 10) / 10, ...(handled.note ? { note: handled.note } : {}),
    });
  }

  return {
    get url() {
      return listening?.url ?? '';
    },
    apiType: model.apiType,
    stage,
    notEmulated,
    unverifiedTokens: authorizers.decodeOnly,
    get files() {
      return model.set.sources.map((s) => s.path).filter((p) => p !== '-');
    },
    handleRequest,
    async listen(port = 0, host = '127.0.0.1') {
      listening = await listenHttp(handleRequest, port, host);
      return listening.url;
    },
    async close() {
      const l = listening;
      listening = undefined;
      await l?.close();
      await Promise.all([...pools.values()].map((p) => p.close()));
    },
  };
}

/**
 * The header lines of an answer for one writeHead call, when they are plainly the answer's own in
 * order, then the request id, Content-Length and (closing) Connection: no two names alike but for
 * case, none of those three, none starting with a digit (an object would sort it first) and no
 * `__proto__`. Otherwise undefined, and the caller gives them one setHeader per name as before (a
 * later name alike but for case replaces an earlier one in its place, values of one name go
 * together), which those cases need.
 */
function headerLines(headers: Array<[string, string]>, idHeader: string, requestId: string, length: number, close: boolean): Array<string | number> | undefined {
  const lines: Array<string | number> = [];
  for (let i = 0; i < headers.length; i++) {
    const name = headers[i]![0];
    const lower = name.toLowerCase();
    const first = lower.charCodeAt(0);
    if (lower === 'content-length' || lower === 'connection' || lower === 'x-amzn-requestid' || lower === 'apigw-requestid' || lower === '__proto__' || (first >= 48 && first <= 57)) return undefined;
    for (let j = 0; j < i; j++) if (headers[j]![0].toLowerCase() === lower) return undefined;
    lines.push(name, headers[i]![1]);
  }
  lines.push(idHeader, requestId, 'Content-Length', length);
  if (close) lines.push('Connection', 'close');
  return lines;
}

interface BodyRead {
  chunks: Buffer[];
  tooLarge: boolean;
}

const EMPTY = Buffer.alloc(0);

/**
 * The request body, up to MAX_PAYLOAD_BYTES bytes (API Gateway's 10 MB limit). A larger one (declared by Content-Length, or counted as
 * it arrives) is not buffered: reading stops and `tooLarge` is set. Known at once (no promise) when there is nothing to wait for.
 */
function readBody(incoming: IncomingMessage): BodyRead | Promise<BodyRead> {
  const chunks: Buffer[] = [];
  const length = incoming.headers['content-length'];
  if (Number(length ?? 0) > MAX_PAYLOAD_BYTES) return { chunks, tooLarge: true };
  // Without Content-Length or Transfer-Encoding a request has no body (RFC 9112, 6.3): nothing to wait for.
  if ((length === undefined || length === '0') && incoming.headers['transfer-encoding'] === undefined) return { chunks, tooLarge: false };
  return new Promise((resolveBody, reject) => {
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_PAYLOAD_BYTES) {
        incoming.off('data', onData);
        incoming.pause();
        chunks.length = 0;
        resolveBody({ chunks, tooLarge: true });
        return;
      }
      chunks.push(chunk);
    };
    incoming.on('data', onData);
    incoming.once('end', () => resolveBody({ chunks, tooLarge: false }));
    incoming.once('error', reject);
    incoming.once('close', () => {
      if (!incoming.complete) reject(new Error('the client closed the request before its end'));
    });
  });
}

function decodePath(raw: string): string {
  if (!raw.includes('%')) return raw;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/**
 * The request as mapping templates see it: `$input`, `$context`, `$stageVariables`. Each part is
 * built when first read (`$context` straight as the Java map templates use), so a template that
 * reads only a path parameter costs no more.
 */
class ServedTemplateRequest implements TemplateRequest {
  readonly body: string;
  private querystringRecord?: Record<string, string>;
  private headerRecord?: Record<string, string>;
  private contextRecord?: Record<string, unknown>;

  constructor(
    private readonly req: ClientRequest,
    private readonly info: RequestInfo,
    private readonly resourcePath: string,
    private readonly decodedPath: string,
    readonly path: Record<string, string>,
    readonly stageVariables: Record<string, string>,
  ) {
    this.body = req.body.length === 0 ? '' : req.body.toString('utf8');
  }

  get querystring(): Record<string, string> {
    return (this.querystringRecord ??= singleAndMulti(queryPairs(this.req.rawQueryString)).single);
  }

  get header(): Record<string, string> {
    return (this.headerRecord ??= singleAndMulti(this.req.headers).single);
  }

  get context(): Record<string, unknown> {
    return (this.contextRecord ??= restRequestContext(this.req, this.info, this.resourcePath, this.decodedPath));
  }

  javaContext(): JMap {
    return restContextMap(this.req, this.info, this.resourcePath, this.decodedPath);
  }
}

function templateRequest(req: ClientRequest, info: RequestInfo, resourcePath: string, path: string, pathParameters: Record<string, string>, stageVariables: Record<string, string>): TemplateRequest {
  return new ServedTemplateRequest(req, info, resourcePath, path, pathParameters, stageVariables);
}
