import type { IncomingMessage, ServerResponse } from 'node:http';
import { type WebSocket, WebSocketServer } from 'ws';
import { REST_DEFAULT_INTEGRATION_TIMEOUT_MS, WEBSOCKET_IDLE_TIMEOUT_MS, WEBSOCKET_MAX_CONNECTION_MS, WEBSOCKET_MAX_FRAME_BYTES, WEBSOCKET_MAX_MESSAGE_BYTES } from '../../aws/limits.js';
import { isTwoWay, type WebSocketModel, type WsRoute } from '../../model/websocket.js';
import type { AccessLogEntry } from '../access-log.js';
import type { HttpTarget } from '../http-proxy.js';
import { createInvoker, type LambdaInvoker } from '../lambda-invoke.js';
import { type Listening, listenHttp, type UpgradeHandler } from '../listen.js';
import type { LoadedApi } from '../load.js';
import { apiLimits } from '../not-emulated.js';
import { queryPairs, singleAndMulti } from '../request.js';
import { authorizeConnect, connectAuthorizer } from './authorizer.js';
import { ConnectionsApi, type LiveConnection } from './connections.js';
import { webSocketId } from '../../aws/websocket-context.js';
import { gatewayErrorFrame, noRouteFrame, selectRoute } from '../../vtl/websocket-selection.js';
import { type ConnectionInfo, type EventInfo, proxyEvent, webSocketRequestContext } from './events.js';
import { FrameSizeGuard } from './frames.js';
import { classifyWs, runWsIntegration, type WsIntegrationKind, type WsOutcome } from './integrations.js';

/** API Gateway's WebSocket limits; tests shrink them. */
export interface WebSocketLimits {
  maxFrameBytes: number;
  maxMessageBytes: number;
  idleTimeoutMs: number;
  maxConnectionMs: number;
}

export const WEBSOCKET_LIMITS: WebSocketLimits = {
  maxFrameBytes: WEBSOCKET_MAX_FRAME_BYTES, maxMessageBytes: WEBSOCKET_MAX_MESSAGE_BYTES, idleTimeoutMs: WEBSOCKET_IDLE_TIMEOUT_MS, maxConnectionMs: WEBSOCKET_MAX_CONNECTION_MS,
};


export interface WebSocketServeOptions {
  cwd?: string;
  stage?: string;
  stageVariables?: Record<string, string>;
  lambdas?: Record<string, string>;
  timeoutMs?: number;
  httpTargets?: HttpTarget[];
  onRequest?: (entry: AccessLogEntry) => void;
  webSocketLimits?: Partial<WebSocketLimits>;
}

export interface WebSocketApiServer {
  listen(port?: number, host?: string): Promise<string>;
  readonly url: string;
  readonly apiType: 'websocket';
  readonly stage: string;
  readonly notEmulated: Array<{ route: string; reason: string; effect?: string }>;
  readonly unverifiedTokens: string[];
  close(): Promise<void>;
  readonly handleRequest: (incoming: IncomingMessage, res: ServerResponse) => void;
  readonly handleUpgrade: UpgradeHandler;
  readonly files: string[];
}

/**
 * The frame a client gets when a route's integration fails; the connection stays open (recorded
 * with wscat against a deployed API: {"message": "Internal server error", "connectionId":"Qyi07eCbtjMCJKw=",
 * "requestId":"Qyi3UG41tjMFlUg="} for a function that raised, nothing for one that answered statusCode 401).
 */
function internalErrorFrame(connectionId: string, requestId: string): string {
  return gatewayErrorFrame('Internal server error', connectionId, requestId);
}

/**
 * Close reasons of `$disconnect` events: 1000 "Connection Closed Normally" as API Gateway logs it
 * (https://github.com/aws/chalice/issues/2060); the others from the close frame.
 */
function disconnectReason(code: number, reason: string): string {
  if (reason) return reason;
  if (code === 1000) return 'Connection Closed Normally';
  if (code === 1005) return 'Client-side close frame status not set';
  return '';
}

interface Route {
  route: WsRoute;
  kind: WsIntegrationKind;
  label: string | null;
  twoWay: boolean;
}

