import { isObject } from '../model/detect.js';
import type { ApiModel } from '../model/model.js';
import type { GatewayAnswer } from './lambda-proxy.js';
import { type ClientRequest, headerValue } from './request.js';

/** An HTTP API's CORS configuration (`x-amazon-apigateway-cors`, or `CorsConfiguration` of a template). */
export interface CorsConfig {
  allowOrigins: string[];
  allowMethods: string[];
  allowHeaders: string[];
  exposeHeaders: string[];
  maxAge?: number;
  allowCredentials: boolean;
}

const list = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

function fromObject(o: Record<string, unknown>, capitalised: boolean): CorsConfig {
  const get = (name: string) => o[capitalised ? name[0]!.toUpperCase() + name.slice(1) : name];
  const maxAge = Number(get('maxAge'));
  return {
    allowOrigins: list(get('allowOrigins')), allowMethods: list(get('allowMethods')), allowHeaders: list(get('allowHeaders')),
    exposeHeaders: list(get('exposeHeaders')), ...(Number.isFinite(maxAge) && get('maxAge') !== undefined ? { maxAge } : {}),
    allowCredentials: get('allowCredentials') === true || get('allowCredentials') === 'true',
  };
}

/**
 * The CORS configuration of an HTTP API: `x-amazon-apigateway-cors` in the definition, else the
 * `CorsConfiguration` of its `AWS::ApiGatewayV2::Api` or `AWS::Serverless::HttpApi` resource
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-cors.html). REST APIs have
 * none: their preflight is an OPTIONS method like any other.
 */
export function corsConfigOf(model: ApiModel, resource: string | undefined): CorsConfig | undefined {
  if (model.apiType !== 'http') return undefined;
  const ext = model.doc['x-amazon-apigateway-cors'];
  if (isObject(ext)) return fromObject(ext, false);
  const root = model.root.root;
  if (!resource || !isObject(root) || !isObject(root.Resources)) return undefined;
  const res = root.Resources[resource];
  const props = isObject(res) && isObject(res.Properties) ? res.Properties : {};
  if (isObject(props.CorsConfiguration)) return fromObject(props.CorsConfiguration, true);
  return undefined;
}

/** The Access-Control-Allow-Origin to send for this Origin, or undefined when it is not allowed. */
function allowedOrigin(config: CorsConfig, origin: string): string | undefined {
  if (config.allowOrigins.includes('*')) return '*';
  return config.allowOrigins.some((o) => o.toLowerCase() === origin.toLowerCase()) ? origin : undefined;
}

/**
 * A preflight (OPTIONS with Origin and Access-Control-Request-Method) is answered by API Gateway
 * itself, with 204, even without an OPTIONS route, and reaches no integration or authorizer; the
 * configured methods, headers, max age and credentials come back when the origin is allowed
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-cors.html).
 */
export function preflight(config: CorsConfig, req: ClientRequest): GatewayAnswer | undefined {
  const origin = headerValue(req, 'origin');
  if (req.method !== 'OPTIONS' || origin === undefined || headerValue(req, 'access-control-request-method') === undefined) return undefined;
  const headers: Array<[string, string]> = [];
  const allowed = allowedOrigin(config, origin);
  if (allowed !== undefined) {
    headers.push(['access-control-allow-origin', allowed]);
    if (config.allowCredentials) headers.push(['access-control-allow-credentials', 'true']);
    if (config.allowMethods.length) headers.push(['access-control-allow-methods', config.allowMethods.join(',')]);
    if (config.allowHeaders.length) headers.push(['access-control-allow-headers', config.allowHeaders.join(',')]);
    if (config.maxAge !== undefined) headers.push(['access-control-max-age', String(config.maxAge)]);
  }
  return { status: 204, headers, body: Buffer.alloc(0) };
}

/**
 * An actual request with an Origin: the back end's own CORS headers are dropped ("API Gateway ignores
 * CORS headers returned from your backend integration") and, for an allowed origin, the configured
 * allow-origin, credentials and expose-headers are added (same page).
 */
export function withCorsHeaders<A extends Pick<GatewayAnswer, 'headers'>>(config: CorsConfig, req: ClientRequest, answer: A): A {
  const origin = headerValue(req, 'origin');
  const headers = answer.headers.filter(([k]) => !k.toLowerCase().startsWith('access-control-'));
  const allowed = origin === undefined ? undefined : allowedOrigin(config, origin);
  if (allowed !== undefined) {
    headers.push(['access-control-allow-origin', allowed]);
    if (config.allowCredentials) headers.push(['access-control-allow-credentials', 'true']);
    if (config.exposeHeaders.length) headers.push(['access-control-expose-headers', config.exposeHeaders.join(',')]);
  }
  return { ...answer, headers };
}
