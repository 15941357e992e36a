import { MappedSource } from '../document/mapped-source.js';
import { emptyRecord, setOwn } from '../document/own.js';
import { escapeToken } from '../document/pointer.js';
import type { Source } from '../document/source.js';
import { type ApiType, isObject } from './detect.js';

/**
 * APIs written as CloudFormation resources rather than as an OpenAPI `Body`: a REST API as
 * `AWS::ApiGateway::RestApi` + `Resource` (ParentId/PathPart) + `Method` (+ `Authorizer`,
 * `RequestValidator`, `Model`, `GatewayResponse`), an HTTP API as `AWS::ApiGatewayV2::Api` +
 * `Route` + `Integration` + `Authorizer`. Each is read into the OpenAPI document API Gateway's
 * export would give for it, every node placed at the template text that declared it, so the
 * model, the rules and the other commands treat both forms alike and report at the template.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-method.html
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigatewayv2-route.html
 */
export interface GraphApi {
  /** Logical id of the `RestApi` or `Api` resource. */
  resource: string;
  type: 'AWS::ApiGateway::RestApi' | 'AWS::ApiGatewayV2::Api' | 'AWS::Serverless::Api' | 'AWS::Serverless::HttpApi';
  apiType: ApiType;
}

/** The template an API was read from, for checks across its resources. */
export interface TemplateContext {
  /** The template as parsed: pointers here are template pointers. */
  source: Source;
  /** Logical id of the API resource. */
  api: string;
  resources: Resources;
}

export interface ReadGraph {
  source: MappedSource;
  template: TemplateContext;
  /** What the template says that could not be placed in the API (one line each). */
  notes: string[];
}

export type Resources = Record<string, Record<string, unknown>>;

const esc = escapeToken;

export function resourcesOf(template: Record<string, unknown>): Resources {
  const out = emptyRecord<Record<string, unknown>>();
  if (!isObject(template.Resources)) return out;
  for (const [id, r] of Object.entries(template.Resources)) if (isObject(r) && typeof r.Type === 'string') setOwn(out, id, r);
  return out;
}

export const props = (r: Record<string, unknown> | undefined): Record<string, unknown> => (r && isObject(r.Properties) ? r.Properties : {});

/** The logical id a value names with `Ref` (or `!Ref`). */
export function refOf(value: unknown): string | undefined {
  return isObject(value) && typeof value.Ref === 'string' ? value.Ref : undefined;
}

/** `[logicalId, attribute]` of an `Fn::GetAtt`, long or short form. */
export function getAttOf(value: unknown): [string, string] | undefined {
  if (!isObject(value)) return undefined;
  const g = value['Fn::GetAtt'];
  if (Array.isArray(g) && typeof g[0] === 'string' && typeof g[1] === 'string') return [g[0], g[1]];
  if (typeof g === 'string' && g.includes('.')) return [g.slice(0, g.indexOf('.')), g.slice(g.indexOf('.') + 1)];
  return undefined;
}

/** The logical id an `ApiId`/`RestApiId`-like property names: `Ref`, or `GetAtt X.RootResourceId`/`X.ApiId`. */
export function apiOf(value: unknown): string | undefined {
  return refOf(value) ?? getAttOf(value)?.[0];
}

/**
 * The APIs the template writes as resources: a `RestApi` or an HTTP `Api` without an inline or S3
 * definition. (One with a `Body` is read from its body; `Method`s beside a body are a finding.)
 */
export function graphApis(template: Record<string, unknown>): GraphApi[] {
  const out: GraphApi[] = [];
  for (const [id, r] of Object.entries(resourcesOf(template))) {
    const p = props(r);
    if (p.Body !== undefined || p.BodyS3Location !== undefined) continue;
    if (r.Type === 'AWS::ApiGateway::RestApi') out.push({ resource: id, type: r.Type, apiType: 'rest' });
    else if (r.Type === 'AWS::ApiGatewayV2::Api' && p.ProtocolType === 'HTTP') out.push({ resource: id, type: r.Type, apiType: 'http' });
  }
  return out;
}

/** The logical id SAM gives the API it makes for function events that name none. */
const SAM_IMPLICIT_API = { Api: 'ServerlessRestApi', HttpApi: 'ServerlessHttpApi' } as const;

type SamEvent = { fn: string; name: string; type: 'Api' | 'HttpApi'; props: Record<string, unknown> };

/** Every `Api`/`HttpApi` event of the template's SAM functions, with the API it belongs to. */
export function samEvents(resources: Resources): Array<SamEvent & { api: string }> {
  const out: Array<SamEvent & { api: string }> = [];
  for (const [fn, r] of Object.entries(resources)) {
    if (r.Type !== 'AWS::Serverless::Function' || !isObject(props(r).Events)) continue;
    for (const [name, e] of Object.entries(props(r).Events as Record<string, unknown>)) {
      if (!isObject(e) || (e.Type !== 'Api' && e.Type !== 'HttpApi') || !isObject(e.Properties)) continue;
      const api = apiOf(e.Type === 'Api' ? e.Properties.RestApiId : e.Properties.ApiId) ?? SAM_IMPLICIT_API[e.Type];
      out.push({ fn, name, type: e.Type, props: e.Properties, api });
    }
  }
  return out;
}