/**
 * A local API Gateway for one WebSocket API: the upgrade at `/` or `/<stage>` runs `$connect`
 * (authorizer, then integration: a non-2xx refuses the handshake with that status), each text
 * message is routed by the route selection expression and its integration's answer sent back on
 * two-way routes, `$disconnect` runs when the connection ends, and `@connections` lets back ends
 * post to, read and close connections, on the same port.
 */
export function createWebSocketServer(loaded: LoadedApi, options: WebSocketServeOptions = {}): WebSocketApiServer {
  const model: WebSocketModel = loaded.model.websocket!;
  const cwd = options.cwd ?? process.cwd();
  const stage = options.stage ?? 'local';
  const vars = { ...(options.stageVariables ?? {}) };
  const timeoutMs = options.timeoutMs ?? REST_DEFAULT_INTEGRATION_TIMEOUT_MS;
  const limits: WebSocketLimits = { ...WEBSOCKET_LIMITS, ...(options.webSocketLimits ?? {}) };
  const apiId = loaded.resource ?? 'local';
  const httpTargets = options.httpTargets ?? [];

  const invokers = new Map<string, LambdaInvoker>();
  for (const [name, spec] of Object.entries(options.lambdas ?? {})) invokers.set(name, createInvoker(name, spec, cwd, timeoutMs));

  const notEmulated: Array<{ route: string; reason: string; effect?: string }> = [];
  const routes = new Map<WsRoute, Route>();
  for (const route of model.routes) {
    const kind = classifyWs(route.integration, vars, invokers);
    const label = route.integration?.type ?? null;
    const twoWay = isTwoWay(route);
    routes.set(route, { route, kind, label, twoWay });
    if (kind.kind === 'not-emulated') {
      const effect = route.key === '$connect' ? 'the handshake is refused with 500' : route.key === '$disconnect' ? 'ignored' : 'answers {"message": "Internal server error", ...}';
      notEmulated.push({ route: route.key ?? route.id, reason: kind.reason, effect });
    }
  }
  const connectRoute = model.routes.find((r) => r.key === '$connect');
  const disconnectRoute = model.routes.find((r) => r.key === '$disconnect');
  const auth = connectAuthorizer(connectRoute, vars, invokers);
  if (auth.problem) notEmulated.push({ route: '$connect', reason: auth.problem, effect: 'the handshake is refused with 500' });
  if (auth.authorizer && Number(auth.authorizer.props.AuthorizerResultTtlInSeconds ?? 0) > 0) {
    notEmulated.push({ route: auth.authorizer.id, reason: 'authorizer results are not cached', effect: 'the authorizer runs on every connection' });
  }
  for (const route of model.routes) {
    if (route.key !== '$connect' && (route.authorizer || String(route.props.AuthorizationType ?? 'NONE').toUpperCase() !== 'NONE')) {
      notEmulated.push({ route: route.key ?? route.id, reason: 'authorization applies to $connect only', effect: 'ignored' });
    }
    if (route.props.ApiKeyRequired === true) notEmulated.push({ route: route.key ?? route.id, reason: 'API keys are not checked', effect: 'ignored' });
    if (route.props.RequestModels !== undefined) notEmulated.push({ route: route.key ?? route.id, reason: 'request validation by models is not applied', effect: 'ignored' });
  }
  notEmulated.push(...apiLimits(loaded.model, loaded.resource));

  const log = (entry: AccessLogEntry) => options.onRequest?.(entry);
  const live = new Map<string, LiveConnection>();
  let closing = false;
  const wss = new WebSocketServer({ noServer: true, maxPayload: limits.maxMessageBytes, perMessageDeflate: false, clientTracking: false });

  const templateRequest = (c: ConnectionInfo, e: EventInfo, message: string) => {
    // Request parameters from route.request.header|querystring exist on $connect only
    // (https://docs.aws.amazon.com/apigateway/latest/developerguide/websocket-api-data-mapping.html).
    const isConnect = e.eventType === 'CONNECT';
    return {
      body: message, path: {},
      querystring: isConnect ? singleAndMulti(queryPairs(c.rawQueryString)).single : {},
      header: isConnect ? singleAndMulti(c.headers).single : {},
      stageVariables: vars, context: webSocketRequestContext(c, e),
    };
  };

  async function run(r: Route, c: ConnectionInfo, e: EventInfo, message: string): Promise<WsOutcome> {
    if (r.kind.kind === 'not-emulated') return { kind: 'failure', status: 500, note: `not emulated: ${r.kind.reason}` };
    const request = templateRequest(c, e, message);
    return runWsIntegration({
      integration: r.route.integration!, kind: r.kind, invokers, message, request,
      scope: { body: message, headers: request.header, querystring: request.querystring, context: request.context, stageVariables: vars },
      proxyEvent: () => proxyEvent(c, e, message), requestId: e.requestId, timeoutMs, httpTargets, stageVariables: vars,
    });
  }

  /** Per upgrade request: the connection `$connect` accepted, and the subprotocol its integration chose. */
  const accepted = new WeakMap<IncomingMessage, { info: ConnectionInfo; protocol?: string }>();

  async function connect(req: IncomingMessage): Promise<{ ok: true } | { ok: false; status: number; body: string; headers: Record<string, string> }> {
    const started = performance.now();
    const target = req.url ?? '/';
    const q = target.indexOf('?');
    const headers: Array<[string, string]> = [];
    for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) headers.push([req.rawHeaders[i]!, req.rawHeaders[i + 1]!]);
    const now = Date.now();
    const info: ConnectionInfo = {
      connectionId: webSocketId(), connectedAt: now, lastActiveAt: now, sourceIp: req.socket.remoteAddress ?? '127.0.0.1',
      userAgent: req.headers['user-agent'] ?? null, domainName: req.headers.host ?? 'localhost', stage, apiId, headers, rawQueryString: q < 0 ? '' : target.slice(q + 1),
    };
    const e: EventInfo = { eventType: 'CONNECT', routeKey: '$connect', requestId: webSocketId(), time: now };
    const done = (status: number, route: string | null, integration: string | null, note?: string) => log({
      method: 'CONNECT', path: target, route, integration, status, ms: Math.round((performance.now() - started) * 10) / 10, connectionId: info.connectionId, ...(note ? { note } : {}),
    });
    const refuse = (status: number, body: unknown, errorType: string | undefined, note: string, route: string | null, integration: string | null) => {
      done(status, route, integration, note);
      return { ok: false as const, status, body: typeof body === 'string' ? body : JSON.stringify(body), headers: { 'Content-Type': 'application/json', ...(errorType ? { 'x-amzn-ErrorType': errorType } : {}) } };
    };
    if (auth.problem) return refuse(500, { message: null }, 'AuthorizerConfigurationException', `not emulated: ${auth.problem}`, '$connect', null);
    if (auth.authorizer) {
      const verdict = await authorizeConnect(auth.authorizer, auth.functionName!, invokers.get(auth.functionName!)!, info, e, vars);
      if (verdict.kind === 'refuse') return refuse(verdict.status, verdict.body, verdict.errorType, verdict.note, '$connect', null);
      info.authorizer = verdict.authorizer;
    }
    // No $connect route: API Gateway accepts the connection (the route is optional,
    // https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-route-keys-connect-disconnect.html).
    if (!connectRoute) {
      accepted.set(req, { info });
      done(200, null, null);
      return { ok: true };
    }
    const r = routes.get(connectRoute)!;
    const outcome = await run(r, info, e, '');
    // The integration's status decides the handshake: 2xx connects, anything else is the handshake's
    // answer, and a function that fails gives 502 (the Lambda integration's 400 refuses the connection in
    // https://docs.aws.amazon.com/apigateway/latest/developerguide/websocket-connect-route-subprotocol.html; 301, 401,
    // 501 and 502 for a raised exception recorded with wscat against a deployed API).
    if (outcome.kind === 'failure') return refuse(outcome.status, { message: 'Internal server error' }, undefined, outcome.note, '$connect', r.label);
    if (outcome.status < 200 || outcome.status > 299) return refuse(outcome.status, outcome.body ?? '', undefined, `$connect answered ${outcome.status}`, '$connect', r.label);
    const protocol = Object.entries(outcome.headers ?? {}).find(([k]) => k.toLowerCase() === 'sec-websocket-protocol')?.[1];
    accepted.set(req, { info, ...(protocol ? { protocol } : {}) });
    done(outcome.status, '$connect', r.label);
    return { ok: true };
  }

  function onMessage(conn: LiveConnection, data: Buffer, isBinary: boolean): void {
    const { info } = conn;
    if (conn.refused) return;
    // Binary frames are refused: the client is disconnected with 1003
    // (https://docs.aws.amazon.com/apigateway/latest/developerguide/websocket-api-develop-binary-media-types.html).
    if (isBinary) {
      conn.refused = true;
      conn.ws.close(1003, 'Binary frames are not supported');
      log({ method: 'MESSAGE', path: conn.path, route: null, integration: null, status: 400, ms: 0, connectionId: info.connectionId, note: 'binary frame: closed with 1003' });
      return;
    }
    conn.touch();
    const started = performance.now();
    const message = data.toString('utf8');
    const now = Date.now();
    const e: EventInfo = { eventType: 'MESSAGE', routeKey: '$default', requestId: webSocketId(), messageId: webSocketId(), time: now };
    const { key: selected, route } = selectRoute(model, message);
    const done = (status: number, routeKey: string | null, integration: string | null, note?: string) => log({
      method: 'MESSAGE', path: conn.path, route: routeKey, integration, status, ms: Math.round((performance.now() - started) * 10) / 10, connectionId: info.connectionId, ...(note ? { note } : {}),
    });
    if (!route) {
      conn.send(noRouteFrame(info.connectionId, e.requestId));
      done(403, null, null, selected === undefined ? 'the message is not JSON and there is no $default route' : `no route for ${JSON.stringify(selected)} and no $default route`);
      return;
    }
    const key = route.key!;
    e.routeKey = key;
    const r = routes.get(route)!;
    void run(r, info, e, message).then((outcome) => {
      if (outcome.kind === 'failure') {
        conn.send(internalErrorFrame(info.connectionId, e.requestId));
        done(500, key, r.label, outcome.note);
        return;
      }
      // Only a route with a route response passes the integration's answer back
      // (https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-route-response.html).
      if (r.twoWay && outcome.body !== undefined && outcome.body !== '') conn.send(outcome.body);
      done(outcome.status, key, r.label, !r.twoWay && outcome.body ? 'one-way route: the answer is not sent back' : undefined);
    }, (err: Error) => {
      conn.send(internalErrorFrame(info.connectionId, e.requestId));
      done(500, key, r.label, `internal error: ${err.message}`);
    });
  }

  function onClose(conn: LiveConnection, code: number, reason: string): void {
    live.delete(conn.info.connectionId);
    conn.stop();
    if (closing || !disconnectRoute) return;
    const started = performance.now();
    const e: EventInfo = { eventType: 'DISCONNECT', routeKey: '$disconnect', requestId: webSocketId(), time: Date.now(), disconnect: { statusCode: code, reason: disconnectReason(code, reason) } };
    const r = routes.get(disconnectRoute)!;
    // Best effort: the result is ignored (https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-route-keys-connect-disconnect.html).
    void run(r, conn.info, e, '').then((outcome) => {
      log({
        method: 'DISCONNECT', path: conn.path, route: '$disconnect', integration: r.label, status: outcome.status,
        ms: Math.round((performance.now() - started) * 10) / 10, connectionId: conn.info.connectionId, ...(outcome.kind === 'failure' ? { note: outcome.note } : {}),
      });
    }, () => undefined);
  }

  const stagePrefix = `/${stage}`;
  /** The path with the stage taken off, when it is at the root or under `/<stage>`. */
  const underStage = (path: string): string | undefined => (path === stagePrefix || path.startsWith(`${stagePrefix}/`) ? path.slice(stagePrefix.length) || '/' : path);

  const handleUpgrade: UpgradeHandler = (req, socket, head) => {
    socket.on('error', () => socket.destroy());
    const path = (req.url ?? '/').split('?')[0]!;
    const rest = underStage(path);
    if (closing || (rest !== '/' && rest !== '')) {
      // Not the API's endpoint: what API Gateway answers a request for an unknown stage or path.
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: 23\r\n\r\n{"message":"Forbidden"}');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      const entry = accepted.get(req)!;
      const conn = new LiveConnectionImpl(ws, entry.info, path, limits, (size) => {
        log({ method: 'MESSAGE', path, route: null, integration: null, status: 413, ms: 0, connectionId: entry.info.connectionId, note: `frame of ${size} bytes over ${limits.maxFrameBytes}: closed with 1009` });
      });
      live.set(entry.info.connectionId, conn);
      if (socket.listenerCount('data')) socket.prependListener('data', (chunk: Buffer) => conn.guard.feed(chunk));
      ws.on('message', (data: Buffer, isBinary: boolean) => onMessage(conn, data, isBinary));
      ws.on('close', (code: number, reason: Buffer) => onClose(conn, code, reason.toString('utf8')));
      // The library closes the connection on a protocol error (1002), invalid UTF-8 (1007) or a message over maxPayload (1009).
      ws.on('error', (err: Error) => log({ method: 'MESSAGE', path, route: null, integration: null, status: 400, ms: 0, connectionId: entry.info.connectionId, note: `closed: ${err.message}` }));
    });
  };
  wss.options.verifyClient = (info: { req: IncomingMessage }, cb: (ok: boolean, code?: number, message?: string, headers?: Record<string, string>) => void) => {
    connect(info.req).then((result) => {
      if (result.ok) cb(true);
      else cb(false, result.status, result.body, result.headers);
    }, () => cb(false, 500, '{"message": "Internal server error"}', { 'Content-Type': 'application/json' }));
  };
  // A subprotocol only when the $connect integration answered one (Sec-WebSocket-Protocol), as API Gateway does
  // (https://docs.aws.amazon.com/apigateway/latest/developerguide/websocket-connect-route-subprotocol.html).
  wss.options.handleProtocols = (protocols: Set<string>, req: IncomingMessage) => {
    const chosen = accepted.get(req)?.protocol;
    return chosen !== undefined && protocols.has(chosen) ? chosen : false;
  };

  const connectionsApi = new ConnectionsApi({ live, stage, limits, log });
  let listening: Listening | undefined;
  const handleRequest = (incoming: IncomingMessage, res: ServerResponse) => {
    connectionsApi.handle(incoming, res).catch(() => res.destroy());
  };

  return {
    get url() {
      return listening?.url ?? '';
    },
    apiType: 'websocket',
    stage,
    notEmulated,
    unverifiedTokens: [],
    get files() {
      return loaded.model.set.sources.map((s) => s.path).filter((p) => p !== '-');
    },
    handleRequest,
    handleUpgrade,
    async listen(port = 0, host = '127.0.0.1') {
      listening = await listenHttp(handleRequest, port, host, handleUpgrade);
      return listening.url;
    },
    async close() {
      closing = true;
      // API Gateway going away: every connection is closed with 1001.
      for (const conn of [...live.values()]) conn.ws.close(1001, 'Going away');
      live.clear();
      const l = listening;
      listening = undefined;
      await l?.close();
      await Promise.all([...invokers.values()].map((p) => p.close()));
    },
  };
}

