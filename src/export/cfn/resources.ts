import { UserError } from '../../errors.js';
import { ownValue } from '../../document/own.js';
import { isObject } from '../../model/detect.js';
import { CORS, GATEWAY_RESPONSE, REST_AUTHORIZER, REST_INTEGRATION_RESPONSE, VALIDATOR } from '../../model/resource-graph.js';
import { logicalName } from './values.js';

/**
 * `export cfn --form resources`: the API as CloudFormation resources instead of a `Body`, for
 * teams whose policy forbids inline definitions. REST: `Resource` per path segment, `Method` per
 * operation (its integration, responses, parameters, models, validator, authorizer), `Authorizer`,
 * `RequestValidator`, `Model`, `GatewayResponse`; HTTP: `Route`, `Integration`, `Authorizer`.
 * Whatever the definition says that has no resource property is refused by name, never dropped.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-method.html
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigatewayv2-route.html
 */
export interface GraphExport {
  resources: Record<string, Record<string, unknown>>;
  /** Logical ids of the methods (REST) or routes (HTTP): what the deployment must depend on. */
  parts: string[];
}

type Doc = Record<string, unknown>;

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'x-amazon-apigateway-any-method'];

/** Properties copied as they are: definition key → resource property. */
const REST_INTEGRATION: Record<string, string> = {
  uri: 'Uri', httpMethod: 'IntegrationHttpMethod', requestTemplates: 'RequestTemplates', requestParameters: 'RequestParameters',
  contentHandling: 'ContentHandling', timeoutInMillis: 'TimeoutInMillis', cacheKeyParameters: 'CacheKeyParameters',
  cacheNamespace: 'CacheNamespace', credentials: 'Credentials', connectionId: 'ConnectionId',
};
const REST_INTEGRATION_UPPER: Record<string, string> = { type: 'Type', passthroughBehavior: 'PassthroughBehavior', connectionType: 'ConnectionType' };
const HTTP_INTEGRATION: Record<string, string> = {
  uri: 'IntegrationUri', httpMethod: 'IntegrationMethod', payloadFormatVersion: 'PayloadFormatVersion', integrationSubtype: 'IntegrationSubtype',
  credentials: 'CredentialsArn', requestParameters: 'RequestParameters', responseParameters: 'ResponseParameters',
  timeoutInMillis: 'TimeoutInMillis', connectionId: 'ConnectionId',
};
const HTTP_AUTHORIZER: Record<string, string> = {
  authorizerUri: 'AuthorizerUri', authorizerCredentials: 'AuthorizerCredentialsArn', authorizerPayloadFormatVersion: 'AuthorizerPayloadFormatVersion',
  enableSimpleResponses: 'EnableSimpleResponses', authorizerResultTtlInSeconds: 'AuthorizerResultTtlInSeconds',
};

/** Top-level keys each form writes as resource properties (or that carry no behaviour). */
const REST_TOP = new Set(['swagger', 'openapi', 'info', 'host', 'basePath', 'schemes', 'servers', 'paths', 'components', 'definitions', 'securityDefinitions', 'security', 'consumes', 'produces', 'tags', 'externalDocs',
  'x-amazon-apigateway-binary-media-types', 'x-amazon-apigateway-api-key-source', 'x-amazon-apigateway-minimum-compression-size', 'x-amazon-apigateway-policy',
  'x-amazon-apigateway-request-validators', 'x-amazon-apigateway-request-validator', 'x-amazon-apigateway-gateway-responses', 'x-amazon-apigateway-endpoint-configuration']);
const HTTP_TOP = new Set(['openapi', 'info', 'servers', 'paths', 'components', 'security', 'tags', 'externalDocs', 'x-amazon-apigateway-cors', 'x-amazon-apigateway-importexport-version', 'x-amazon-apigateway-endpoint-configuration']);
const OPERATION_KEYS = new Set(['summary', 'description', 'operationId', 'tags', 'parameters', 'requestBody', 'responses', 'security', 'deprecated', 'externalDocs', 'consumes', 'produces', 'schemes',
  'x-amazon-apigateway-integration', 'x-amazon-apigateway-request-validator', 'x-amazon-apigateway-auth', 'isDefaultRoute']);

