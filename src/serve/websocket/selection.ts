import { javaMatches } from '../../aws/java-regex.js';
import { isObject } from '../../model/detect.js';
import type { WebSocketModel, WsIntegration, WsIntegrationResponse, WsRoute } from '../../model/websocket.js';

/**
 * Selection expressions of a WebSocket API as API Gateway evaluates them
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-selection-expressions.html):
 * `$request.body.path` or `${request.body.path}` (with static text around), evaluated once; `\$`
 * is a literal dollar (`\$default`). A path the body lacks gives an empty string; an object or an
 * array is its JSON text.
 */
export function evaluateSelection(expression: string, body: unknown, integration?: { statuscode?: string; body?: unknown }): string {
  const value = (source: string, path: string): string => {
    const root = source === 'request.body' ? body : source === 'integration.response.body' ? integration?.body : undefined;
    if (source === 'integration.response.statuscode') return integration?.statuscode ?? '';
    let v: unknown = root;
    for (const part of path.split('.').filter(Boolean)) v = isObject(v) ? v[part] : Array.isArray(v) && /^\d+$/.test(part) ? v[Number(part)] : undefined;
    if (v === undefined || v === null) return '';
    return typeof v === 'string' ? v : JSON.stringify(v);
  };
  const variable = /\\\$|\$\{(request\.body|integration\.response\.body|integration\.response\.statuscode)\.?([^}]*)\}|\$(request\.body|integration\.response\.body|integration\.response\.statuscode)\.?([A-Za-z0-9_.\-]*)/g;
  return expression.replace(variable, (all, braced?: string, bracedPath?: string, bare?: string, barePath?: string) => {
    if (all === '\\$') return '$';
    return braced !== undefined ? value(braced, bracedPath ?? '') : value(bare!, barePath ?? '');
  });
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/**
 * The route a message goes to: the route whose key is the value of the API's route selection
 * expression, else `$default`; a message that is not JSON goes to `$default`
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/websocket-api-develop-routes.html).
 * `selected` is the expression's value; `route` is undefined when neither exists.
 */
export function selectRoute(model: WebSocketModel, message: string): { selected: string; route?: WsRoute } {
  const expression = model.api.props.RouteSelectionExpression;
  const parsed = parseJson(message);
  const byKey = (key: string) => model.routes.find((r) => r.key === key && key !== '$connect' && key !== '$disconnect');
  const selected = parsed.ok && typeof expression === 'string' ? evaluateSelection(expression, parsed.value) : '$default';
  return { selected, route: byKey(selected) ?? byKey('$default') };
}

export type RequestTemplateChoice = { kind: 'template'; key: string; text: string } | { kind: 'passthrough' } | { kind: 'unsupported' };

/**
 * An integration's request template: the one whose key is the value of its template selection
 * expression, else `$default`; without a match the message passes through unless
 * PassthroughBehavior says otherwise (NEVER, or WHEN_NO_TEMPLATES with templates)
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/websocket-api-data-transformations.html).
 */
export function selectRequestTemplate(integration: WsIntegration, message: string): RequestTemplateChoice {
  const templates = isObject(integration.props.RequestTemplates) ? integration.props.RequestTemplates : {};
  const expression = integration.props.TemplateSelectionExpression;
  const parsed = parseJson(message);
  const key = typeof expression === 'string' ? evaluateSelection(expression, parsed.ok ? parsed.value : undefined) : '$default';
  for (const k of [key, '$default']) {
    const text = templates[k];
    if (typeof text === 'string') return { kind: 'template', key: k, text };
  }
  // Without an expression, a lone template keyed otherwise (`application/json`, as REST APIs key
  // them) is taken: deployed samples are written so (serverless-patterns apigw-websocket-mapping-template-authorizer).
  const only = Object.entries(templates).filter(([, t]) => typeof t === 'string');
  if (typeof expression !== 'string' && only.length === 1) return { kind: 'template', key: only[0]![0], text: only[0]![1] as string };
  const behavior = String(integration.props.PassthroughBehavior ?? 'WHEN_NO_MATCH').toUpperCase();
  if (behavior === 'NEVER' || (behavior === 'WHEN_NO_TEMPLATES' && Object.keys(templates).length)) return { kind: 'unsupported' };
  return { kind: 'passthrough' };
}

/**
 * The integration response of a non-proxy integration: the one whose key `/regex/` matches
 * `against` as a whole (the status code of an HTTP or MOCK back end, a Lambda function's
 * errorMessage), else `$default`
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-integration-responses.html).
 */
export function selectIntegrationResponse(integration: WsIntegration, against: string | undefined): WsIntegrationResponse | undefined {
  if (against !== undefined) {
    for (const r of integration.responses) {
      const m = r.key !== undefined ? /^\/(.*)\/$/s.exec(r.key) : null;
      if (m && safeMatches(against, m[1]!)) return r;
    }
  }
  return integration.responses.find((r) => r.key === '$default');
}

/** The response template of an integration response: its template selection expression's value, else `$default`, else its only template. */
export function selectResponseTemplate(response: WsIntegrationResponse, endpoint: { statuscode: string; body: unknown }): string | undefined {
  const templates = isObject(response.props.ResponseTemplates) ? response.props.ResponseTemplates : {};
  const expression = response.props.TemplateSelectionExpression;
  const key = typeof expression === 'string' ? evaluateSelection(expression, undefined, endpoint) : '$default';
  for (const k of [key, '$default']) if (typeof templates[k] === 'string') return templates[k];
  const all = Object.values(templates).filter((t): t is string => typeof t === 'string');
  return all.length === 1 ? all[0] : undefined;
}

function safeMatches(s: string, pattern: string): boolean {
  try {
    return javaMatches(s, pattern, { deadline: Date.now() + 1000 });
  } catch {
    return false;
  }
}