/** A connection while it is open: its socket, its timers (idle and maximum duration) and its frame guard. */
class LiveConnectionImpl implements LiveConnection {
  refused = false;
  readonly guard: FrameSizeGuard;
  private idle: NodeJS.Timeout;
  private readonly hard: NodeJS.Timeout;

  constructor(readonly ws: WebSocket, readonly info: ConnectionInfo, readonly path: string, private readonly limits: WebSocketLimits, onTooLarge: (size: number) => void) {
    this.guard = new FrameSizeGuard(limits.maxFrameBytes, (size) => {
      this.refused = true;
      onTooLarge(size);
      ws.close(1009, 'Message too big');
    });
    // Idle 10 minutes or open 2 hours: the connection is closed with 1001 "Going away".
    this.idle = setTimeout(() => this.goAway(), limits.idleTimeoutMs);
    this.hard = setTimeout(() => this.goAway(), limits.maxConnectionMs);
    this.idle.unref();
    this.hard.unref();
  }

  private goAway(): void {
    this.ws.close(1001, 'Going away');
  }

  touch(): void {
    this.info.lastActiveAt = Date.now();
    this.idle.refresh();
  }

  /** Sends text, in frames of at most the frame limit (API Gateway splits larger messages into several frames). */
  send(text: string): void {
    if (this.ws.readyState !== this.ws.OPEN) return;
    const data = Buffer.from(text, 'utf8');
    const size = this.limits.maxFrameBytes;
    if (data.length <= size) {
      this.ws.send(data, { binary: false });
      return;
    }
    for (let at = 0; at < data.length; at += size) this.ws.send(data.subarray(at, at + size), { binary: false, fin: at + size >= data.length });
  }

  stop(): void {
    clearTimeout(this.idle);
    clearTimeout(this.hard);
  }
}