function copy(to: Doc, from: Doc, names: Readonly<Record<string, string>>, upper = false): void {
  for (const [key, prop] of Object.entries(names)) {
    const v = ownValue(from, key);
    if (v !== undefined) to[prop] = upper && typeof v === 'string' ? v.toUpperCase() : v;
  }
}

/** `#/components/...` and `#/definitions/...` inside the bundled body. */
function local(doc: Doc, value: unknown, seen = 0): unknown {
  if (!isObject(value) || typeof value.$ref !== 'string' || !value.$ref.startsWith('#/') || seen > 32) return value;
  const target = value.$ref.slice(2).split('/').map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~')).reduce<unknown>((o, t) => (isObject(o) ? ownValue(o, t) : undefined), doc);
  return local(doc, target, seen + 1);
}

const schemaName = (ref: string): string | undefined => /^#\/(?:components\/schemas|definitions)\/([^/]+)$/.exec(ref)?.[1];

class Ids {
  private readonly used = new Set<string>(['Api', 'HttpApi', 'ApiStage', 'HttpApiStage']);
  take(base: string): string {
    const clean = logicalName(base) || 'X';
    let id = clean;
    for (let i = 2; this.used.has(id); i++) id = `${clean}${i}`;
    this.used.add(id);
    return id;
  }
}

/** A definition key that has no CloudFormation property: named in the refusal. */
function refuse(what: string[], file: string): never {
  throw new UserError(`--form resources cannot express ${what.join(', ')}; export it as a Body (the default --form body) or remove ${what.length > 1 ? 'them' : 'it'}`, { file });
}

/** JSON Schema with `$ref`s to other models as API Gateway model URLs (`Fn::Sub` on the API id). */
function modelSchema(schema: unknown, refs: Set<string>): unknown {
  if (Array.isArray(schema)) return schema.map((s) => modelSchema(s, refs));
  if (!isObject(schema)) return schema;
  const out: Doc = {};
  for (const [k, v] of Object.entries(schema)) {
    const name = k === '$ref' && typeof v === 'string' ? schemaName(v) : undefined;
    if (name !== undefined) {
      refs.add(name);
      out[k] = { 'Fn::Sub': `https://apigateway.amazonaws.com/restapis/\${Api}/models/${name}` };
    } else out[k] = modelSchema(v, refs);
  }
  return out;
}

/** Each security scheme with an `x-amazon-apigateway-authorizer`: its resource id and upper-case type, by scheme name. */
function eachAuthorizer(
  doc: Doc, schemes: Doc, ids: Ids, defaultType: string,
  write: (name: string, scheme: Doc, authorizer: Doc, type: string, id: string) => void,
): Map<string, { id: string; type: string }> {
  const out = new Map<string, { id: string; type: string }>();
  for (const [name, raw] of Object.entries(schemes)) {
    const s = local(doc, raw);
    const a = isObject(s) ? s['x-amazon-apigateway-authorizer'] : undefined;
    if (!isObject(s) || !isObject(a)) continue;
    const type = typeof a.type === 'string' ? a.type.toUpperCase() : defaultType;
    const id = ids.take(`Authorizer${name}`);
    out.set(name, { id, type });
    write(name, s, a, type, id);
  }
  return out;
}

/**
 * A method's or route's authorization from its security (the first requirement object; API
 * Gateway uses one): its authorizer, IAM, or (REST only) an API key; any other scheme is a problem.
 */
function applySecurity(
  doc: Doc, op: Doc, schemes: Doc, authorizerIds: Map<string, { id: string; type: string }>, props: Doc,
  authorizationType: (authorizerType: string) => string, label: string, problems: string[], apiKeys: boolean,
): void {
  const security = Array.isArray(op.security) ? op.security : Array.isArray(doc.security) ? doc.security : [];
  const requirement = security.find(isObject);
  if (!isObject(requirement)) return;
  for (const [name, scopes] of Object.entries(requirement)) {
    const auth = authorizerIds.get(name);
    const scheme = local(doc, schemes[name]);
    if (auth) {
      props.AuthorizationType = authorizationType(auth.type);
      props.AuthorizerId = { Ref: auth.id };
      if (Array.isArray(scopes) && scopes.length) props.AuthorizationScopes = scopes;
    } else if (isObject(scheme) && scheme['x-amazon-apigateway-authtype'] === 'awsSigv4') props.AuthorizationType = 'AWS_IAM';
    else if (apiKeys && isObject(scheme) && scheme.type === 'apiKey') props.ApiKeyRequired = true;
    else problems.push(`security scheme "${name}" of ${label}`);
  }
}