/**
 * The APIs SAM builds from function events alone: its implicit `ServerlessRestApi` and
 * `ServerlessHttpApi`, and an `AWS::Serverless::Api`/`HttpApi` without `DefinitionBody` or
 * `DefinitionUri` (with one, the body is read and the events complete it).
 * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-function-api.html
 */
export function samEventApis(template: Record<string, unknown>): GraphApi[] {
  const resources = resourcesOf(template);
  const out: GraphApi[] = [];
  for (const e of samEvents(resources)) {
    if (out.some((a) => a.resource === e.api)) continue;
    const declared = resources[e.api];
    if (declared && (props(declared).DefinitionBody !== undefined || props(declared).DefinitionUri !== undefined)) continue;
    if (declared && declared.Type !== (e.type === 'Api' ? 'AWS::Serverless::Api' : 'AWS::Serverless::HttpApi')) continue;
    out.push({ resource: e.api, type: e.type === 'Api' ? 'AWS::Serverless::Api' : 'AWS::Serverless::HttpApi', apiType: e.type === 'Api' ? 'rest' : 'http' });
  }
  return out;
}

/**
 * The API SAM makes from events: each event is a route with a Lambda proxy integration to its
 * function (payload 2.0 by default on HTTP APIs), placed at the event in the template.
 */
export function readSamEventApi(template: Source, api: GraphApi): ReadGraph {
  const root = isObject(template.root) ? template.root : {};
  const resources = resourcesOf(root);
  const placer = new Placer();
  const doc: Record<string, unknown> = { openapi: '3.0.1', info: { title: api.resource, version: '1.0' } };
  const pathItems = emptyRecord<Record<string, unknown>>();
  const notes: string[] = [];
  const generated: object[] = [];
  for (const e of samEvents(resources).filter((x) => x.api === api.resource)) {
    const eventAt = `/Resources/${esc(e.fn)}/Properties/Events/${esc(e.name)}`;
    if (typeof e.props.Path !== 'string' || typeof e.props.Method !== 'string') {
      notes.push(`${e.fn}/Events/${e.name}: its Path or Method is not a string`);
      continue;
    }
    const method = e.props.Method.toLowerCase() === 'any' ? 'x-amazon-apigateway-any-method' : e.props.Method.toLowerCase();
    const item = (pathItems[e.props.Path] ??= emptyRecord());
    if (item[method] !== undefined) continue;
    const opAt = `/paths/${esc(e.props.Path)}/${esc(method)}`;
    placer.place(`/paths/${esc(e.props.Path)}`, eventAt, `${eventAt}/Properties/Path`);
    placer.place(opAt, eventAt, `${eventAt}/Properties/Method`);
    placer.place(`${opAt}/x-amazon-apigateway-integration`, eventAt, eventAt);
    const uri = { 'Fn::Sub': `arn:\${AWS::Partition}:apigateway:\${AWS::Region}:lambda:path/2015-03-31/functions/\${${e.fn}.Arn}/invocations` };
    const integration: Record<string, unknown> = { type: 'aws_proxy', httpMethod: 'POST', uri };
    generated.push(uri);
    placer.place(`${opAt}/x-amazon-apigateway-integration/uri`, eventAt);
    placer.place(`${opAt}/x-amazon-apigateway-integration/uri/Fn::Sub`, eventAt);
    if (e.type === 'HttpApi') integration.payloadFormatVersion = typeof e.props.PayloadFormatVersion === 'string' ? e.props.PayloadFormatVersion : '2.0';
    setOwn(item, method, { operationId: `${e.fn}${e.name}`, responses: {}, 'x-amazon-apigateway-integration': integration });
  }
  doc.paths = pathItems;
  placer.place('', `/Resources/${esc(api.resource)}`);
  const source = new MappedSource(template, doc, placer.values, placer.keys);
  for (const g of generated) source.generated.add(g);
  return { source, template: { source: template, api: api.resource, resources }, notes };
}

/** Records where each assembled node was written in the template. */
class Placer {
  readonly values = new Map<string, string>();
  readonly keys = new Map<string, string>();
  place(at: string, real: string, keyReal?: string): void {
    this.values.set(at, real);
    if (keyReal !== undefined) this.keys.set(at, keyReal);
  }
}

/**
 * Copy `names` (assembled key → CloudFormation property) of `from` into `to`. Every name is placed,
 * present or not, so that a finding about a missing field points at the resource that lacks it.
 */
function copyFields(placer: Placer, to: Record<string, unknown>, toAt: string, from: Record<string, unknown>, fromAt: string, names: Readonly<Record<string, string>>): void {
  for (const [key, prop] of Object.entries(names)) {
    placer.place(`${toAt}/${esc(key)}`, `${fromAt}/${esc(prop)}`);
    if (from[prop] !== undefined) setOwn(to, key, from[prop]);
  }
}

