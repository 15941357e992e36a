import { isLambdaUriValue } from '../aws/lambda.js';
import { escapeToken } from '../document/pointer.js';
import type { Loc } from '../document/refs.js';
import type { Source } from '../document/source.js';
import { isObject } from './detect.js';
import { apiOf, props, refOf, resourcesOf, type Resources, type TemplateContext } from './resource-graph.js';

/**
 * A WebSocket API as CloudFormation writes it: `AWS::ApiGatewayV2::Api` (`ProtocolType: WEBSOCKET`)
 * and the `Route`, `Integration`, `RouteResponse`, `IntegrationResponse`, `Authorizer`, `Model`,
 * `Stage` and `Deployment` resources whose `ApiId` names it. There is no OpenAPI form for these
 * APIs (the `Body` of an `Api` is "supported only for HTTP APIs"), so the model holds the
 * resources themselves, joined by `Ref`, each with the `Loc` of the template text that declared it.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigatewayv2-api.html
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api.html
 */
export interface WsResource {
  /** Logical id of the resource. */
  id: string;
  /** `/Resources/<id>`. */
  loc: Loc;
  props: Record<string, unknown>;
}

export interface WsRoute extends WsResource {
  kind: 'WsRoute';
  /** `RouteKey`, when written as a string. */
  key?: string;
  /** What `Target` names: the integration's logical id, or an unknown value. */
  target: TargetRef;
  integration?: WsIntegration;
  authorizer?: WsAuthorizer;
  responses: WsRouteResponse[];
}

export interface WsIntegration extends WsResource {
  kind: 'WsIntegration';
  /** `IntegrationType`, upper-cased, when a string. */
  type?: string;
  routes: WsRoute[];
  responses: WsIntegrationResponse[];
}

export interface WsRouteResponse extends WsResource {
  kind: 'WsRouteResponse';
  key?: string;
  route?: WsRoute;
}

export interface WsIntegrationResponse extends WsResource {
  kind: 'WsIntegrationResponse';
  key?: string;
  integration?: WsIntegration;
}

export interface WsAuthorizer extends WsResource {
  kind: 'WsAuthorizer';
  type?: string;
}

export interface WsModelResource extends WsResource {
  kind: 'WsModel';
  name?: string;
}

/** A request template of an integration or a response template of an integration response. */
export interface WsTemplate {
  role: 'request' | 'response';
  /** The key it is selected by: a value of the template selection expression, or `$default`. */
  key: string;
  text: unknown;
  loc: Loc;
  /** `route sendmessage`, `integration ConnectInteg`: for messages. */
  owner: string;
  integration: WsIntegration;
  response?: WsIntegrationResponse;
}

/**
 * What a route's `Target` names: `integrations/<id>` written with `Fn::Join`, `Fn::Sub` or as a
 * string. `logicalId` is the integration resource it `Ref`s; `literal` the text after
 * `integrations/` when written out (a physical id the template does not declare).
 */
export interface TargetRef {
  written: boolean;
  logicalId?: string;
  literal?: string;
  /** The value does not have the `integrations/<id>` shape at all. */
  malformed?: boolean;
}

export interface WebSocketModel {
  api: WsResource;
  template: TemplateContext;
  routes: WsRoute[];
  integrations: WsIntegration[];
  routeResponses: WsRouteResponse[];
  integrationResponses: WsIntegrationResponse[];
  authorizers: WsAuthorizer[];
  models: WsModelResource[];
  stages: WsResource[];
  deployments: WsResource[];
  templates: WsTemplate[];
}

const V2 = 'AWS::ApiGatewayV2::';

/** Logical ids of the template's WebSocket APIs (`ProtocolType: WEBSOCKET`). */
export function webSocketApis(template: Record<string, unknown>): string[] {
  return Object.entries(resourcesOf(template)).filter(([, r]) => r.Type === `${V2}Api` && props(r).ProtocolType === 'WEBSOCKET').map(([id]) => id);
}

const locOf = (source: Source, id: string): Loc => ({ source, pointer: `/Resources/${escapeToken(id)}` });

