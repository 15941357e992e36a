import { emptyRecord, ownValue, setOwn } from '../document/own.js';
import { loadSource, parseText, readText } from '../document/load.js';
import { UserError } from '../errors.js';
import { isObject } from '../model/detect.js';
import { guardTemplate, renderDefinitionSource } from './definition.js';
import { compileTemplate, type ProxyEvent } from './render.js';
import { DEFAULT_LIMITS } from './template.js';
import { mediaType } from './select.js';
import { renderWebSocketSource, type WebSocketRender } from './websocket-render.js';
import { webSocketApis } from '../model/websocket.js';
import { openDefinitions } from '../model/open.js';
import type { Source } from '../document/source.js';

export interface RenderCommand {
  template?: string;
  event?: string;
  spec?: string;
  /** With a CloudFormation template as `spec`: the logical id of the REST API to pick from. */
  api?: string;
  method?: string;
  path?: string;
  /** A route of a WebSocket API, by key (`$connect`, `sendmessage`). */
  route?: string;
  /** A message to a WebSocket API: its route is chosen by the route selection expression unless `route` names one. */
  message?: string;
  contentType?: string;
  response?: boolean;
  integrationResponse?: string;
  status?: string;
  errorMessage?: string;
  body?: string;
  header: string[];
  query: string[];
  pathParam: string[];
  stageVar: string[];
  context: string[];
  checkJson?: boolean;
  /** More directories whose files `$ref`s may read (`--ref-root`); see `referenceRoots`. */
  refRoot?: readonly string[];
  /** Milliseconds for each template's parse and render together (default 5,000). */
  timeout?: number;
  cwd: string;
  display: (abs: string) => string;
}

export interface RenderOutcome {
  /** Exactly the rendered bytes (or, with --format json in response mode, the response). */
  body: string;
  statusCode?: number;
  headers?: Record<string, string>;
  /** One-line notes for standard error: which template, which response. */
  notes: string[];
  warnings: string[];
  /** Problems that make the exit code 1: a template error, a 415, invalid JSON output. */
  problems: string[];
}

function pairs(list: string[], sep: ':' | '=', flag: string): Array<[string, string]> {
  return list.map((item) => {
    const i = item.indexOf(sep);
    if (i <= 0) throw new UserError(`${flag} "${item}": expected name${sep}value`);
    return [item.slice(0, i).trim(), item.slice(i + 1).trim()];
  });
}

function readEvent(cmd: RenderCommand): ProxyEvent {
  if (!cmd.event) return {};
  const display = cmd.event === '-' ? '<stdin>' : cmd.display(cmd.event);
  const source = cmd.event === '-' ? parseText(readText('-', display), '-', display) : loadSource(cmd.event, display);
  const event = source.root;
  if (!isObject(event)) throw new UserError('event must be a JSON object (an API Gateway Lambda proxy event)', { file: display });
  for (const key of ['headers', 'multiValueHeaders', 'queryStringParameters', 'multiValueQueryStringParameters', 'pathParameters', 'stageVariables', 'requestContext']) {
    if (event[key] !== undefined && event[key] !== null && !isObject(event[key])) {
      const { range } = source.locate(`/${key}`);
      throw new UserError(`"${key}" must be an object`, { file: display, line: range.start.line, column: range.start.column });
    }
  }
  if (event.body !== undefined && event.body !== null && typeof event.body !== 'string') {
    const { range } = source.locate('/body');
    throw new UserError('"body" must be a string (the raw request body) or null', { file: display, line: range.start.line, column: range.start.column });
  }
  return event as ProxyEvent;
}

/** Apply --body, --header, --query, --path-param, --stage-var and --context to the event. */
function applyOverrides(event: ProxyEvent, cmd: RenderCommand, pathParameters: Record<string, string>): ProxyEvent {
  const e: ProxyEvent = { ...event };
  if (cmd.body !== undefined) {
    e.body = cmd.body;
    e.isBase64Encoded = false;
  }
  const merge = (base: Record<string, string | null> | null | undefined, extra: Array<[string, string]>) => ({ ...(base ?? {}), ...Object.fromEntries(extra) });
  e.headers = merge(e.headers, pairs(cmd.header, ':', '--header'));
  e.queryStringParameters = merge(e.queryStringParameters, pairs(cmd.query, '=', '--query'));
  e.pathParameters = merge({ ...pathParameters, ...(e.pathParameters ?? {}) }, pairs(cmd.pathParam, '=', '--path-param'));
  e.stageVariables = merge(e.stageVariables, pairs(cmd.stageVar, '=', '--stage-var'));
  const ctx: Record<string, unknown> = structuredClone(e.requestContext ?? {});
  for (const [path, value] of pairs(cmd.context, '=', '--context')) {
    const keys = path.split('.');
    let node = ctx;
    for (const k of keys.slice(0, -1)) {
      const next = ownValue(node, k);
      if (!isObject(next)) setOwn(node, k, emptyRecord());
      node = node[k] as Record<string, unknown>;
    }
    setOwn(node, keys[keys.length - 1]!, value);
  }
  e.requestContext = ctx;
  return e;
}