const REST_INTEGRATION = {
  type: 'Type', uri: 'Uri', httpMethod: 'IntegrationHttpMethod', requestTemplates: 'RequestTemplates',
  requestParameters: 'RequestParameters', passthroughBehavior: 'PassthroughBehavior', contentHandling: 'ContentHandling',
  timeoutInMillis: 'TimeoutInMillis', cacheKeyParameters: 'CacheKeyParameters', cacheNamespace: 'CacheNamespace',
  credentials: 'Credentials', connectionType: 'ConnectionType', connectionId: 'ConnectionId',
} as const;
/** OpenAPI key → CloudFormation property, read here and written by `export cfn --form resources`. */
export const REST_INTEGRATION_RESPONSE = {
  statusCode: 'StatusCode', responseTemplates: 'ResponseTemplates', responseParameters: 'ResponseParameters', contentHandling: 'ContentHandling',
} as const;
export const REST_AUTHORIZER = {
  authorizerUri: 'AuthorizerUri', authorizerCredentials: 'AuthorizerCredentials', identitySource: 'IdentitySource',
  identityValidationExpression: 'IdentityValidationExpression', authorizerResultTtlInSeconds: 'AuthorizerResultTtlInSeconds', providerARNs: 'ProviderARNs',
} as const;
export const GATEWAY_RESPONSE = { statusCode: 'StatusCode', responseParameters: 'ResponseParameters', responseTemplates: 'ResponseTemplates' } as const;
export const VALIDATOR = { validateRequestBody: 'ValidateRequestBody', validateRequestParameters: 'ValidateRequestParameters' } as const;
const HTTP_INTEGRATION = {
  type: 'IntegrationType', uri: 'IntegrationUri', httpMethod: 'IntegrationMethod', payloadFormatVersion: 'PayloadFormatVersion',
  integrationSubtype: 'IntegrationSubtype', credentials: 'CredentialsArn', requestParameters: 'RequestParameters',
  responseParameters: 'ResponseParameters', timeoutInMillis: 'TimeoutInMillis', connectionType: 'ConnectionType',
  connectionId: 'ConnectionId', tlsConfig: 'TlsConfig',
} as const;
const HTTP_AUTHORIZER = {
  type: 'AuthorizerType', authorizerUri: 'AuthorizerUri', authorizerCredentials: 'AuthorizerCredentialsArn',
  authorizerPayloadFormatVersion: 'AuthorizerPayloadFormatVersion', enableSimpleResponses: 'EnableSimpleResponses',
  authorizerResultTtlInSeconds: 'AuthorizerResultTtlInSeconds', identitySource: 'IdentitySource', jwtConfiguration: 'JwtConfiguration',
} as const;
export const CORS = {
  allowOrigins: 'AllowOrigins', allowMethods: 'AllowMethods', allowHeaders: 'AllowHeaders', exposeHeaders: 'ExposeHeaders',
  maxAge: 'MaxAge', allowCredentials: 'AllowCredentials',
} as const;

const at = (id: string, ...tokens: string[]) => `/Resources/${esc(id)}/Properties${tokens.map((t) => '/' + esc(t)).join('')}`;
const nameOf = (r: Record<string, unknown>, id: string): string => (typeof props(r).Name === 'string' ? (props(r).Name as string) : id);

/** Read the API `api` of a template written as resources. */
export function readGraphApi(template: Source, api: GraphApi): ReadGraph {
  const root = isObject(template.root) ? template.root : {};
  return api.apiType === 'rest' ? readRestApi(template, resourcesOf(root), api.resource) : readHttpApi(template, resourcesOf(root), api.resource);
}

/** The document of one API as it starts: its title, placed at the API resource. */
function startDocument(resources: Resources, apiId: string) {
  const placer = new Placer();
  const notes: string[] = [];
  const apiProps = props(resources[apiId]);
  const doc: Record<string, unknown> = { openapi: '3.0.1', info: { title: typeof apiProps.Name === 'string' ? apiProps.Name : apiId, version: '1.0' } };
  placer.place('', `/Resources/${esc(apiId)}`);
  placer.place('/info', at(apiId));
  placer.place('/info/title', at(apiId, 'Name'));
  return { placer, notes, apiProps, doc };
}