/** A location below a resource: `/Resources/<id>/Properties/<tokens…>`. */
export function propertyAt(r: WsResource, ...tokens: Array<string | number>): Loc {
  return { source: r.loc.source, pointer: `${r.loc.pointer}/Properties${tokens.map((t) => '/' + escapeToken(String(t))).join('')}` };
}

/** The logical id a route's `Target` names, from `integrations/<Ref>` in any of its written forms. */
export function readTarget(value: unknown): TargetRef {
  if (value === undefined) return { written: false };
  if (typeof value === 'string') {
    const m = /^integrations\/(.+)$/.exec(value);
    return m ? { written: true, literal: m[1] } : { written: true, malformed: true };
  }
  if (!isObject(value)) return { written: true, malformed: true };
  const join = value['Fn::Join'];
  if (Array.isArray(join) && typeof join[0] === 'string' && Array.isArray(join[1])) {
    const parts = join[1] as unknown[];
    const sep = join[0];
    const text = parts.map((p) => (typeof p === 'string' ? p : '\u0000')).join(sep);
    const refs = parts.map(refOf).filter((x): x is string => x !== undefined);
    if (/^integrations\/\u0000$/.test(text) && refs.length === 1) return { written: true, logicalId: refs[0] };
    if (/^integrations\/[^\u0000]+$/.test(text)) return { written: true, literal: text.slice('integrations/'.length) };
    return { written: true };
  }
  const sub = value['Fn::Sub'];
  const subText = typeof sub === 'string' ? sub : Array.isArray(sub) && typeof sub[0] === 'string' ? sub[0] : undefined;
  if (subText !== undefined) {
    const m = /^integrations\/\$\{([A-Za-z0-9]+)\}$/.exec(subText);
    if (m) return { written: true, logicalId: m[1] };
    return { written: true };
  }
  // Another intrinsic (Fn::If, Ref to a parameter): unknown until deployment.
  return { written: true };
}

/** The model of the WebSocket API `apiId` of the template `source`. */
export function readWebSocketApi(source: Source, apiId: string): WebSocketModel {
  const root = isObject(source.root) ? source.root : {};
  const resources: Resources = resourcesOf(root);
  const template: TemplateContext = { source, api: apiId, resources };
  const base = (id: string): WsResource => ({ id, loc: locOf(source, id), props: props(resources[id]) });
  const model: WebSocketModel = {
    api: base(apiId), template, routes: [], integrations: [], routeResponses: [], integrationResponses: [],
    authorizers: [], models: [], stages: [], deployments: [], templates: [],
  };
  const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
  const mine = Object.entries(resources).filter(([, r]) => typeof r.Type === 'string' && r.Type.startsWith(V2) && apiOf(props(r).ApiId) === apiId);
  const integrations = new Map<string, WsIntegration>();
  const routes = new Map<string, WsRoute>();
  const authorizers = new Map<string, WsAuthorizer>();
  for (const [id, r] of mine) {
    switch (r.Type) {
      case `${V2}Integration`: {
        const b = base(id);
        const node: WsIntegration = { ...b, kind: 'WsIntegration', type: str(b.props.IntegrationType)?.toUpperCase(), routes: [], responses: [] };
        integrations.set(id, node);
        model.integrations.push(node);
        break;
      }
      case `${V2}Authorizer`: {
        const b = base(id);
        const node: WsAuthorizer = { ...b, kind: 'WsAuthorizer', type: str(b.props.AuthorizerType) };
        authorizers.set(id, node);
        model.authorizers.push(node);
        break;
      }
      case `${V2}Model`: {
        const b = base(id);
        model.models.push({ ...b, kind: 'WsModel', name: str(b.props.Name) });
        break;
      }
      case `${V2}Stage`:
        model.stages.push(base(id));
        break;
      case `${V2}Deployment`:
        model.deployments.push(base(id));
        break;
      default:
    }
  }
  for (const [id, r] of mine) {
    if (r.Type !== `${V2}Route`) continue;
    const b = base(id);
    const target = readTarget(b.props.Target);
    const route: WsRoute = { ...b, kind: 'WsRoute', key: str(b.props.RouteKey), target, responses: [] };
    if (target.logicalId) {
      route.integration = integrations.get(target.logicalId);
      route.integration?.routes.push(route);
    }
    const auth = refOf(b.props.AuthorizerId);
    if (auth) route.authorizer = authorizers.get(auth);
    routes.set(id, route);
    model.routes.push(route);
  }
  for (const [id, r] of mine) {
    if (r.Type === `${V2}RouteResponse`) {
      const b = base(id);
      const node: WsRouteResponse = { ...b, kind: 'WsRouteResponse', key: str(b.props.RouteResponseKey) };
      const rid = refOf(b.props.RouteId);
      if (rid) node.route = routes.get(rid);
      node.route?.responses.push(node);
      model.routeResponses.push(node);
    } else if (r.Type === `${V2}IntegrationResponse`) {
      const b = base(id);
      const node: WsIntegrationResponse = { ...b, kind: 'WsIntegrationResponse', key: str(b.props.IntegrationResponseKey) };
      const iid = refOf(b.props.IntegrationId);
      if (iid) node.integration = integrations.get(iid);
      node.integration?.responses.push(node);
      model.integrationResponses.push(node);
    }
  }
  for (const integ of model.integrations) {
    const owner = integ.routes.length ? `route ${integ.routes.map((r) => r.key ?? r.id).join(', ')}` : `integration ${integ.id}`;
    if (isObject(integ.props.RequestTemplates)) {
      for (const [key, text] of Object.entries(integ.props.RequestTemplates)) {
        model.templates.push({ role: 'request', key, text, loc: propertyAt(integ, 'RequestTemplates', key), owner, integration: integ });
      }
    }
    for (const resp of integ.responses) {
      if (!isObject(resp.props.ResponseTemplates)) continue;
      for (const [key, text] of Object.entries(resp.props.ResponseTemplates)) {
        model.templates.push({ role: 'response', key, text, loc: propertyAt(resp, 'ResponseTemplates', key), owner: `${owner} response ${resp.key ?? resp.id}`, integration: integ, response: resp });
      }
    }
  }
  return model;
}

