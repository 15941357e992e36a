import { javaMatches, RegexTimeoutError } from '../aws/java-regex.js';
import { readTemplateText } from '../aws/template-text.js';
import { selectionParts, selectionVariables } from '../aws/websocket-selection-expression.js';
import type { Loc } from '../document/refs.js';
import { isObject } from '../model/detect.js';
import { isLambdaIntegration, isMessageRoute, isProxy, propertyAt, type WebSocketModel, type WsIntegration, type WsIntegrationResponse, type WsRoute } from '../model/websocket.js';
import { JList, JMap, type JValue, javaString } from './java.js';
import { evaluateJsonPath, JsonPathError } from './jsonpath.js';
import { parseJson } from './json.js';

/*
 * How API Gateway chooses, for a WebSocket API, the route of a message, the request template of
 * an integration, the integration response of a back end's answer and its response template.
 * render-template and serve both use these; each rule names the AWS page that states it.
 */

/** Where the variables of a selection expression take their values. */
export interface SelectionScope {
  /** The message (`$request.body`); on `$connect` there is none. */
  body?: string;
  /** `$request.header.X` and `$request.querystring.X` (the `$connect` request). */
  headers?: Record<string, string>;
  querystring?: Record<string, string>;
  /** `$context.X` (`$context.authorizer.usageIdentifierKey`). */
  context?: Record<string, unknown>;
  stageVariables?: Record<string, string>;
  /** `$integration.response.statuscode`, `.header.X`, `.multivalueheader.X`, `.body.X` (integration responses only). */
  integrationResponse?: { statusCode?: number | string; headers?: Record<string, string | string[]>; body?: string };
}

/**
 * A JSON value as a selection expression prints it. The route selection docs say the result
 * "will be stringified. For example, if your JSONPath expression returns an array of two elements,
 * that will be presented as the string "[item1, item2]"" (websocket-api-develop-routes):
 * Java's `List.toString`, and `Map.toString` (`{a=1}`) for objects. A JSON `null` reads as a
 * missing value, "".
 */
export function selectionString(v: JValue | undefined): string {
  if (v === undefined || v === null) return '';
  const java = (x: JValue): JValue => {
    if (x instanceof JList) return new JList(x.items.map(java), 'list');
    if (x instanceof JMap) {
      const m = new JMap('linked');
      for (const k of x.keys()) m.add(k, java(x.get(k)));
      return m;
    }
    return x;
  };
  return javaString(java(v));
}

/** The parsed message, or undefined when it is not JSON. */
function parsedBody(body: string | undefined): JValue | undefined {
  if (body === undefined) return undefined;
  try {
    return parseJson(body);
  } catch {
    return undefined;
  }
}

/** Value of `path` (`action`, `data.room`, `items[0]`) in a parsed JSON document: "" when it is not there. */
function jsonPathValue(doc: JValue | undefined, path: string): string {
  if (doc === undefined) return '';
  const expr = path === '' ? '$' : path.startsWith('[') ? `$${path}` : `$.${path}`;
  try {
    return selectionString(evaluateJsonPath(doc, expr));
  } catch (err) {
    if (err instanceof JsonPathError) return '';
    throw err;
  }
}

function caseless(map: Record<string, string | string[]> | undefined, name: string): string | string[] | undefined {
  if (!map) return undefined;
  const lower = name.toLowerCase();
  const key = Object.keys(map).find((k) => k.toLowerCase() === lower);
  return key === undefined ? undefined : map[key];
}