export function restResources(doc: Doc, file: string): GraphExport {
  const ids = new Ids();
  const resources: Record<string, Record<string, unknown>> = {};
  const parts: string[] = [];
  const problems = Object.keys(doc).filter((k) => k.startsWith('x-amazon-apigateway-') && !REST_TOP.has(k));
  const api: Doc = { Name: isObject(doc.info) && typeof doc.info.title === 'string' ? doc.info.title : 'api' };
  copy(api, doc, { 'x-amazon-apigateway-binary-media-types': 'BinaryMediaTypes', 'x-amazon-apigateway-minimum-compression-size': 'MinimumCompressionSize', 'x-amazon-apigateway-policy': 'Policy' });
  const keySource = ownValue(doc, 'x-amazon-apigateway-api-key-source');
  if (keySource !== undefined) api.ApiKeySourceType = typeof keySource === 'string' ? keySource.toUpperCase() : keySource;
  const endpoint = ownValue(doc, 'x-amazon-apigateway-endpoint-configuration');
  if (isObject(endpoint) && endpoint.disableExecuteApiEndpoint !== undefined) api.DisableExecuteApiEndpoint = endpoint.disableExecuteApiEndpoint;
  resources.Api = { Type: 'AWS::ApiGateway::RestApi', Properties: api };
  const apiRef = { Ref: 'Api' };

  // Models, then what names them.
  const schemas = (isObject(doc.components) && isObject(doc.components.schemas) ? doc.components.schemas : isObject(doc.definitions) ? doc.definitions : {}) as Doc;
  const models = new Map<string, string>();
  for (const name of Object.keys(schemas)) models.set(name, ids.take(`Model${name}`));
  for (const [name, schema] of Object.entries(schemas)) {
    const refs = new Set<string>();
    const body = modelSchema(schema, refs);
    const depends = [...refs].filter((r) => r !== name).map((r) => models.get(r)).filter((x): x is string => x !== undefined);
    resources[models.get(name)!] = { Type: 'AWS::ApiGateway::Model', ...(depends.length ? { DependsOn: depends } : {}), Properties: { RestApiId: apiRef, Name: name, ContentType: 'application/json', Schema: body } };
  }
  // Models created one by one cannot refer to each other in a cycle: each must exist before the
  // one that names it. A body imports them together.
  const graphOfModels = new Map([...models].map(([name]) => [name, ((resources[models.get(name)!] as Doc).DependsOn ?? []) as string[]]));
  const byId = new Map([...models].map(([name, id]) => [id, name]));
  const visiting = new Set<string>();
  const done = new Set<string>();
  const cycle = (name: string, trail: string[]): string[] | undefined => {
    if (done.has(name)) return undefined;
    if (visiting.has(name)) return [...trail.slice(trail.indexOf(name)), name];
    visiting.add(name);
    for (const dep of graphOfModels.get(name) ?? []) {
      const found = cycle(byId.get(dep)!, [...trail, name]);
      if (found) return found;
    }
    visiting.delete(name);
    done.add(name);
    return undefined;
  };
  for (const name of models.keys()) {
    const found = cycle(name, []);
    if (found) {
      problems.push(`models that refer to each other (${found.join(' → ')})`);
      break;
    }
  }
  const modelOf = (schema: unknown, owner: string, type: string): unknown => {
    if (isObject(schema) && typeof schema.$ref === 'string' && schemaName(schema.$ref) !== undefined && models.has(schemaName(schema.$ref)!)) return schemaName(schema.$ref);
    // An inline schema becomes a model of its own.
    const name = logicalName(`${owner}${type}`).replace(/[^A-Za-z0-9]/g, '');
    const id = ids.take(`Model${name}`);
    const refs = new Set<string>();
    const body = modelSchema(schema, refs);
    resources[id] = { Type: 'AWS::ApiGateway::Model', ...(refs.size ? { DependsOn: [...refs].map((r) => models.get(r)).filter(Boolean) } : {}), Properties: { RestApiId: apiRef, Name: name, ContentType: type, Schema: body } };
    return { Ref: id };
  };
  const modelRef = (v: unknown) => (typeof v === 'string' ? { Ref: models.get(v)! } : v);

  const validatorIds = new Map<string, string>();
  const validators = ownValue(doc, 'x-amazon-apigateway-request-validators');
  if (isObject(validators)) for (const [name, v] of Object.entries(validators)) {
    const id = ids.take(`Validator${name}`);
    validatorIds.set(name, id);
    const props: Doc = { RestApiId: apiRef, Name: name };
    if (isObject(v)) copy(props, v, VALIDATOR);
    resources[id] = { Type: 'AWS::ApiGateway::RequestValidator', Properties: props };
  }
  const responses = ownValue(doc, 'x-amazon-apigateway-gateway-responses');
  if (isObject(responses)) for (const [type, g] of Object.entries(responses)) {
    const props: Doc = { RestApiId: apiRef, ResponseType: type };
    if (isObject(g)) copy(props, g, GATEWAY_RESPONSE);
    resources[ids.take(`GatewayResponse${type}`)] = { Type: 'AWS::ApiGateway::GatewayResponse', Properties: props };
  }

  // Security schemes: authorizers, IAM, API keys.
  const schemes = (isObject(doc.components) && isObject(doc.components.securitySchemes) ? doc.components.securitySchemes : isObject(doc.securityDefinitions) ? doc.securityDefinitions : {}) as Doc;
  const authorizerIds = eachAuthorizer(doc, schemes, ids, 'TOKEN', (name, s, a, type, id) => {
    const props: Doc = { RestApiId: apiRef, Name: name, Type: type };
    copy(props, a, REST_AUTHORIZER);
    if (props.IdentitySource === undefined && s.in === 'header' && typeof s.name === 'string' && type !== 'REQUEST') props.IdentitySource = `method.request.header.${s.name}`;
    resources[id] = { Type: 'AWS::ApiGateway::Authorizer', Properties: props };
  });

  // The resource tree and the methods.
  const paths = isObject(doc.paths) ? doc.paths : {};
  const resourceIds = new Map<string, string>();
  const resourceOf = (path: string): unknown => {
    if (path === '/' || path === '') return { 'Fn::GetAtt': ['Api', 'RootResourceId'] };
    const known = resourceIds.get(path);
    if (known) return { Ref: known };
    const cut = path.lastIndexOf('/');
    const parent = resourceOf(path.slice(0, cut) || '/');
    const id = ids.take(`Resource${path.replace(/[{}+]/g, '')}`);
    resourceIds.set(path, id);
    resources[id] = { Type: 'AWS::ApiGateway::Resource', Properties: { RestApiId: apiRef, ParentId: parent, PathPart: path.slice(cut + 1) } };
    return { Ref: id };
  };
  const defaultValidator = ownValue(doc, 'x-amazon-apigateway-request-validator');
  for (const [path, rawItem] of Object.entries(paths)) {
    const item = local(doc, rawItem);
    if (!isObject(item)) continue;
    for (const [key, rawOp] of Object.entries(item)) {
      if (!METHODS.includes(key)) {
        if (key.startsWith('x-amazon-apigateway-')) problems.push(`${key} on ${path}`);
        continue;
      }
      const op = local(doc, rawOp);
      if (!isObject(op)) continue;
      const verb = key === 'x-amazon-apigateway-any-method' ? 'ANY' : key.toUpperCase();
      for (const k of Object.keys(op)) if (!OPERATION_KEYS.has(k) && k.startsWith('x-amazon-apigateway-')) problems.push(`${k} on ${verb} ${path}`);
      const id = ids.take(`Method${path.replace(/[{}+]/g, '')}${verb}`);
      parts.push(id);
      const props: Doc = { RestApiId: apiRef, ResourceId: resourceOf(path), HttpMethod: verb, AuthorizationType: 'NONE' };
      if (typeof op.operationId === 'string') props.OperationName = op.operationId;
      // Parameters, the path item's overridden by the operation's own.
      const params = new Map<string, boolean>();
      for (const list of [item.parameters, op.parameters]) if (Array.isArray(list)) for (const raw of list) {
        const p = local(doc, raw);
        if (!isObject(p) || typeof p.name !== 'string' || typeof p.in !== 'string') continue;
        const where = p.in === 'query' ? 'querystring' : p.in;
        if (where === 'body') {
          if (p.schema !== undefined) props.RequestModels = { ...(props.RequestModels as Doc), 'application/json': modelRef(modelOf(p.schema, id, 'application/json')) };
          continue;
        }
        if (!['querystring', 'header', 'path'].includes(where)) continue;
        params.set(`method.request.${where}.${p.name}`, p.required === true);
      }
      if (params.size) props.RequestParameters = Object.fromEntries(params);
      const body = local(doc, op.requestBody);
      if (isObject(body) && isObject(body.content)) {
        const requestModels: Doc = {};
        for (const [type, media] of Object.entries(body.content)) if (isObject(media) && media.schema !== undefined) requestModels[type] = modelRef(modelOf(media.schema, id, type));
        if (Object.keys(requestModels).length) props.RequestModels = requestModels;
      }
      const validator = ownValue(op, 'x-amazon-apigateway-request-validator') ?? defaultValidator;
      if (typeof validator === 'string' && validatorIds.has(validator)) props.RequestValidatorId = { Ref: validatorIds.get(validator)! };
      else if (validator !== undefined) problems.push(`request validator ${JSON.stringify(validator)} of ${verb} ${path}, which is not declared`);
      applySecurity(doc, op, schemes, authorizerIds, props, (t) => (t === 'COGNITO_USER_POOLS' ? 'COGNITO_USER_POOLS' : 'CUSTOM'), `${verb} ${path}`, problems, true);
      // Responses.
      const methodResponses: Doc[] = [];
      if (isObject(op.responses)) for (const [code, raw] of Object.entries(op.responses)) {
        if (!/^\d{3}$/.test(code)) continue;
        const r = local(doc, raw);
        const out: Doc = { StatusCode: code };
        if (isObject(r) && isObject(r.headers)) out.ResponseParameters = Object.fromEntries(Object.keys(r.headers).map((h) => [`method.response.header.${h}`, false]));
        const content = isObject(r) && isObject(r.content) ? r.content : undefined;
        if (content) {
          const responseModels: Doc = {};
          for (const [type, media] of Object.entries(content)) if (isObject(media) && media.schema !== undefined) responseModels[type] = modelRef(modelOf(media.schema, `${id}${code}`, type));
          if (Object.keys(responseModels).length) out.ResponseModels = responseModels;
        } else if (isObject(r) && r.schema !== undefined) out.ResponseModels = { 'application/json': modelRef(modelOf(r.schema, `${id}${code}`, 'application/json')) };
        methodResponses.push(out);
      }
      if (methodResponses.length) props.MethodResponses = methodResponses;
      const integration = local(doc, op['x-amazon-apigateway-integration']);
      if (isObject(integration)) {
        const out: Doc = {};
        copy(out, integration, REST_INTEGRATION_UPPER, true);
        copy(out, integration, REST_INTEGRATION);
        for (const k of Object.keys(integration)) if (!Object.hasOwn(REST_INTEGRATION, k) && !Object.hasOwn(REST_INTEGRATION_UPPER, k) && k !== 'responses') problems.push(`integration field ${k} of ${verb} ${path}`);
        if (isObject(integration.responses)) {
          out.IntegrationResponses = Object.entries(integration.responses).map(([pattern, r]) => {
            const response: Doc = {};
            if (pattern !== 'default') response.SelectionPattern = pattern;
            if (isObject(r)) copy(response, r, REST_INTEGRATION_RESPONSE);
            return response;
          });
        }
        props.Integration = out;
      }
      resources[id] = { Type: 'AWS::ApiGateway::Method', Properties: props };
    }
  }
  if (problems.length) refuse(problems, file);
  return { resources, parts };
}