/**
 * `$connect` and `$disconnect` run on the connection itself, never for a message, whatever the
 * route selection expression gives; every other route takes messages.
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-route-keys-connect-disconnect.html
 */
export const isMessageRoute = (route: WsRoute): boolean => route.key !== '$connect' && route.key !== '$disconnect';

/**
 * Proxy integrations pass the back end's answer through: "For proxy integrations, API Gateway
 * automatically passes the backend output to the caller as the complete payload. There is no
 * integration response." (apigateway-websocket-api-integration-responses); nor do they apply
 * mapping templates. AWS, HTTP and MOCK integrations are the non-proxy ones.
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-integration-responses.html
 */
export const isProxy = (type: string | undefined): boolean => type === 'AWS_PROXY' || type === 'HTTP_PROXY';
export const isNonProxy = (type: string | undefined): boolean => type === 'AWS' || type === 'HTTP' || type === 'MOCK';

/** AWS and AWS_PROXY integrations call an AWS service; Lambda's Invoke API is the one a Lambda integration calls. */
export const isAwsType = (type: string | undefined): boolean => type === 'AWS' || type === 'AWS_PROXY';

/** An AWS or AWS_PROXY integration whose IntegrationUri is a Lambda invocation uri. */
export function isLambdaIntegration(integration: WsIntegration): boolean {
  return isAwsType(integration.type) && isLambdaUriValue(integration.props.IntegrationUri);
}

/**
 * A route answers the client only when it has a route response (two-way): "API Gateway will not
 * pass the backend response through to the route response, unless you set up a route response";
 * otherwise "no response will be returned over the WebSocket channel" whatever the integration
 * responses say. `$disconnect` runs after the connection is closed, so it reaches no one even
 * with one (apigateway-websocket-api-route-keys-connect-disconnect); callers that send replies
 * judge that themselves.
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-route-response.html
 */
export const isTwoWay = (route: WsRoute): boolean => route.responses.length > 0;
