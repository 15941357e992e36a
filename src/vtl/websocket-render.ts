import { eventTypeOf, webSocketRequestContext } from '../aws/websocket-context.js';
import { RegexTimeoutError } from '../aws/java-regex.js';
import type { Loc } from '../document/refs.js';
import type { Source } from '../document/source.js';
import { UserError } from '../errors.js';
import { isObject } from '../model/detect.js';
import { onlyDefinition, openDefinitions, openSource } from '../model/open.js';
import { isTwoWay, type WebSocketModel, type WsRoute } from '../model/websocket.js';
import { guardTemplate } from './definition.js';
import { compileTemplate, RenderSession } from './render.js';
import { DEFAULT_LIMITS } from './template.js';
import { InputVariable, type TemplateRequest } from './variables.js';
import {
  integrationResponseSelectionValue, noRouteFrame, selectIntegrationResponse, selectRequestTemplate,
  selectResponseTemplate, selectRoute, type SelectionScope, templateText,
} from './websocket-selection.js';

/** One message (or `$connect`/`$disconnect`) to a WebSocket API, and optionally what its integration answered. */
export interface WebSocketRequest {
  /** The route, by key; without it `message` chooses one through the route selection expression. */
  route?: string;
  /** The message text (`$input.body`). */
  message?: string;
  /** In a template with several WebSocket APIs: the logical id of one. */
  api?: string;
  /** `$context` values over the defaults (`connectionId`, `stage`, `authorizer.principalId`, …). */
  requestContext?: Record<string, unknown>;
  stageVariables?: Record<string, string>;
  /** Headers and query string of the `$connect` request. */
  headers?: Record<string, string>;
  queryStringParameters?: Record<string, string>;
  integrationResponse?: { body?: string; status?: number | string; errorMessage?: string };
}

/** Where a mapping template that was used is written. */
export interface WsTemplateUsed {
  key: string;
  /** What the template selection expression gave. */
  selectedBy: string;
  file: string;
  line: number;
  column: number;
  pointer: string;
}

export interface WebSocketRender {
  /** The API's logical id. */
  api: string;
  /** The key of the route that takes the message; undefined when none does. */
  route?: string;
  /** How `--message` chose the route. */
  routeSelection?: string;
  /** No route takes the message: what API Gateway sends the client instead. */
  noRoute?: { frame: string };
  request?: {
    kind: 'template' | 'passthrough' | 'unsupported' | 'proxy';
    body: string;
    template?: WsTemplateUsed;
    reason?: string;
  };
  response?: {
    /** The integration response key that matched (`$default`, a `/regex/`), or `none`. */
    matched: string;
    body: string;
    template?: WsTemplateUsed;
    /** A route without a route response sends the client nothing. */
    oneWay: boolean;
    /** A proxy integration: the back end's answer goes back as it is. */
    proxy?: boolean;
  };
  warnings: string[];
}

/** Defaults of the request context; `--context` replaces any of them. Fixed ids keep renders reproducible. */
const DEFAULT_IDS = { connectionId: 'JvQxydTkoAMCIdg=', requestId: 'JvQy8FjdoAMF3Cw=', messageId: 'JvQy8dWloAMCIdg=', apiId: 'a1b2c3d4e5' };

function mergeContext(base: Record<string, unknown>, extra: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(extra)) out[k] = isObject(v) && isObject(out[k]) ? mergeContext(out[k] as Record<string, unknown>, v) : v;
  return out;
}

function stageName(model: WebSocketModel): string {
  const names = model.stages.map((s) => s.props.StageName).filter((n): n is string => typeof n === 'string');
  return names.length === 1 ? names[0]! : 'dev';
}

/** The stage variables the template gives the stage of that name (string values only). */
function stageVariablesOf(model: WebSocketModel, stage: string): Record<string, string> {
  const found = model.stages.find((s) => s.props.StageName === stage);
  const vars = found && isObject(found.props.StageVariables) ? found.props.StageVariables : {};
  return Object.fromEntries(Object.entries(vars).filter((e): e is [string, string] => typeof e[1] === 'string'));
}

