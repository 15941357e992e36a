import { readTemplateText } from '../../aws/template-text.js';
import { sameSelectionExpression, staticSelectionValue } from '../../aws/websocket-selection-expression.js';
import { templateOffsetInFile } from '../../document/template-position.js';
import type { WebSocketModel, WsIntegration, WsResource, WsRoute, WsTemplate } from '../../model/websocket.js';
import { apiOf, getAttOf, props, refOf, resourceLabel } from './template.js';

/** AWS pages the `ws/*` rules cite. */
const DG = 'https://docs.aws.amazon.com/apigateway/latest/developerguide/';
const CFN = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/';
export const WS_DOCS = {
  routes: `${DG}websocket-api-develop-routes.html`,
  selectionExpressions: `${DG}apigateway-websocket-api-selection-expressions.html`,
  connect: `${DG}apigateway-websocket-api-route-keys-connect-disconnect.html`,
  lambdaAuth: `${DG}apigateway-websocket-api-lambda-auth.html`,
  dataMapping: `${DG}websocket-api-data-mapping.html`,
  iam: `${DG}apigateway-websocket-control-access-iam.html`,
  routeResponse: `${DG}apigateway-websocket-api-route-response.html`,
  integrationResponses: `${DG}apigateway-websocket-api-integration-responses.html`,
  integrationRequests: `${DG}apigateway-websocket-api-integration-requests.html`,
  dataTransformations: `${DG}websocket-api-data-transformations.html`,
  requestValidation: `${DG}websocket-api-request-validation.html`,
  templateReference: `${DG}apigateway-websocket-api-mapping-template-reference.html`,
  limits: `${DG}apigateway-execution-service-websocket-limits-table.html`,
  cfnApi: `${CFN}aws-resource-apigatewayv2-api.html`,
  cfnRoute: `${CFN}aws-resource-apigatewayv2-route.html`,
  cfnAuthorizer: `${CFN}aws-resource-apigatewayv2-authorizer.html`,
  cfnIntegration: `${CFN}aws-resource-apigatewayv2-integration.html`,
} as const;

/**
 * The route keys API Gateway predefines; every other key is a custom route and must not start with
 * `$` ("This prefix is reserved for predefined routes", websocket-api-develop-routes).
 */
export const PREDEFINED_ROUTE_KEYS: readonly string[] = ['$connect', '$disconnect', '$default'];

/**
 * How a route is named in messages: `route sendmessage` (the logical id when the key is not a
 * string), or, given the model, `route sendmessage (SendRoute)` with the resource's CDK path or
 * logical id (`route SendRoute` when the key is not a string).
 */
export function routeLabel(route: WsRoute, ws?: WebSocketModel): string {
  if (!ws) return `route ${route.key ?? route.id}`;
  const name = resourceLabel(ws.template, route.id);
  return route.key === undefined ? `route ${name}` : `route ${route.key} (${name})`;
}

/** The API a resource names in its `ApiId` when it is another API the template declares, not `ws`'s. */
export function otherApiOf(ws: WebSocketModel, r: Record<string, unknown>): string | undefined {
  const owner = apiOf(props(r).ApiId);
  return owner !== undefined && owner !== ws.api.id && ws.template.resources[owner] ? owner : undefined;
}

/** A resource of the API for messages: its CDK path or logical id. */
export const wsLabel = (ws: WebSocketModel, r: WsResource) => resourceLabel(ws.template, r.id);

/** How an integration is named in messages. */
export function integrationLabel(integ: WsIntegration): string {
  const keys = integ.routes.map((r) => r.key ?? r.id);
  return keys.length ? `${integ.id} (route ${keys.join(', ')})` : integ.id;
}

/**
 * The text of a mapping template as API Gateway will hold it: a string as written; an `Fn::Sub`
 * or `Fn::Join` with each value CloudFormation fills in (a `Ref` or `Fn::GetAtt` among the parts of
 * a join) replaced by `x`, so the Velocity syntax around it can be judged. `exact` says whether
 * offsets in it are offsets in the file's value.
 */
export function templateText(value: unknown): { text: string; exact: boolean } | undefined {
  const read = readTemplateText(value, (part) => (part.kind === 'escaped' ? `\${${part.name}}` : part.kind === 'sub' || refOf(part.value) !== undefined || getAttOf(part.value) ? 'x' : undefined));
  return read && { text: read.text, exact: read.form === 'string' };
}

/**
 * Maps an offset in a template's text to the file's, when the text is the file's value as written
 * (`exact`); undefined otherwise (findings then point at the template as a whole).
 */
export function fileOffsetOf(t: WsTemplate, found: { text: string; exact: boolean }): ((offset: number) => number) | undefined {
  const range = found.exact ? t.loc.source.valueOffsets(t.loc.pointer) : undefined;
  return range && ((offset) => templateOffsetInFile(t.loc.source, range[0], range[1], found.text, offset));
}

/** `Request template "$default" of route sendmessage`: how templates are named in messages. */
export function templateLabel(t: WsTemplate): string {
  return `${t.role === 'request' ? 'Request' : 'Response'} template "${t.key}" of ${t.owner}`;
}

/**
 * What a route's ModelSelectionExpression evaluates to, when the template says: a static value,
 * or the route's own key when it is the API's route selection expression on a custom route
 * (the message was routed there because that expression gave the key). `value` is undefined
 * when it depends on the message.
 */
export function modelSelection(ws: WebSocketModel, route: WsRoute): { expression: string; value?: string; fromRouteKey?: boolean } | undefined {
  const expression = route.props.ModelSelectionExpression;
  if (typeof expression !== 'string') return undefined;
  const value = staticSelectionValue(expression);
  if (value !== undefined) return { expression, value };
  const rse = ws.api.props.RouteSelectionExpression;
  if (typeof rse === 'string' && route.key !== undefined && !route.key.startsWith('$') && sameSelectionExpression(expression, rse)) {
    return { expression, value: route.key, fromRouteKey: true };
  }
  return { expression };
}
