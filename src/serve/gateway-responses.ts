import { isObject } from '../model/detect.js';
import type { ApiModel } from '../model/model.js';
import { JMap } from '../vtl/java.js';
import { compileTemplate, RenderSession, type Template } from '../vtl/render.js';
import type { TemplateRequest } from '../vtl/variables.js';
import type { GatewayAnswer } from './lambda-proxy.js';

/**
 * An error API Gateway answers itself. `type` is its gateway response type; `body` the exact bytes
 * AWS sends when the response is not customised (when they differ from the default template's
 * `{"message":$context.error.messageString}`).
 */
export interface GatewayError {
  type: string;
  status: number;
  /** `$context.error.message`; null renders `$context.error.messageString` as `null`. */
  message: string | null;
  errorType?: string;
  body?: string;
  validationErrorString?: string;
}

/**
 * The gateway errors the server produces, with the status and message of each type's default
 * response (https://docs.aws.amazon.com/apigateway/latest/developerguide/supported-gateway-response-types.html;
 * bodies and x-amzn-ErrorType as cited where each is raised).
 */
export const GATEWAY_ERRORS = {
  // AWS-recorded: LocalStack test_apigateway_common.py::TestApigatewayRouting::test_routing_not_found.
  missingToken: (): GatewayError => ({ type: 'MISSING_AUTHENTICATION_TOKEN', status: 403, message: 'Missing Authentication Token', errorType: 'MissingAuthenticationTokenException' }),
  // https://docs.aws.amazon.com/apigateway/latest/developerguide/integration-passthrough-behaviors.html
  unsupportedMediaType: (): GatewayError => ({ type: 'UNSUPPORTED_MEDIA_TYPE', status: 415, message: 'Unsupported Media Type', errorType: 'UnsupportedMediaTypeException' }),
  // LocalStack test_apigateway_common.py::test_api_key_required_for_methods (markers.aws.validated): 403 {"message":"Forbidden"}.
  invalidApiKey: (): GatewayError => ({ type: 'INVALID_API_KEY', status: 403, message: 'Forbidden', errorType: 'ForbiddenException' }),
  // LocalStack test_apigateway_common.py::test_api_gateway_request_validator (AWS-recorded snapshot).
  badRequestParameters: (names: string[]): GatewayError => ({ type: 'BAD_REQUEST_PARAMETERS', status: 400, message: `Missing required request parameters: [${names.join(', ')}]`, errorType: 'BadRequestException' }),
  badRequestBody: (validation: string): GatewayError => ({ type: 'BAD_REQUEST_BODY', status: 400, message: 'Invalid request body', errorType: 'BadRequestException', validationErrorString: validation }),
  // REQUEST_TOO_LARGE is 413 (supported-gateway-response-types.html); the message is not AWS-recorded.
  requestTooLarge: (): GatewayError => ({ type: 'REQUEST_TOO_LARGE', status: 413, message: 'Request Entity Too Large' }),
  // https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-api-integration-types.html (29 s limit, 504).
  integrationTimeout: (): GatewayError => ({ type: 'INTEGRATION_TIMEOUT', status: 504, message: 'Endpoint request timed out', body: '{"message": "Endpoint request timed out"}' }),
  // AWS-recorded 502 bodies: LocalStack test_aws_proxy_response_payload_format_validation. A customised
  // DEFAULT_5XX governs these (they have no type of their own), keeping their status.
  internal: (status: number): GatewayError => ({ type: 'DEFAULT_5XX', status, message: 'Internal server error', errorType: 'InternalServerErrorException', body: '{"message": "Internal server error"}' }),
  // Authorizer answers as AWS sends them (curl transcripts with headers in
  // https://loige.co/debugging-custom-apigateway-authorizers/): 401 {"message":"Unauthorized"} UnauthorizedException,
  // 403 {"Message":"User is not authorized to access this resource with an explicit deny"} AccessDeniedException
  // (capital M: not the default template), 500 {"message":null} AuthorizerConfigurationException. The implicit
  // deny, {"Message":"User is not authorized to access this resource"} with AccessDeniedException, as AWS answered in
  // https://github.com/aws/chalice/issues/971.
  unauthorized: (): GatewayError => ({ type: 'UNAUTHORIZED', status: 401, message: 'Unauthorized', errorType: 'UnauthorizedException' }),
  accessDenied: (explicit: boolean): GatewayError => {
    const message = `User is not authorized to access this resource${explicit ? ' with an explicit deny' : ''}`;
    return { type: 'ACCESS_DENIED', status: 403, message, errorType: 'AccessDeniedException', body: JSON.stringify({ Message: message }) };
  },
  authorizerConfiguration: (): GatewayError => ({ type: 'AUTHORIZER_CONFIGURATION_ERROR', status: 500, message: null, errorType: 'AuthorizerConfigurationException' }),
};

interface Custom {
  statusCode?: number;
  parameters: Array<[string, string]>;
  templates: Array<[string, string]>;
}

/** What a gateway response template sees of the request. */
export interface ErrorRequest {
  request: TemplateRequest;
  accept?: string;
}