function readRestApi(template: Source, resources: Resources, apiId: string): ReadGraph {
  const { placer, notes, apiProps, doc } = startDocument(resources, apiId);
  const apiFields: Record<string, string> = {
    'x-amazon-apigateway-binary-media-types': 'BinaryMediaTypes', 'x-amazon-apigateway-api-key-source': 'ApiKeySourceType',
    'x-amazon-apigateway-minimum-compression-size': 'MinimumCompressionSize', 'x-amazon-apigateway-policy': 'Policy',
  };
  copyFields(placer, doc, '', apiProps, at(apiId), apiFields);
  // CloudFormation's BinaryMediaTypes may write each slash as "~1" (image~1png), as its reference long asked.
  // https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-restapi.html#cfn-apigateway-restapi-binarymediatypes
  const binary = doc['x-amazon-apigateway-binary-media-types'];
  if (Array.isArray(binary)) doc['x-amazon-apigateway-binary-media-types'] = binary.map((t) => (typeof t === 'string' ? t.replace(/~1/g, '/') : t));

  const mine = (r: Record<string, unknown>) => apiOf(props(r).RestApiId) === apiId;
  const of = (type: string) => Object.entries(resources).filter(([, r]) => r.Type === type && mine(r));

  // Resources: the path of each, through its parents up to the API's root resource.
  const parts = new Map(of('AWS::ApiGateway::Resource'));
  const paths = new Map<string, string | null>();
  const pathOf = (id: string, seen: Set<string> = new Set()): string | null => {
    if (paths.has(id)) return paths.get(id)!;
    const r = parts.get(id);
    if (!r || seen.has(id)) return null;
    seen.add(id);
    const p = props(r);
    const parent = p.ParentId;
    const att = getAttOf(parent);
    const base = att && att[1] === 'RootResourceId' ? (att[0] === apiId ? '' : null) : refOf(parent) !== undefined ? pathOf(refOf(parent)!, seen) : null;
    const path = base === null || typeof p.PathPart !== 'string' ? null : `${base}/${p.PathPart}`;
    paths.set(id, path);
    return path;
  };
  const resourcePath = (value: unknown): string | null => {
    const att = getAttOf(value);
    if (att && att[1] === 'RootResourceId') return att[0] === apiId ? '/' : null;
    const id = refOf(value);
    return id === undefined ? null : pathOf(id);
  };

  // Authorizers, validators and models the methods name.
  const schemes = emptyRecord<unknown>();
  const authorizerNames = new Map<string, string>();
  for (const [id, r] of of('AWS::ApiGateway::Authorizer')) {
    const p = props(r);
    const name = nameOf(r, id);
    authorizerNames.set(id, name);
    const type = typeof p.Type === 'string' ? p.Type : undefined;
    const cognito = type?.toUpperCase() === 'COGNITO_USER_POOLS';
    const header = typeof p.IdentitySource === 'string' ? /^method\.request\.header\.(.+)$/.exec(p.IdentitySource)?.[1] : undefined;
    const authorizer: Record<string, unknown> = { ...(type !== undefined ? { type: type.toLowerCase() } : {}) };
    const schemeAt = `/components/securitySchemes/${esc(name)}`;
    copyFields(placer, authorizer, `${schemeAt}/x-amazon-apigateway-authorizer`, p, at(id), REST_AUTHORIZER);
    placer.place(`${schemeAt}/x-amazon-apigateway-authorizer/type`, at(id, 'Type'));
    placer.place(schemeAt, at(id), at(id, 'Name'));
    placer.place(`${schemeAt}/x-amazon-apigateway-authorizer`, at(id));
    placer.place(`${schemeAt}/x-amazon-apigateway-authtype`, at(id, 'Type'));
    setOwn(schemes, name, {
      type: 'apiKey', name: header ?? 'Authorization', in: 'header',
      'x-amazon-apigateway-authtype': cognito ? 'cognito_user_pools' : 'custom',
      'x-amazon-apigateway-authorizer': authorizer,
    });
  }
  const validators = emptyRecord<unknown>();
  const validatorNames = new Map<string, string>();
  for (const [id, r] of of('AWS::ApiGateway::RequestValidator')) {
    const name = nameOf(r, id);
    validatorNames.set(id, name);
    const v: Record<string, unknown> = {};
    const vAt = `/x-amazon-apigateway-request-validators/${esc(name)}`;
    placer.place(vAt, at(id), at(id, 'Name'));
    copyFields(placer, v, vAt, props(r), at(id), VALIDATOR);
    setOwn(validators, name, v);
  }
  const schemas = emptyRecord<unknown>();
  const modelNames = new Map<string, string>();
  for (const [id, r] of of('AWS::ApiGateway::Model')) {
    const name = nameOf(r, id);
    modelNames.set(id, name);
    let schema = props(r).Schema;
    if (typeof schema === 'string') {
      try {
        schema = JSON.parse(schema);
      } catch {
        notes.push(`${id}: the model's Schema is a string that is not JSON`);
      }
    }
    placer.place(`/components/schemas/${esc(name)}`, at(id, 'Schema'), at(id, 'Name'));
    if (schema !== undefined) setOwn(schemas, name, schema);
  }
  const responses = emptyRecord<unknown>();
  for (const [id, r] of of('AWS::ApiGateway::GatewayResponse')) {
    const p = props(r);
    if (typeof p.ResponseType !== 'string') {
      notes.push(`${id}: a gateway response whose ResponseType is not a string`);
      continue;
    }
    const g: Record<string, unknown> = {};
    const gAt = `/x-amazon-apigateway-gateway-responses/${esc(p.ResponseType)}`;
    placer.place(gAt, at(id), at(id, 'ResponseType'));
    copyFields(placer, g, gAt, p, at(id), GATEWAY_RESPONSE);
    setOwn(responses, p.ResponseType, g);
  }

  // Methods.
  const pathItems = emptyRecord<Record<string, unknown>>();
  const usesIam = { value: false, at: '' };
  const usesKey = { value: false, at: '' };
  for (const [id, r] of of('AWS::ApiGateway::Method')) {
    const p = props(r);
    const path = resourcePath(p.ResourceId);
    // A method whose resource is not one of this API's: `cfn/method-foreign-reference` reports it.
    if (path === null) continue;
    if (typeof p.HttpMethod !== 'string') {
      notes.push(`${id}: its HttpMethod is not a string`);
      continue;
    }
    const key = p.HttpMethod.toUpperCase() === 'ANY' ? 'x-amazon-apigateway-any-method' : p.HttpMethod.toLowerCase();
    const item = (pathItems[path] ??= emptyRecord());
    const resourceId = refOf(p.ResourceId);
    placer.place(`/paths/${esc(path)}`, resourceId ? `/Resources/${esc(resourceId)}` : at(id, 'ResourceId'), resourceId ? at(resourceId, 'PathPart') : at(id, 'ResourceId'));
    // A second method of one verb on one resource: `cfn/duplicate-path-part` reports it.
    if (item[key] !== undefined) continue;
    const opAt = `/paths/${esc(path)}/${esc(key)}`;
    placer.place(opAt, `/Resources/${esc(id)}`, at(id, 'HttpMethod'));
    const op: Record<string, unknown> = {};
    copyFields(placer, op, opAt, p, at(id), { operationId: 'OperationName' });
    if (isObject(p.RequestParameters)) {
      const params: unknown[] = [];
      for (const [name, required] of Object.entries(p.RequestParameters)) {
        const m = /^method\.request\.(querystring|header|path)\.(.+)$/.exec(name);
        placer.place(`${opAt}/parameters/${params.length}`, at(id, 'RequestParameters', name), at(id, 'RequestParameters', name));
        params.push({ name: m ? m[2] : name, in: m ? (m[1] === 'querystring' ? 'query' : m[1]) : name, required: m?.[1] === 'path' ? true : required === true, schema: { type: 'string' } });
      }
      placer.place(`${opAt}/parameters`, at(id, 'RequestParameters'));
      op.parameters = params;
    }
    if (isObject(p.RequestModels)) {
      const content = emptyRecord<unknown>();
      for (const [type, model] of Object.entries(p.RequestModels)) {
        const name = refOf(model) !== undefined ? modelNames.get(refOf(model)!) ?? refOf(model)! : model;
        placer.place(`${opAt}/requestBody/content/${esc(type)}`, at(id, 'RequestModels', type), at(id, 'RequestModels', type));
        setOwn(content, type, typeof name === 'string' ? { schema: { $ref: `#/components/schemas/${esc(name)}` } } : { schema: name });
      }
      placer.place(`${opAt}/requestBody`, at(id, 'RequestModels'));
      op.requestBody = { content };
    }
    const responsesOut = emptyRecord<unknown>();
    placer.place(`${opAt}/responses`, at(id, 'MethodResponses'));
    if (Array.isArray(p.MethodResponses)) {
      p.MethodResponses.forEach((mr, i) => {
        if (!isObject(mr)) return;
        const code = typeof mr.StatusCode === 'string' || typeof mr.StatusCode === 'number' ? String(mr.StatusCode) : `(${i})`;
        const rAt = `${opAt}/responses/${esc(code)}`;
        placer.place(rAt, at(id, 'MethodResponses', String(i)), at(id, 'MethodResponses', String(i), 'StatusCode'));
        const response: Record<string, unknown> = { description: `${code} response` };
        if (isObject(mr.ResponseParameters)) {
          const headers = emptyRecord<unknown>();
          for (const [name, required] of Object.entries(mr.ResponseParameters)) {
            const h = /^method\.response\.header\.(.+)$/.exec(name)?.[1] ?? name;
            placer.place(`${rAt}/headers/${esc(h)}`, at(id, 'MethodResponses', String(i), 'ResponseParameters', name), at(id, 'MethodResponses', String(i), 'ResponseParameters', name));
            setOwn(headers, h, { required: required === true, schema: { type: 'string' } });
          }
          placer.place(`${rAt}/headers`, at(id, 'MethodResponses', String(i), 'ResponseParameters'));
          response.headers = headers;
        }
        if (isObject(mr.ResponseModels)) {
          const content = emptyRecord<unknown>();
          for (const [type, model] of Object.entries(mr.ResponseModels)) {
            const name = refOf(model) !== undefined ? modelNames.get(refOf(model)!) ?? refOf(model)! : model;
            placer.place(`${rAt}/content/${esc(type)}`, at(id, 'MethodResponses', String(i), 'ResponseModels', type));
            setOwn(content, type, typeof name === 'string' ? { schema: { $ref: `#/components/schemas/${esc(name)}` } } : { schema: name });
          }
          response.content = content;
        }
        setOwn(responsesOut, code, response);
      });
    }
    op.responses = responsesOut;

    // Authorization: the authorizer the method names, IAM, an API key.
    const requirement = emptyRecord<unknown>();
    const authType = typeof p.AuthorizationType === 'string' ? p.AuthorizationType.toUpperCase() : undefined;
    const authorizer = refOf(p.AuthorizerId);
    if (authorizer !== undefined) {
      const name = authorizerNames.get(authorizer);
      if (name !== undefined) {
        setOwn(requirement, name, Array.isArray(p.AuthorizationScopes) ? p.AuthorizationScopes : []);
        placer.place(`${opAt}/security/0/${esc(name)}`, at(id, 'AuthorizerId'), at(id, 'AuthorizerId'));
      }
    } else if (authType === 'AWS_IAM') {
      setOwn(requirement, 'sigv4', []);
      placer.place(`${opAt}/security/0/sigv4`, at(id, 'AuthorizationType'), at(id, 'AuthorizationType'));
      usesIam.value = true;
      usesIam.at ||= at(id, 'AuthorizationType');
    }
    if (p.ApiKeyRequired === true) {
      setOwn(requirement, 'api_key', []);
      placer.place(`${opAt}/security/0/api_key`, at(id, 'ApiKeyRequired'), at(id, 'ApiKeyRequired'));
      usesKey.value = true;
      usesKey.at ||= at(id, 'ApiKeyRequired');
    }
    if (Object.keys(requirement).length) {
      op.security = [requirement];
      placer.place(`${opAt}/security`, at(id, 'AuthorizationType'));
      placer.place(`${opAt}/security/0`, at(id, 'AuthorizationType'));
    }
    const validator = refOf(p.RequestValidatorId);
    if (validator !== undefined) {
      const name = validatorNames.get(validator);
      if (name !== undefined) op['x-amazon-apigateway-request-validator'] = name;
    }
    placer.place(`${opAt}/x-amazon-apigateway-request-validator`, at(id, 'RequestValidatorId'));

    // The integration and its responses.
    if (isObject(p.Integration)) {
      const iAt = `${opAt}/x-amazon-apigateway-integration`;
      const integration: Record<string, unknown> = {};
      placer.place(iAt, at(id, 'Integration'), at(id, 'Integration'));
      copyFields(placer, integration, iAt, p.Integration, at(id, 'Integration'), REST_INTEGRATION);
      placer.place(`${iAt}/responses`, at(id, 'Integration', 'IntegrationResponses'));
      if (Array.isArray(p.Integration.IntegrationResponses)) {
        const out = emptyRecord<unknown>();
        p.Integration.IntegrationResponses.forEach((ir, i) => {
          if (!isObject(ir)) return;
          const pattern = typeof ir.SelectionPattern === 'string' ? ir.SelectionPattern : 'default';
          if (Object.prototype.hasOwnProperty.call(out, pattern)) {
            notes.push(`${id}: a second integration response with the selection pattern "${pattern}"`);
            return;
          }
          const real = at(id, 'Integration', 'IntegrationResponses', String(i));
          const rAt = `${iAt}/responses/${esc(pattern)}`;
          placer.place(rAt, real, ir.SelectionPattern !== undefined ? `${real}/SelectionPattern` : real);
          const response: Record<string, unknown> = {};
          copyFields(placer, response, rAt, ir, real, REST_INTEGRATION_RESPONSE);
          setOwn(out, pattern, response);
        });
        integration.responses = out;
      }
      op['x-amazon-apigateway-integration'] = integration;
    }
    setOwn(item, key, op);
  }

  if (usesIam.value) {
    setOwn(schemes, 'sigv4', { type: 'apiKey', name: 'Authorization', in: 'header', 'x-amazon-apigateway-authtype': 'awsSigv4' });
    placer.place('/components/securitySchemes/sigv4', usesIam.at);
  }
  if (usesKey.value) {
    setOwn(schemes, 'api_key', { type: 'apiKey', name: 'x-api-key', in: 'header' });
    placer.place('/components/securitySchemes/api_key', usesKey.at);
  }
  doc.paths = pathItems;
  placer.place('/paths', `/Resources/${esc(apiId)}`);
  const components: Record<string, unknown> = {};
  if (Object.keys(schemas).length) components.schemas = schemas;
  if (Object.keys(schemes).length) components.securitySchemes = schemes;
  if (Object.keys(components).length) doc.components = components;
  if (Object.keys(validators).length) doc['x-amazon-apigateway-request-validators'] = validators;
  if (Object.keys(responses).length) doc['x-amazon-apigateway-gateway-responses'] = responses;
  return { source: new MappedSource(template, doc, placer.values, placer.keys), template: { source: template, api: apiId, resources }, notes };
}