function checkJson(output: string, contentType: string, problems: string[]): void {
  const type = mediaType(contentType);
  if (type !== 'application/json' && !type.endsWith('+json')) return;
  try {
    JSON.parse(output);
  } catch (err) {
    const message = (err as Error).message;
    const at = /position (\d+)/.exec(message);
    const offset = at ? Number(at[1]) : output.length;
    const before = output.slice(0, offset).split('\n');
    const detail = message.replace(/^(Unexpected .*?|.*?) in JSON at position \d+.*$/s, '$1').replace(/^JSON\.parse: /, '');
    problems.push(`rendered output is not valid JSON: line ${before.length}, column ${before[before.length - 1]!.length + 1}: ${detail}`);
  }
}

export function runRenderTemplate(cmd: RenderCommand): RenderOutcome {
  const notes: string[] = [];
  const problems: string[] = [];
  const warnings: string[] = [];
  if (!cmd.template === !cmd.spec) throw new UserError('give either a template file or --spec (with --method and --path, or --route or --message for a WebSocket API)');
  if (cmd.template && (cmd.route !== undefined || cmd.message !== undefined)) {
    throw new UserError(`${cmd.route !== undefined ? '--route' : '--message'} picks a route of a WebSocket API given with --spec; a template file takes --body`);
  }
  if (cmd.api !== undefined && !cmd.spec) throw new UserError('--api picks a REST API of a CloudFormation template given with --spec');
  const timeoutMs = cmd.timeout ?? DEFAULT_LIMITS.timeoutMs;
  if (!(timeoutMs > 0)) throw new UserError(`--timeout ${cmd.timeout}: expected a number of milliseconds above 0`);

  // Flag problems first: a misused option is reported before any file is read.
  applyOverrides({}, cmd, {});
  const baseEvent = readEvent(cmd);
  if (cmd.template) {
    const display = cmd.display(cmd.template);
    const text = readText(cmd.template, display, { allowEmpty: true });
    const event = applyOverrides(baseEvent, cmd, {});
    if (cmd.response && cmd.integrationResponse !== undefined) event.body = readText(cmd.integrationResponse, cmd.display(cmd.integrationResponse), { allowEmpty: true });
    // One clock for the template: its parse and its render (regular expressions included) share the limit.
    const deadline = Date.now() + timeoutMs;
    const template = guardTemplate(() => compileTemplate(text, { deadline }), { file: display });
    const result = guardTemplate(() => template.renderWithWarnings(event, { deadline, limits: { timeoutMs } }), { file: display });
    warnings.push(...result.warnings);
    if (cmd.checkJson) checkJson(result.output, cmd.contentType ?? 'application/json', problems);
    return { body: result.output, notes, warnings, problems };
  }

  const source = loadSource(cmd.spec!, cmd.display(cmd.spec!));
  const webSocket = webSocketApis(isObject(source.root) ? source.root : {});
  const wantsRoute = cmd.route !== undefined || cmd.message !== undefined;
  if (wantsRoute || (webSocket.length > 0 && !cmd.method && !cmd.path)) return runWebSocket(cmd, source, webSocket, baseEvent, timeoutMs);
  if (!cmd.method || !cmd.path) throw new UserError('--spec needs --method and --path');
  if (webSocket.length > 0 && openDefinitions(source, { apiType: 'rest', cwd: cmd.cwd }).definitions.length === 0) refuseRestFlags(cmd, source, webSocket);
  const result = renderDefinitionSource(source, {
    method: cmd.method, path: cmd.path, contentType: cmd.contentType, event: applyOverrides(baseEvent, cmd, {}), api: cmd.api,
    integrationResponse: cmd.response ? {
      body: cmd.integrationResponse !== undefined ? readText(cmd.integrationResponse, cmd.display(cmd.integrationResponse), { allowEmpty: true }) : undefined,
      status: cmd.status, errorMessage: cmd.errorMessage,
    } : undefined,
  }, { cwd: cmd.cwd, refRoots: cmd.refRoot, timeoutMs });
  warnings.push(...result.warnings);
  const { request, response, operation } = result;
  if (request.kind === 'unsupported') {
    problems.push(`${operation}: ${request.reason}; API Gateway answers 415 Unsupported Media Type`);
    return { body: '', statusCode: 415, notes, warnings, problems };
  }
  if (!response) {
    if (request.template) {
      const t = request.template;
      notes.push(`using request template "${t.contentType}" of ${operation} (${t.file}:${t.line}:${t.column})`);
      if (cmd.checkJson) checkJson(request.body, t.contentType, problems);
    } else notes.push(`${operation}: ${request.reason}`);
    return { body: request.body, notes, warnings, problems };
  }
  if (response.selectionPattern === undefined) {
    problems.push(`${operation}: no integration response matches and there is no default; API Gateway answers 500 Internal Server Error`);
    return { body: '', statusCode: 500, notes, warnings, problems };
  }
  if (cmd.checkJson && response.template) checkJson(response.body, response.template.contentType, problems);
  const matched = response.selectionPattern === 'default' ? 'default' : `selection pattern "${response.selectionPattern}"`;
  notes.push(`using integration response ${matched} → ${response.statusCode}${response.template ? ` with response template "${response.template.contentType}"` : ' (no template: body passed through)'} of ${operation}`);
  return { body: response.body, statusCode: response.statusCode, headers: response.headers, notes, warnings, problems };
}