function requestContextFor(model: WebSocketModel, routeKey: string, overrides: Record<string, unknown>, now: number, userAgent?: string): Record<string, unknown> {
  const given = (k: string) => (typeof overrides[k] === 'string' || typeof overrides[k] === 'number' ? String(overrides[k]) : undefined);
  const epoch = (k: string) => (/^\d+$/.test(given(k) ?? '') ? Number(given(k)) : undefined);
  const time = epoch('requestTimeEpoch') ?? now;
  // What is derived from an overridden value follows it: extendedRequestId the requestId, domainName the apiId, requestTime the epoch.
  const base = webSocketRequestContext({
    routeKey, stage: given('stage') ?? stageName(model), sourceIp: '192.0.2.1', userAgent, time, connectedAt: epoch('connectedAt') ?? time,
    connectionId: given('connectionId') ?? DEFAULT_IDS.connectionId, requestId: given('requestId') ?? DEFAULT_IDS.requestId,
    messageId: given('messageId') ?? DEFAULT_IDS.messageId, apiId: given('apiId') ?? DEFAULT_IDS.apiId,
  });
  const merged = mergeContext(base, overrides);
  // Numbers in API Gateway's context: `$context.requestTimeEpoch + 86400` adds, it does not concatenate.
  merged.requestTimeEpoch = time;
  merged.connectedAt = base.connectedAt;
  if (eventTypeOf(routeKey) !== 'MESSAGE') delete merged.messageId;
  return merged;
}

function routeList(model: WebSocketModel): string {
  return model.routes.map((r) => r.key ?? r.id).join(', ') || 'none';
}

function used(loc: Loc, key: string, selectedBy: string, cwd: string): WsTemplateUsed {
  const { range } = loc.source.locate(loc.pointer, 'key');
  return { key, selectedBy, file: loc.source.displayPath(cwd), line: range.start.line, column: range.start.column, pointer: loc.pointer };
}

/**
 * What API Gateway does with one message to a WebSocket API written as CloudFormation resources:
 * the route (by key, or chosen by the route selection expression), the request template chosen
 * by the integration's template selection expression, rendered with the WebSocket `$context`,
 * then with `integrationResponse` the integration response chosen by its key and its response
 * template. `apigw render-template --spec … --route|--message` runs this.
 */