function contextValue(context: Record<string, unknown> | undefined, path: string): string {
  let v: unknown = context;
  for (const k of path.split('.')) {
    if (!isObject(v) || !Object.prototype.hasOwnProperty.call(v, k)) return '';
    v = v[k];
  }
  if (v === null || v === undefined) return '';
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

/** The value of one variable (`request.body.action`); unknown variables and missing values give "". */
function variableValue(name: string, scope: SelectionScope, doc: () => JValue | undefined): string {
  if (name === 'request.body') return scope.body ?? '';
  let m = /^request\.body\.?(.*)$/s.exec(name);
  if (m) return jsonPathValue(doc(), m[1]!);
  m = /^request\.header\.(.+)$/s.exec(name);
  if (m) return String(caseless(scope.headers, m[1]!) ?? '');
  m = /^request\.querystring\.(.+)$/s.exec(name);
  if (m) return scope.querystring?.[m[1]!] ?? '';
  m = /^context\.(.+)$/s.exec(name);
  if (m) return contextValue(scope.context, m[1]!);
  m = /^stageVariables\.(.+)$/s.exec(name);
  if (m) return scope.stageVariables?.[m[1]!] ?? '';
  const answer = scope.integrationResponse;
  if (name === 'integration.response.statuscode') return answer?.statusCode === undefined ? '' : String(answer.statusCode);
  m = /^integration\.response\.(header|multivalueheader)\.(.+)$/s.exec(name);
  if (m) {
    const v = caseless(answer?.headers, m[2]!);
    if (v === undefined) return '';
    if (!Array.isArray(v)) return v;
    return m[1] === 'header' ? (v[v.length - 1] ?? '') : v.join(',');
  }
  m = /^integration\.response\.body\.?(.*)$/s.exec(name);
  if (m) return jsonPathValue(parsedBody(answer?.body), m[1]!);
  return '';
}

/**
 * Evaluate a WebSocket selection expression as API Gateway does, over the parts of its syntax
 * (`selectionParts`): several variables are evaluated once each with no recursive evaluation,
 * and a JSONPath that finds nothing gives "" (`${request.body.action}-${request.body.invalidPath}`
 * → `join-`, websocket-api-develop-routes).
 */
export function evaluateSelectionExpression(expression: string, scope: SelectionScope): string {
  let parsed: { doc: JValue | undefined } | undefined;
  const doc = () => (parsed ??= { doc: parsedBody(scope.body) }).doc;
  return selectionParts(expression).map((p) => (p.kind === 'text' ? p.text : variableValue(p.name, scope, doc))).join('');
}

/** True when the expression reads the message (`$request.body…`). */
const readsBody = (expression: string): boolean => selectionVariables(expression).some((name) => name.startsWith('request.body'));

export interface RouteSelection {
  /** The route that gets the message; undefined when none does and the API has no `$default` route. */
  route?: WsRoute;
  /** The value of the route selection expression; undefined when it was not evaluated (the message is not JSON). */
  key?: string;
  /**
   * `match`: a route's key equals `key`; `default`: nothing matched and `$default` took it;
   * `not-json`: the message is not JSON, so `$default` (or nothing) takes it;
   * `none`: nothing matched and there is no `$default`.
   */
  reason: 'match' | 'default' | 'not-json' | 'none';
  /** One sentence for a person: what was evaluated and what it chose. */
  detail: string;
}

/** The API's route selection expression, when written as a string. */
export function routeSelectionExpression(model: WebSocketModel): string | undefined {
  const v = model.api.props.RouteSelectionExpression;
  return typeof v === 'string' ? v : undefined;
}

/**
 * The route API Gateway sends a message to (websocket-api-develop-routes): the route whose key
 * exactly matches the evaluated route selection expression, else `$default`; with no `$default`
 * "API Gateway returns an error" (the frame of `noRouteFrame`). A message that is not JSON goes
 * to `$default` ("Non-JSON messages are directed to a $default route"). `$connect` and
 * `$disconnect` are called on connecting and disconnecting, never for a message, whatever the
 * expression gives (LocalStack got this wrong: localstack/localstack#7153).
 */
export function selectRoute(model: WebSocketModel, message: string): RouteSelection {
  const fallback = model.routes.find((r) => r.key === '$default');
  const expression = routeSelectionExpression(model);
  const text = expression === undefined ? 'the route selection expression' : `route selection expression ${expression}`;
  const otherwise = (reason: 'default' | 'not-json', key: string | undefined, why: string): RouteSelection => fallback
    ? { route: fallback, key, reason, detail: `${why}: route $default` }
    : { key, reason: 'none', detail: `${why} and there is no $default route` };
  if (expression !== undefined && readsBody(expression) && parsedBody(message) === undefined) {
    return otherwise('not-json', undefined, 'the message is not JSON');
  }
  const key = expression === undefined ? '' : evaluateSelectionExpression(expression, { body: message });
  const route = model.routes.find((r) => r.key === key && isMessageRoute(r));
  if (route) return { route, key, reason: 'match', detail: `${text} gives "${key}": route ${key}` };
  return otherwise('default', key, `${text} gives "${key}", which no route has`);
}

/**
 * A frame API Gateway itself sends a client, in its own spacing: `{"message": "Forbidden",
 * "connectionId":"…", "requestId":"…"}`. "Forbidden" when a message matches no route and there is
 * no `$default` route (clients of aws-samples/simple-websockets-chat-app, which has no
 * `$default`, record it: https://github.com/aws-samples/simple-websockets-chat-app/issues/24);
 * "Internal server error" when the integration fails (the function throws or cannot be reached).
 * A Lambda proxy answer with a non-2xx `statusCode` is not a failure: a two-way route sends its
 * `body` (as wscat sessions against deployed APIs record; `src/serve/websocket/integrations.ts`).
 */
export function gatewayErrorFrame(message: 'Forbidden' | 'Internal server error', connectionId: string, requestId: string): string {
  return `{"message": ${JSON.stringify(message)}, "connectionId":${JSON.stringify(connectionId)}, "requestId":${JSON.stringify(requestId)}}`;
}

/** The frame a client gets for a message no route takes (see `gatewayErrorFrame`). */
export function noRouteFrame(connectionId: string, requestId: string): string {
  return gatewayErrorFrame('Forbidden', connectionId, requestId);
}

/** A mapping template's text, with the parts CloudFormation fills in at deployment held as marks. */
export interface TemplateText {
  /** The text to render: each CloudFormation value is a mark no template contains (\u0001n\u0002). */
  text: string;
  /** The CloudFormation values, as `${Name}` (`Ref: Table` → `${Table}`, `Fn::GetAtt: [Fn, Arn]` → `${Fn.Arn}`). */
  unknowns: string[];
  /** `rendered` with each mark written back as its `${Name}`. */
  show(rendered: string): string;
}

/**
 * The text of a mapping template: a string as it is (its `${…}` are Velocity references), or a
 * `Fn::Sub` (whose `${Name}` CloudFormation replaces, `${!Name}` being a literal `${Name}`) or
 * `Fn::Join` (whose non-string parts are CloudFormation values). Undefined for any other value.
 */
export function templateText(value: unknown): TemplateText | undefined {
  const unknowns: string[] = [];
  const mark = (name: string) => {
    let i = unknowns.indexOf(name);
    if (i < 0) i = unknowns.push(name) - 1;
    return `\u0001${i}\u0002`;
  };
  const read = readTemplateText(value, (part) => (part.kind === 'escaped' ? `\${${part.name}}` : mark(`\${${part.name}}`)));
  if (read === undefined) return undefined;
  return { text: read.text, unknowns, show: (rendered) => rendered.replace(/\u0001(\d+)\u0002/g, (m, i: string) => unknowns[Number(i)] ?? m) };
}

export type TemplateChoice =
  | {
    kind: 'template';
    /** The key of the template used. */
    key: string;
    /** What the template selection expression gave (or the key looked for without one). */
    selectedBy: string;
    text: unknown;
    loc: Loc;
  }
  | { kind: 'passthrough' | 'unsupported' | 'proxy'; reason: string };

type TemplateFound = Extract<TemplateChoice, { kind: 'template' }>;

/**
 * The template of `property` (RequestTemplates or ResponseTemplates) that the resource's
 * TemplateSelectionExpression chooses: the template keyed by its value, else `$default`. Without
 * an expression the key looked for is `application/json` (see `selectRequestTemplate`).
 */
function chooseTemplate(resource: WsIntegration | WsIntegrationResponse, property: 'RequestTemplates' | 'ResponseTemplates', scope: SelectionScope) {
  const value = resource.props[property];
  const templates: Record<string, unknown> = isObject(value) ? value : {};
  const expression = resource.props.TemplateSelectionExpression;
  const selectedBy = typeof expression === 'string' ? evaluateSelectionExpression(expression, scope) : 'application/json';
  const key = [selectedBy, '$default'].find((k) => Object.prototype.hasOwnProperty.call(templates, k));
  const found: TemplateFound | undefined = key === undefined ? undefined : { kind: 'template', key, selectedBy, text: templates[key], loc: propertyAt(resource, property, key) };
  return { found, templates, expression, selectedBy };
}

/**
 * The request template of a WebSocket integration (websocket-api-data-transformations): the
 * integration's TemplateSelectionExpression (`${request.body.jsonPath}` or a static value) gives
 * a key; the template of that key, else the `$default` template, is used. Keys are values of that
 * expression, not content types (localstack/localstack#4719 shows the confusion). Without an
 * expression the key looked for is `application/json`, as for a request that has no Content-Type
 * (a message has none): the template of apigw-websocket-mapping-template-authorizer in
 * aws-samples/serverless-patterns is keyed so, has no expression, and its function reads the body
 * only that template gives it. When nothing is chosen, PassthroughBehavior decides:
 * WHEN_NO_MATCH (the default) passes the message through, WHEN_NO_TEMPLATES only when the
 * integration has no template, NEVER refuses it. Proxy integrations have no templates.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigatewayv2-integration.html (PassthroughBehavior)
 */
export function selectRequestTemplate(integration: WsIntegration, scope: SelectionScope): TemplateChoice {
  if (isProxy(integration.type)) {
    return { kind: 'proxy', reason: `${integration.type} integration: API Gateway applies no mapping template` };
  }
  const { found, templates, expression, selectedBy } = chooseTemplate(integration, 'RequestTemplates', scope);
  if (found) return found;
  const keys = Object.keys(templates);
  const known = keys.length ? keys.join(', ') : 'none';
  const looked = typeof expression === 'string' ? `template selection expression ${expression} gives "${selectedBy}"` : 'no template selection expression';
  const behavior = typeof integration.props.PassthroughBehavior === 'string' ? integration.props.PassthroughBehavior.toUpperCase() : 'WHEN_NO_MATCH';
  if (behavior === 'NEVER' || (behavior === 'WHEN_NO_TEMPLATES' && keys.length > 0)) {
    return { kind: 'unsupported', reason: `${looked}, no template has that key or $default (templates: ${known}), and PassthroughBehavior is ${behavior}` };
  }
  return { kind: 'passthrough', reason: `${looked}, no template has that key or $default (templates: ${known}); PassthroughBehavior ${behavior} passes the message through unchanged` };
}

/** What the integration answered, for choosing its integration response. */
export interface IntegrationAnswer {
  /** The back end's HTTP status (HTTP, MOCK and AWS service integrations). */
  statusCode?: number | string;
  /** A Lambda function's `errorMessage` (AWS integrations of a Lambda function). */
  errorMessage?: string;
}

/**
 * The value integration response keys are matched against
 * (websocket-api-data-transformations, "Integration response selection expressions"): the
 * Lambda `errorMessage` for Lambda integrations (`$integration.response.body.errorMessage`),
 * the status code for HTTP and MOCK ones (`$integration.response.statuscode`), and, as for
 * HTTP, the status code of an AWS service integration. Undefined when it is not known (a Lambda
 * function that did not fail has no errorMessage).
 */
export function integrationResponseSelectionValue(integration: WsIntegration, answer: IntegrationAnswer): string | undefined {
  if (isLambdaIntegration(integration)) return answer.errorMessage;
  return answer.statusCode === undefined ? undefined : String(answer.statusCode);
}

export interface IntegrationResponseSelection {
  /** Undefined when no key matches and there is no `$default`. */
  response?: WsIntegrationResponse;
  /** `$default`, or the `/regex/` key that matched, or `none`. */
  matched: string;
}

/**
 * The integration response for `value` (apigateway-websocket-api-integration-responses): a key
 * `/expression/` is a regular expression matched against the whole value (`/2\d\d/` for 2XX
 * statuses), in the order the responses are written; a key without slashes must equal the value;
 * `$default` is the catch-all when nothing matches. A key Java cannot compile never matches (lint
 * reports it); one that runs past the time limit throws `RegexTimeoutError`.
 */
export function selectIntegrationResponse(integration: WsIntegration, value: string | undefined, timeoutMs = 5000): IntegrationResponseSelection {
  if (value !== undefined) {
    const budget = { deadline: Date.now() + timeoutMs, timeoutMs };
    for (const r of integration.responses) {
      const key = r.key;
      if (key === undefined || key === '$default') continue;
      const regex = /^\/(.*)\/$/s.exec(key);
      if (!regex) {
        if (key === value) return { response: r, matched: key };
        continue;
      }
      try {
        if (javaMatches(value, regex[1]!, budget)) return { response: r, matched: key };
      } catch (err) {
        if (err instanceof RegexTimeoutError) throw err;
      }
    }
  }
  const fallback = integration.responses.find((r) => r.key === '$default');
  return { response: fallback, matched: fallback ? '$default' : 'none' };
}

/**
 * The response template of an integration response (websocket-api-data-transformations): its
 * TemplateSelectionExpression (`${request.body.jsonPath}`, `${integration.response.statuscode}`,
 * `${integration.response.header.X}`, `${integration.response.multivalueheader.X}` or a static
 * value) gives a key; that template, else `$default`, is used. Without an expression the key looked
 * for is `application/json`, as on the request side. Undefined: the body goes back unchanged.
 */
export function selectResponseTemplate(response: WsIntegrationResponse, scope: SelectionScope): TemplateFound | undefined {
  return chooseTemplate(response, 'ResponseTemplates', scope).found;
}