/**
 * An HTTP API integration's `ResponseParameters` as OpenAPI writes them (status → { key: value }).
 * CloudFormation writes each status's mappings as a list, `{ ResponseParameters: [{ Destination,
 * Source }] }`, and refuses the map OpenAPI uses ("Encountered unsupported properties").
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigatewayv2-integration-responseparametermap.html
 * https://github.com/aws/aws-cdk/issues/20993
 */
function readResponseParameters(placer: Placer, value: Record<string, unknown>, toAt: string, fromAt: string): Record<string, unknown> {
  const out = emptyRecord<unknown>();
  for (const [status, entry] of Object.entries(value)) {
    const list = isObject(entry) ? entry.ResponseParameters : undefined;
    if (!Array.isArray(list)) {
      setOwn(out, status, entry);
      continue;
    }
    const map = emptyRecord<unknown>();
    placer.place(`${toAt}/${esc(status)}`, `${fromAt}/${esc(status)}`);
    list.forEach((p, i) => {
      if (!isObject(p) || typeof p.Destination !== 'string') return;
      const real = `${fromAt}/${esc(status)}/ResponseParameters/${i}`;
      placer.place(`${toAt}/${esc(status)}/${esc(p.Destination)}`, `${real}/Source`, `${real}/Destination`);
      setOwn(map, p.Destination, p.Source);
    });
    setOwn(out, status, map);
  }
  return out;
}

