import type { WebSocketModel, WsResource, WsRoute } from '../../model/websocket.js';
import { resourceLabel } from './template.js';

/** AWS pages the WebSocket API, route and authorization rules cite. */
const DG = 'https://docs.aws.amazon.com/apigateway/latest/developerguide/';
const CFN = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/';

export const WS_DOCS = {
  routes: `${DG}websocket-api-develop-routes.html`,
  selectionExpressions: `${DG}apigateway-websocket-api-selection-expressions.html`,
  connect: `${DG}apigateway-websocket-api-route-keys-connect-disconnect.html`,
  lambdaAuth: `${DG}apigateway-websocket-api-lambda-auth.html`,
  dataMapping: `${DG}websocket-api-data-mapping.html`,
  iam: `${DG}apigateway-websocket-control-access-iam.html`,
  limits: `${DG}limits.html#apigateway-execution-service-websocket-limits-table`,
  cfnApi: `${CFN}aws-resource-apigatewayv2-api.html`,
  cfnRoute: `${CFN}aws-resource-apigatewayv2-route.html`,
  cfnAuthorizer: `${CFN}aws-resource-apigatewayv2-authorizer.html`,
} as const;

/**
 * The route keys API Gateway predefines; every other key is a custom route and must not start with
 * `$` ("This prefix is reserved for predefined routes", websocket-api-develop-routes).
 */
export const PREDEFINED_ROUTE_KEYS: readonly string[] = ['$connect', '$disconnect', '$default'];

/** `$connect` and `$disconnect` run on the connection itself; every other route on a message. */
export const isMessageRoute = (route: WsRoute) => route.key !== '$connect' && route.key !== '$disconnect';

/** `route sendmessage (SendRoute)`: a route for messages, by key and by resource. */
export function routeLabel(ws: WebSocketModel, route: WsRoute): string {
  const name = resourceLabel(ws.template, route.id);
  return route.key === undefined ? `route ${name}` : `route ${route.key} (${name})`;
}

/** A resource of the API for messages: its CDK path or logical id. */
export const wsLabel = (ws: WebSocketModel, r: WsResource) => resourceLabel(ws.template, r.id);

/** One part of a selection expression: static text, or a variable (`$x.y` or `${x.y}`). */
export type SelectionPart = { kind: 'text'; text: string } | { kind: 'variable'; name: string; wrapped: boolean };

/**
 * The parts of a WebSocket selection expression, by the rules every one of them follows: a variable
 * starts with `$`, curly braces mark its bounds (`${request.body.version}-beta`), several are
 * allowed, `\$` is a literal dollar (`\$default`). Undefined when a `${` is never closed.
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-selection-expressions.html
 */
export function selectionParts(expression: string): SelectionPart[] | undefined {
  const parts: SelectionPart[] = [];
  let text = '';
  for (let i = 0; i < expression.length; i++) {
    const c = expression[i]!;
    if (c === '\\' && expression[i + 1] === '$') {
      text += '$';
      i++;
    } else if (c === '$' && expression[i + 1] === '{') {
      const end = expression.indexOf('}', i + 2);
      if (end < 0) return undefined;
      if (text) parts.push({ kind: 'text', text });
      text = '';
      parts.push({ kind: 'variable', name: expression.slice(i + 2, end), wrapped: true });
      i = end;
    } else if (c === '$' && /[A-Za-z]/.test(expression[i + 1] ?? '')) {
      const name = /^[A-Za-z0-9_.\-[\]'"*@]+/.exec(expression.slice(i + 1))![0];
      if (text) parts.push({ kind: 'text', text });
      text = '';
      parts.push({ kind: 'variable', name, wrapped: false });
      i += name.length;
    } else {
      text += c;
    }
  }
  if (text) parts.push({ kind: 'text', text });
  return parts;
}