export function httpResources(doc: Doc, file: string): GraphExport {
  const ids = new Ids();
  const resources: Record<string, Record<string, unknown>> = {};
  const parts: string[] = [];
  const problems = Object.keys(doc).filter((k) => k.startsWith('x-amazon-apigateway-') && !HTTP_TOP.has(k));
  const api: Doc = { Name: isObject(doc.info) && typeof doc.info.title === 'string' ? doc.info.title : 'api', ProtocolType: 'HTTP' };
  const cors = ownValue(doc, 'x-amazon-apigateway-cors');
  if (isObject(cors)) {
    const out: Doc = {};
    copy(out, cors, CORS);
    api.CorsConfiguration = out;
  }
  const endpoint = ownValue(doc, 'x-amazon-apigateway-endpoint-configuration');
  if (isObject(endpoint) && endpoint.disableExecuteApiEndpoint !== undefined) api.DisableExecuteApiEndpoint = endpoint.disableExecuteApiEndpoint;
  resources.HttpApi = { Type: 'AWS::ApiGatewayV2::Api', Properties: api };
  const apiRef = { Ref: 'HttpApi' };
  const schemes = (isObject(doc.components) && isObject(doc.components.securitySchemes) ? doc.components.securitySchemes : {}) as Doc;
  const authorizerIds = eachAuthorizer(doc, schemes, ids, 'REQUEST', (name, _s, a, type, id) => {
    const props: Doc = { ApiId: apiRef, Name: name, AuthorizerType: type };
    copy(props, a, HTTP_AUTHORIZER);
    if (typeof a.identitySource === 'string') props.IdentitySource = a.identitySource.split(',').map((x) => x.trim()).filter(Boolean);
    else if (a.identitySource !== undefined) props.IdentitySource = a.identitySource;
    if (isObject(a.jwtConfiguration)) props.JwtConfiguration = { ...(a.jwtConfiguration.audience !== undefined ? { Audience: a.jwtConfiguration.audience } : {}), ...(a.jwtConfiguration.issuer !== undefined ? { Issuer: a.jwtConfiguration.issuer } : {}) };
    resources[id] = { Type: 'AWS::ApiGatewayV2::Authorizer', Properties: props };
  });
  const paths = isObject(doc.paths) ? doc.paths : {};
  const integrationIds = new Map<unknown, string>();
  for (const [path, rawItem] of Object.entries(paths)) {
    const item = local(doc, rawItem);
    if (!isObject(item)) continue;
    for (const [key, rawOp] of Object.entries(item)) {
      if (!METHODS.includes(key)) continue;
      const op = local(doc, rawOp);
      if (!isObject(op)) continue;
      const verb = key === 'x-amazon-apigateway-any-method' ? 'ANY' : key.toUpperCase();
      const routeKey = path === '$default' || path === '/$default' || op.isDefaultRoute === true ? '$default' : `${verb} ${path}`;
      const id = ids.take(`Route${routeKey === '$default' ? 'Default' : `${path.replace(/[{}+$]/g, '')}${verb}`}`);
      parts.push(id);
      const props: Doc = { ApiId: apiRef, RouteKey: routeKey, AuthorizationType: 'NONE' };
      if (typeof op.operationId === 'string') props.OperationName = op.operationId;
      const integration = local(doc, op['x-amazon-apigateway-integration']);
      if (isObject(integration)) {
        let target = integrationIds.get(integration);
        if (!target) {
          target = ids.take(`Integration${routeKey === '$default' ? 'Default' : `${path.replace(/[{}+$]/g, '')}${verb}`}`);
          integrationIds.set(integration, target);
          const out: Doc = { ApiId: apiRef };
          copy(out, integration, { type: 'IntegrationType', connectionType: 'ConnectionType' }, true);
          copy(out, integration, HTTP_INTEGRATION);
          // CloudFormation takes each status's mappings as a list of Destination/Source pairs, not as the map OpenAPI has.
          // https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigatewayv2-integration-responseparametermap.html
          if (isObject(out.ResponseParameters)) {
            out.ResponseParameters = Object.fromEntries(Object.entries(out.ResponseParameters).map(([status, map]) => [status,
              isObject(map) ? { ResponseParameters: Object.entries(map).map(([Destination, Source]) => ({ Destination, Source })) } : map]));
          }
          if (isObject(integration.tlsConfig)) out.TlsConfig = { ServerNameToVerify: integration.tlsConfig.serverNameToVerify };
          for (const k of Object.keys(integration)) if (!Object.hasOwn(HTTP_INTEGRATION, k) && !['type', 'connectionType', 'tlsConfig'].includes(k)) problems.push(`integration field ${k} of ${routeKey}`);
          resources[target] = { Type: 'AWS::ApiGatewayV2::Integration', Properties: out };
        }
        props.Target = { 'Fn::Join': ['/', ['integrations', { Ref: target }]] };
      }
      applySecurity(doc, op, schemes, authorizerIds, props, (t) => (t === 'JWT' ? 'JWT' : 'CUSTOM'), routeKey, problems, false);
      resources[id] = { Type: 'AWS::ApiGatewayV2::Route', Properties: props };
    }
  }
  if (problems.length) refuse(problems, file);
  return { resources, parts };
}