const DEFAULT_TEMPLATE = '{"message":$context.error.messageString}';

/**
 * Gateway responses of a REST API: AWS's defaults, and the ones customised under
 * `x-amazon-apigateway-gateway-responses` (status, `gatewayresponse.header.X` parameters,
 * templates). A type that is not customised inherits a customised DEFAULT_4XX/DEFAULT_5XX,
 * keeping its own status (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-gatewayResponse-definition.html).
 */
export class GatewayResponses {
  private readonly custom = new Map<string, Custom>();
  private readonly templates = new Map<string, Template>();

  constructor(model: ApiModel) {
    for (const node of model.gatewayResponses) {
      const v = node.value;
      if (!isObject(v)) continue;
      const status = /^\d{3}$/.test(String(v.statusCode ?? '')) ? Number(v.statusCode) : undefined;
      const parameters = isObject(v.responseParameters) ? Object.entries(v.responseParameters).filter((e): e is [string, string] => typeof e[1] === 'string') : [];
      const templates = isObject(v.responseTemplates) ? Object.entries(v.responseTemplates).filter((e): e is [string, string] => typeof e[1] === 'string') : [];
      this.custom.set(node.responseType, { statusCode: status, parameters, templates });
    }
  }

  private template(text: string): Template {
    let t = this.templates.get(text);
    if (!t) {
      t = compileTemplate(text);
      this.templates.set(text, t);
    }
    return t;
  }

  answer(error: GatewayError, at: ErrorRequest): GatewayAnswer {
    // DEFAULT_4XX/DEFAULT_5XX lend their parameters and templates, never their status.
    const own = error.type.startsWith('DEFAULT_') ? undefined : this.custom.get(error.type);
    const inherited = own ?? this.custom.get(error.status >= 500 ? 'DEFAULT_5XX' : 'DEFAULT_4XX');
    const base: Array<[string, string]> = error.errorType ? [['x-amzn-ErrorType', error.errorType]] : [];
    if (!inherited) {
      return { status: error.status, headers: [['Content-Type', 'application/json'], ...base], body: Buffer.from(error.body ?? JSON.stringify({ message: error.message })) };
    }
    const status = own?.statusCode ?? error.status;
    const context = {
      ...at.request.context,
      error: { message: error.message, messageString: error.message === null ? 'null' : JSON.stringify(error.message), responseType: error.type, validationErrorString: error.validationErrorString ?? '' },
    };
    const from = at.request;
    const request: TemplateRequest = { body: from.body, path: from.path, querystring: from.querystring, header: from.header, stageVariables: from.stageVariables, context };
    const session = new RenderSession(request);
    const wanted = (at.accept ?? '').split(',').map((s) => s.split(';')[0]!.trim().toLowerCase());
    const chosen = inherited.templates.find(([k]) => wanted.includes(k.toLowerCase())) ?? inherited.templates.find(([k]) => k.toLowerCase() === 'application/json') ?? inherited.templates[0];
    let body: string;
    try {
      body = this.template(chosen?.[1] ?? DEFAULT_TEMPLATE).render(request, { session });
    } catch {
      body = JSON.stringify({ message: error.message });
    }
    const headers: Array<[string, string]> = [['Content-Type', chosen?.[0] ?? 'application/json'], ...base];
    const ctx = session.globals.get('context') as JMap;
    for (const [key, expr] of inherited.parameters) {
      const name = /^gatewayresponse\.header\.(.+)$/.exec(key)?.[1];
      if (!name) continue;
      const value = parameterValue(expr, request, ctx);
      if (value === undefined) continue;
      const i = headers.findIndex(([k]) => k.toLowerCase() === name.toLowerCase());
      if (i >= 0) headers.splice(i, 1);
      headers.push([name, value]);
    }
    return { status, headers, body: Buffer.from(body) };
  }
}

/**
 * A gateway response parameter: `'literal'`, `method.request.{header,querystring,path}.X`,
 * `context.X` or `stageVariables.X` (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-gatewayResponse-definition.html).
 */
function parameterValue(expr: string, request: TemplateRequest, context: JMap): string | undefined {
  const literal = /^'(.*)'$/s.exec(expr);
  if (literal) return literal[1];
  let m = /^method\.request\.(header|querystring|path)\.(.+)$/.exec(expr);
  if (m) {
    const where = m[1] === 'header' ? request.header : m[1] === 'querystring' ? request.querystring : request.path;
    if (m[1] === 'header') {
      const lower = m[2]!.toLowerCase();
      return Object.entries(where).find(([k]) => k.toLowerCase() === lower)?.[1];
    }
    return where[m[2]!];
  }
  m = /^stageVariables\.(.+)$/.exec(expr);
  if (m) return request.stageVariables[m[1]!] ?? undefined;
  m = /^context\.(.+)$/.exec(expr);
  if (m) {
    let v: unknown = context;
    for (const part of m[1]!.split('.')) {
      if (!(v instanceof JMap)) return undefined;
      v = v.get(part);
    }
    return v === null || v === undefined || v instanceof JMap ? undefined : String(v);
  }
  return undefined;
}
