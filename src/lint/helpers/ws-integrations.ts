import { isObject } from '../../model/detect.js';
import type { WebSocketModel, WsIntegration, WsRoute, WsTemplate } from '../../model/websocket.js';
import { refOf, getAttOf } from './template.js';

/** AWS pages the WebSocket integration, response, selection-expression and template rules cite. */
const DG = 'https://docs.aws.amazon.com/apigateway/latest/developerguide/';
const CFN = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/';
export const WS_DOCS = {
  routeResponse: `${DG}apigateway-websocket-api-route-response.html`,
  integrationResponses: `${DG}apigateway-websocket-api-integration-responses.html`,
  integrationRequests: `${DG}apigateway-websocket-api-integration-requests.html`,
  selectionExpressions: `${DG}apigateway-websocket-api-selection-expressions.html`,
  dataTransformations: `${DG}websocket-api-data-transformations.html`,
  requestValidation: `${DG}websocket-api-request-validation.html`,
  templateReference: `${DG}apigateway-websocket-api-mapping-template-reference.html`,
  connectDisconnect: `${DG}apigateway-websocket-api-route-keys-connect-disconnect.html`,
  limits: `${DG}apigateway-execution-service-websocket-limits-table.html`,
  cfnIntegration: `${CFN}aws-resource-apigatewayv2-integration.html`,
} as const;

/**
 * Proxy integrations pass the back end's answer through: "For proxy integrations, API Gateway
 * automatically passes the backend output to the caller as the complete payload. There is no
 * integration response." (apigateway-websocket-api-integration-responses).
 */
export const isProxy = (type: string | undefined): boolean => type === 'AWS_PROXY' || type === 'HTTP_PROXY';
export const isNonProxy = (type: string | undefined): boolean => type === 'AWS' || type === 'HTTP' || type === 'MOCK';

/**
 * A route answers the client only with a route response: "API Gateway will not pass the backend
 * response through to the route response, unless you set up a route response" (apigateway-websocket-api-route-response).
 * `$disconnect` never answers: it runs after the connection is closed (ws/route-response-unsent says so).
 */
export const isTwoWay = (route: WsRoute): boolean => route.responses.length > 0 && route.key !== '$disconnect';

/** How a route or integration is named in messages. */
export function integrationLabel(integ: WsIntegration): string {
  const keys = integ.routes.map((r) => r.key ?? r.id);
  return keys.length ? `${integ.id} (route ${keys.join(', ')})` : integ.id;
}

export type SelectionPart = { literal: string } | { variable: string };

/**
 * A selection expression in its parts (apigateway-websocket-api-selection-expressions): `$name.path`
 * and `${name.path}` are variables, `\$` is a literal dollar sign (so `\$default` is the static
 * value `$default`), everything else is static text.
 */
export function parseSelection(expr: string): SelectionPart[] {
  const parts: SelectionPart[] = [];
  let text = '';
  for (let i = 0; i < expr.length; i++) {
    const c = expr[i]!;
    if (c === '\\' && expr[i + 1] === '$') {
      text += '$';
      i++;
    } else if (c === '$' && expr[i + 1] === '{' && expr.indexOf('}', i) > 0) {
      const end = expr.indexOf('}', i);
      if (text) parts.push({ literal: text });
      text = '';
      parts.push({ variable: expr.slice(i + 2, end) });
      i = end;
    } else if (c === '$' && /[A-Za-z]/.test(expr[i + 1] ?? '')) {
      const m = /^[A-Za-z0-9_.\-[\]'"]+/.exec(expr.slice(i + 1))!;
      if (text) parts.push({ literal: text });
      text = '';
      parts.push({ variable: m[0] });
      i += m[0].length;
    } else text += c;
  }
  if (text) parts.push({ literal: text });
  return parts;
}

export const variablesOf = (parts: SelectionPart[]): string[] => parts.flatMap((p) => ('variable' in p ? [p.variable] : []));

/** The one value an expression without variables evaluates to. */
export function staticValue(expr: string): string | undefined {
  const parts = parseSelection(expr);
  return variablesOf(parts).length ? undefined : parts.map((p) => ('literal' in p ? p.literal : '')).join('');
}

/** Two expressions that evaluate alike: `$request.body.action` and `${request.body.action}`. */
export function sameSelection(a: string, b: string): boolean {
  const norm = (e: string) => parseSelection(e).map((p) => ('variable' in p ? `\${${p.variable}}` : p.literal.replace(/\$/g, '\\$'))).join('');
  return norm(a) === norm(b);
}

/**
 * The text of a mapping template as API Gateway will hold it: a string as written; an `Fn::Sub`
 * or `Fn::Join` with each value CloudFormation fills in replaced by `x` (so the Velocity
 * syntax around it can be judged). `exact` says whether offsets in it are offsets in the file's value.
 */
export function templateText(value: unknown): { text: string; exact: boolean } | undefined {
  if (typeof value === 'string') return { text: value, exact: true };
  if (!isObject(value)) return undefined;
  const sub = value['Fn::Sub'];
  const subString = typeof sub === 'string' ? sub : Array.isArray(sub) && typeof sub[0] === 'string' ? sub[0] : undefined;
  if (subString !== undefined) {
    return { text: subString.replace(/\$\{([^!}][^}]*)\}/g, 'x').replace(/\$\{!/g, '${'), exact: false };
  }
  const join = value['Fn::Join'];
  if (Array.isArray(join) && typeof join[0] === 'string' && Array.isArray(join[1])) {
    const parts = (join[1] as unknown[]).map((p) => (typeof p === 'string' ? p : refOf(p) !== undefined || getAttOf(p) ? 'x' : undefined));
    if (parts.every((p): p is string => p !== undefined)) return { text: parts.join(join[0]), exact: false };
  }
  return undefined;
}

/** `Request template "$default" of route sendmessage`: how templates are named in messages. */
export function templateLabel(t: WsTemplate): string {
  return `${t.role === 'request' ? 'Request' : 'Response'} template "${t.key}" of ${t.owner}`;
}

/** `route sendmessage`, or the logical id when the key is not a string. */
export const routeLabel = (route: WsRoute): string => `route ${route.key ?? route.id}`;

/**
 * What a route's ModelSelectionExpression evaluates to, when the template says: a static value,
 * or the route's own key when it is the API's route selection expression on a custom route
 * (the message was routed there because that expression gave the key). `value` is undefined
 * when it depends on the message.
 */
export function modelSelection(ws: WebSocketModel, route: WsRoute): { expression: string; value?: string; fromRouteKey?: boolean } | undefined {
  const expression = route.props.ModelSelectionExpression;
  if (typeof expression !== 'string') return undefined;
  const value = staticValue(expression);
  if (value !== undefined) return { expression, value };
  const rse = ws.api.props.RouteSelectionExpression;
  if (typeof rse === 'string' && route.key !== undefined && !route.key.startsWith('$') && sameSelection(expression, rse)) {
    return { expression, value: route.key, fromRouteKey: true };
  }
  return { expression };
}