/** The integration a route's `Target` names: `integrations/<id>` written with `Fn::Join` or `Fn::Sub`. */
function targetOf(value: unknown): string | undefined {
  if (!isObject(value)) return undefined;
  const join = value['Fn::Join'];
  if (Array.isArray(join) && Array.isArray(join[1])) {
    const parts = join[1] as unknown[];
    const last = refOf(parts[parts.length - 1]);
    const text = parts.slice(0, -1).filter((x) => typeof x === 'string').join(typeof join[0] === 'string' ? join[0] : '');
    if (last !== undefined && /^integrations\/?$/.test(text)) return last;
  }
  const sub = value['Fn::Sub'];
  if (typeof sub === 'string') return /^integrations\/\$\{([A-Za-z0-9]+)\}$/.exec(sub)?.[1];
  return undefined;
}

function readHttpApi(template: Source, resources: Resources, apiId: string): ReadGraph {
  const { placer, notes, apiProps, doc } = startDocument(resources, apiId);
  if (isObject(apiProps.CorsConfiguration)) {
    const cors: Record<string, unknown> = {};
    placer.place('/x-amazon-apigateway-cors', at(apiId, 'CorsConfiguration'), at(apiId, 'CorsConfiguration'));
    copyFields(placer, cors, '/x-amazon-apigateway-cors', apiProps.CorsConfiguration, at(apiId, 'CorsConfiguration'), CORS);
    doc['x-amazon-apigateway-cors'] = cors;
  }
  const mine = (r: Record<string, unknown>) => apiOf(props(r).ApiId) === apiId;
  const of = (type: string) => Object.entries(resources).filter(([, r]) => r.Type === type && mine(r));

  const integrations = new Map(of('AWS::ApiGatewayV2::Integration'));
  const schemes = emptyRecord<unknown>();
  const authorizerNames = new Map<string, string>();
  for (const [id, r] of of('AWS::ApiGatewayV2::Authorizer')) {
    const p = props(r);
    const name = nameOf(r, id);
    authorizerNames.set(id, name);
    const sAt = `/components/securitySchemes/${esc(name)}`;
    const authorizer: Record<string, unknown> = {};
    placer.place(sAt, at(id), at(id, 'Name'));
    placer.place(`${sAt}/x-amazon-apigateway-authorizer`, at(id));
    copyFields(placer, authorizer, `${sAt}/x-amazon-apigateway-authorizer`, p, at(id), HTTP_AUTHORIZER);
    if (typeof authorizer.type === 'string') authorizer.type = authorizer.type.toLowerCase();
    if (Array.isArray(authorizer.identitySource) && authorizer.identitySource.every((s) => typeof s === 'string')) authorizer.identitySource = authorizer.identitySource.join(', ');
    if (isObject(authorizer.jwtConfiguration)) {
      const j = authorizer.jwtConfiguration;
      authorizer.jwtConfiguration = { ...(j.Audience !== undefined ? { audience: j.Audience } : {}), ...(j.Issuer !== undefined ? { issuer: j.Issuer } : {}) };
      placer.place(`${sAt}/x-amazon-apigateway-authorizer/jwtConfiguration/audience`, at(id, 'JwtConfiguration', 'Audience'));
      placer.place(`${sAt}/x-amazon-apigateway-authorizer/jwtConfiguration/issuer`, at(id, 'JwtConfiguration', 'Issuer'));
    }
    setOwn(schemes, name, authorizer.type === 'jwt'
      ? { type: 'oauth2', flows: {}, 'x-amazon-apigateway-authorizer': authorizer }
      : { type: 'apiKey', name: 'Authorization', in: 'header', 'x-amazon-apigateway-authorizer': authorizer });
  }

  const pathItems = emptyRecord<Record<string, unknown>>();
  let iam = '';
  for (const [id, r] of of('AWS::ApiGatewayV2::Route')) {
    const p = props(r);
    if (typeof p.RouteKey !== 'string') {
      notes.push(`${id}: its RouteKey is not a string`);
      continue;
    }
    const isDefault = p.RouteKey === '$default';
    const m = /^(\S+) (\/\S*)$/.exec(p.RouteKey);
    if (!isDefault && !m) {
      notes.push(`${id}: its RouteKey "${p.RouteKey}" is neither "METHOD /path" nor $default`);
      continue;
    }
    const path = isDefault ? '$default' : m![2]!;
    const method = isDefault || m![1]!.toUpperCase() === 'ANY' ? 'x-amazon-apigateway-any-method' : m![1]!.toLowerCase();
    const item = (pathItems[path] ??= emptyRecord());
    placer.place(`/paths/${esc(path)}`, `/Resources/${esc(id)}`, at(id, 'RouteKey'));
    if (item[method] !== undefined) continue;
    const opAt = `/paths/${esc(path)}/${esc(method)}`;
    placer.place(opAt, `/Resources/${esc(id)}`, at(id, 'RouteKey'));
    const op: Record<string, unknown> = { responses: { default: { description: 'Default response' } } };
    placer.place(`${opAt}/responses`, at(id));
    if (isDefault) {
      op.isDefaultRoute = true;
      placer.place(`${opAt}/isDefaultRoute`, at(id, 'RouteKey'));
    }
    copyFields(placer, op, opAt, p, at(id), { operationId: 'OperationName' });
    const authorizer = refOf(p.AuthorizerId);
    const authType = typeof p.AuthorizationType === 'string' ? p.AuthorizationType.toUpperCase() : undefined;
    if (authorizer !== undefined) {
      const name = authorizerNames.get(authorizer);
      if (name !== undefined) {
        op.security = [{ [name]: Array.isArray(p.AuthorizationScopes) ? p.AuthorizationScopes : [] }];
        placer.place(`${opAt}/security`, at(id, 'AuthorizerId'));
        placer.place(`${opAt}/security/0/${esc(name)}`, at(id, 'AuthorizerId'), at(id, 'AuthorizerId'));
      }
    } else if (authType === 'AWS_IAM') {
      op.security = [{ sigv4: [] }];
      placer.place(`${opAt}/security`, at(id, 'AuthorizationType'));
      iam ||= at(id, 'AuthorizationType');
    }
    const target = targetOf(p.Target);
    if (p.Target !== undefined && target === undefined) notes.push(`${id}: its Target is not "integrations/" joined with a Ref to an integration`);
    const integration = target !== undefined ? integrations.get(target) : undefined;
    if (target !== undefined && integration === undefined) notes.push(`${id}: its Target names ${target}, not an integration of ${apiId}`);
    if (integration) {
      const iAt = `${opAt}/x-amazon-apigateway-integration`;
      const out: Record<string, unknown> = {};
      placer.place(iAt, at(target!));
      copyFields(placer, out, iAt, props(integration), at(target!), HTTP_INTEGRATION);
      if (isObject(out.responseParameters)) out.responseParameters = readResponseParameters(placer, out.responseParameters, `${iAt}/responseParameters`, at(target!, 'ResponseParameters'));
      if (typeof out.type === 'string') out.type = out.type.toLowerCase();
      op['x-amazon-apigateway-integration'] = out;
    }
    setOwn(item, method, op);
  }
  // Quick create: `Target` (and `RouteKey`, default `$default`) on the API itself is one route
  // with a proxy integration, Lambda (payload 2.0) or HTTP.
  // https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigatewayv2-api.html#cfn-apigatewayv2-api-target
  if (apiProps.Target !== undefined) {
    const routeKey = typeof apiProps.RouteKey === 'string' ? apiProps.RouteKey : '$default';
    const m = /^(\S+) (\/\S*)$/.exec(routeKey);
    const path = m ? m[2]! : '$default';
    const method = !m || m[1]!.toUpperCase() === 'ANY' ? 'x-amazon-apigateway-any-method' : m[1]!.toLowerCase();
    const opAt = `/paths/${esc(path)}/${esc(method)}`;
    const target = apiProps.Target;
    const lambda = getAttOf(target)?.[1] === 'Arn' || (typeof target === 'string' && target.includes(':lambda:')) || (isObject(target) && JSON.stringify(target).includes(':lambda:'));
    const op: Record<string, unknown> = {
      responses: { default: { description: 'Default response' } },
      ...(m ? {} : { isDefaultRoute: true }),
      'x-amazon-apigateway-integration': { type: lambda ? 'aws_proxy' : 'http_proxy', uri: target, ...(lambda ? { payloadFormatVersion: '2.0' } : { httpMethod: 'ANY', payloadFormatVersion: '1.0' }) },
    };
    placer.place(`/paths/${esc(path)}`, at(apiId, 'Target'), at(apiId, apiProps.RouteKey !== undefined ? 'RouteKey' : 'Target'));
    placer.place(opAt, at(apiId, 'Target'), at(apiId, apiProps.RouteKey !== undefined ? 'RouteKey' : 'Target'));
    placer.place(`${opAt}/x-amazon-apigateway-integration`, at(apiId, 'Target'));
    placer.place(`${opAt}/x-amazon-apigateway-integration/uri`, at(apiId, 'Target'));
    const item = (pathItems[path] ??= emptyRecord());
    if (item[method] === undefined) setOwn(item, method, op);
  }
  if (iam) {
    setOwn(schemes, 'sigv4', { type: 'apiKey', name: 'Authorization', in: 'header', 'x-amazon-apigateway-authtype': 'awsSigv4' });
    placer.place('/components/securitySchemes/sigv4', iam);
  }
  doc.paths = pathItems;
  placer.place('/paths', `/Resources/${esc(apiId)}`);
  if (Object.keys(schemes).length) doc.components = { securitySchemes: schemes };
  return { source: new MappedSource(template, doc, placer.values, placer.keys), template: { source: template, api: apiId, resources }, notes };
}