export function renderWebSocketSource(source: Source, input: WebSocketRequest, options: { cwd?: string; timeoutMs?: number; now?: number } = {}): WebSocketRender {
  const cwd = options.cwd ?? process.cwd();
  const timeoutMs = options.timeoutMs ?? DEFAULT_LIMITS.timeoutMs;
  const file = source.displayPath(cwd);
  const definition = onlyDefinition(openDefinitions(source, { apiType: 'websocket', pick: input.api, cwd }));
  const model = definition.model.websocket!;
  const warnings: string[] = [];
  const result: WebSocketRender = { api: definition.logicalId ?? model.api.id, warnings };
  const message = input.message;

  let route: WsRoute | undefined;
  if (input.route !== undefined) {
    route = model.routes.find((r) => r.key === input.route);
    if (!route) throw new UserError(`no route "${input.route}" in WebSocket API ${result.api} (routes: ${routeList(model)})`, { file });
    if (message !== undefined && (route.key === '$connect' || route.key === '$disconnect')) {
      throw new UserError(`--message: a ${route.key} request carries no message; give --message with a route that receives messages`, { file });
    }
  } else {
    if (message === undefined) throw new UserError(`WebSocket API ${result.api} has routes: give --route KEY (${routeList(model)}) or --message BODY`, { file });
    const selection = selectRoute(model, message);
    result.routeSelection = selection.detail;
    route = selection.route;
  }
  const routeKey = route?.key ?? '$default';
  const userAgent = Object.entries(input.headers ?? {}).find(([k]) => k.toLowerCase() === 'user-agent')?.[1];
  const context = requestContextFor(model, routeKey, input.requestContext ?? {}, options.now ?? Date.now(), userAgent);
  if (!route) {
    result.noRoute = { frame: noRouteFrame(String(context.connectionId), String(context.requestId)) };
    return result;
  }
  result.route = route.key;
  const integration = route.integration;
  if (!integration) {
    const target = route.target.written ? 'an integration this template does not declare' : 'no Target';
    throw new UserError(`route ${route.key} of WebSocket API ${result.api} has ${target}; there is nothing to render`, { file });
  }

  if (route.key !== '$connect' && (Object.keys(input.headers ?? {}).length || Object.keys(input.queryStringParameters ?? {}).length)) {
    warnings.push(`only the $connect request has headers and a query string; route ${route.key} receives a message, and its templates see none`);
  }
  const headers = route.key === '$connect' ? { ...input.headers } : {};
  const querystring = route.key === '$connect' ? { ...input.queryStringParameters } : {};
  const body = message ?? '';
  const stageVariables = { ...stageVariablesOf(model, String(context.stage)), ...input.stageVariables };
  const request: TemplateRequest = {
    body, path: {}, querystring, header: headers, stageVariables, context,
  };
  const scope: SelectionScope = { body, headers: request.header, querystring: request.querystring, context, stageVariables };
  const session = new RenderSession(request);
  const render = (value: unknown, loc: Loc, req: TemplateRequest) => {
    const display = loc.source.displayPath(cwd);
    const t = templateText(value);
    if (!t) {
      const { range } = loc.source.locate(loc.pointer, 'value');
      throw new UserError('this mapping template is a CloudFormation value whose text is not in the template', { file: display, line: range.start.line, column: range.start.column });
    }
    if (t.unknowns.length) warnings.push(`the template at ${display}:${loc.source.locate(loc.pointer, 'key').range.start.line} holds values CloudFormation fills in at deployment, shown as written: ${t.unknowns.join(', ')}`);
    const where = typeof value === 'string' ? { loc, text: t.text, display } : { file: display };
    const deadline = Date.now() + timeoutMs;
    const compiled = guardTemplate(() => compileTemplate(t.text, { deadline }), where);
    const r = guardTemplate(() => compiled.renderWithWarnings(req, { session, deadline, limits: { timeoutMs } }), where);
    warnings.push(...r.warnings);
    return t.show(r.output);
  };

  const choice = selectRequestTemplate(integration, scope);
  if (choice.kind === 'template') {
    result.request = { kind: 'template', body: render(choice.text, choice.loc, request), template: used(choice.loc, choice.key, choice.selectedBy, cwd) };
  } else {
    result.request = { kind: choice.kind, body: choice.kind === 'unsupported' ? '' : body, reason: choice.reason };
  }
  const answer = input.integrationResponse;
  if (!answer || choice.kind === 'unsupported') return result;

  // $disconnect runs after the connection is closed: nothing reaches the client, route response or not
  // (https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-route-keys-connect-disconnect.html).
  const oneWay = !isTwoWay(route) || route.key === '$disconnect';
  let backendBody = answer.body ?? '';
  if (answer.errorMessage !== undefined && answer.body === undefined) backendBody = JSON.stringify({ errorMessage: answer.errorMessage, errorType: 'Error' });
  if (choice.kind === 'proxy') {
    result.response = { matched: 'none', body: backendBody, oneWay, proxy: true };
    return result;
  }
  let status = answer.status;
  // A MOCK integration answers with the statusCode its request template wrote.
  if (status === undefined && integration.type === 'MOCK' && result.request.kind === 'template') {
    const written = /"statusCode"\s*:\s*"?(\d{3})/.exec(result.request.body)?.[1];
    if (written) status = written;
  }
  let selected;
  try {
    selected = selectIntegrationResponse(integration, integrationResponseSelectionValue(integration, { statusCode: status, errorMessage: answer.errorMessage }), timeoutMs);
  } catch (err) {
    if (err instanceof RegexTimeoutError) throw new UserError(`integration response key: ${err.message}`, { file, exitCode: 1 });
    throw err;
  }
  const response = selected.response;
  if (!response) {
    result.response = { matched: 'none', body: '', oneWay };
    return result;
  }
  const responseRequest = { ...request, body: backendBody };
  session.globals.set('input', new InputVariable(responseRequest));
  const template = selectResponseTemplate(response, { ...scope, integrationResponse: { statusCode: status, body: backendBody, headers: {} } });
  result.response = template
    ? { matched: selected.matched, body: render(template.text, template.loc, responseRequest), template: used(template.loc, template.key, template.selectedBy, cwd), oneWay }
    : { matched: selected.matched, body: backendBody, oneWay };
  return result;
}

/**
 * `renderWebSocketSource` for a CloudFormation/SAM template file (or `-`), or for template text
 * held in memory. Bad input and template errors throw `UserError`, whose message names the file.
 */
export async function renderWebSocketMessage(definition: string | { text: string; file: string }, input: WebSocketRequest, options: { cwd?: string; timeoutMs?: number; now?: number } = {}): Promise<WebSocketRender> {
  const cwd = options.cwd ?? process.cwd();
  return renderWebSocketSource(openSource(definition, cwd), input, { ...options, cwd });
}