/** REST flags on a WebSocket API are refused by name: it has routes, not methods and paths. */
function refuseRestFlags(cmd: RenderCommand, source: Source, apis: string[]): void {
  const flag = cmd.method !== undefined ? '--method' : cmd.path !== undefined ? '--path' : cmd.pathParam.length ? '--path-param' : cmd.contentType !== undefined ? '--content-type' : undefined;
  if (!flag) return;
  const what = flag === '--content-type' ? 'chooses a REST request template by Content-Type' : 'picks a method of a REST API';
  throw new UserError(`${flag} ${what}; WebSocket API ${apis.join(', ')} has routes and selection expressions instead: give --route KEY or --message BODY`, { file: source.displayPath(cmd.cwd) });
}

function runWebSocket(cmd: RenderCommand, source: Source, apis: string[], event: ProxyEvent, timeoutMs: number): RenderOutcome {
  const file = source.displayPath(cmd.cwd);
  if (apis.length === 0) throw new UserError(`${cmd.route !== undefined ? '--route' : '--message'} picks a route of a WebSocket API (AWS::ApiGatewayV2::Api with ProtocolType WEBSOCKET); there is none here`, { file });
  refuseRestFlags(cmd, source, apis);
  const notes: string[] = [];
  const problems: string[] = [];
  const e = applyOverrides(event, cmd, {});
  const strings = (m: Record<string, string | null> | null | undefined) => Object.fromEntries(Object.entries(m ?? {}).filter((x): x is [string, string] => typeof x[1] === 'string'));
  const message = cmd.message ?? (typeof e.body === 'string' ? e.body : undefined);
  const r: WebSocketRender = renderWebSocketSource(source, {
    route: cmd.route, message, api: cmd.api, requestContext: e.requestContext ?? {}, stageVariables: strings(e.stageVariables),
    headers: strings(e.headers), queryStringParameters: strings(e.queryStringParameters),
    integrationResponse: cmd.response ? {
      body: cmd.integrationResponse !== undefined ? readText(cmd.integrationResponse, cmd.display(cmd.integrationResponse), { allowEmpty: true }) : undefined,
      status: cmd.status, errorMessage: cmd.errorMessage,
    } : undefined,
  }, { cwd: cmd.cwd, timeoutMs });
  const warnings = [...r.warnings];
  if (r.noRoute) {
    problems.push(`${r.routeSelection}; API Gateway answers the client with ${r.noRoute.frame}`);
    return { body: '', notes, warnings, problems };
  }
  const route = `route ${r.route}`;
  notes.push(r.routeSelection ? `${r.routeSelection} (WebSocket API ${r.api})` : `${route} of WebSocket API ${r.api}`);
  const request = r.request!;
  const at = (t: { file: string; line: number; column: number }) => `${t.file}:${t.line}:${t.column}`;
  if (request.kind === 'unsupported') {
    problems.push(`${route}: ${request.reason}; API Gateway does not call the integration`);
    return { body: '', notes, warnings, problems };
  }
  if (!r.response) {
    if (request.template) {
      const t = request.template;
      notes.push(`using request template "${t.key}" of ${route} (${at(t)})${t.key === t.selectedBy ? '' : `: no template "${t.selectedBy}"`}`);
      if (cmd.checkJson) checkJson(request.body, 'application/json', problems);
    } else notes.push(`${route}: ${request.reason}`);
    return { body: request.body, notes, warnings, problems };
  }
  const response = r.response;
  if (response.oneWay) {
    warnings.push(r.route === '$disconnect'
      ? `${route} runs after the connection is closed: API Gateway sends the client nothing`
      : `${route} has no route response: API Gateway sends the client nothing (one-way route)`);
  }
  if (response.proxy) {
    notes.push(`${route}: ${request.reason}; the back end's answer goes to the client as it is`);
    return { body: response.body, notes, warnings, problems };
  }
  if (response.matched === 'none') {
    problems.push(`${route}: no integration response matches and there is no $default integration response`);
    return { body: '', notes, warnings, problems };
  }
  const t = response.template;
  notes.push(`using integration response ${response.matched}${t ? ` with response template "${t.key}" (${at(t)})` : ' (no response template: body passed through)'} of ${route}`);
  if (cmd.checkJson && t) checkJson(response.body, 'application/json', problems);
  return { body: response.body, notes, warnings, problems };
}
