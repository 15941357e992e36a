import { textOf } from '../spec/own.js';
import { isObject } from '../spec/detect.js';
import type { ApiModel, IntegrationNode, OperationNode } from '../spec/model.js';
import { getAtPointer, joinPointer } from '../spec/pointer.js';
import type { Loc } from '../spec/refs.js';
import { SUBTYPE_BY_ACTION } from './features.js';
import type { Emit } from './findings.js';

const at = (loc: Loc, ...tokens: Array<string | number>): Loc => ({ source: loc.source, pointer: joinPointer(loc.pointer, ...tokens) });
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const lower = (v: unknown) => (typeof v === 'string' ? v.toLowerCase() : undefined);

/** Reserved headers HTTP API parameter mapping refuses (http-compat.md §5). */
function isReservedHeader(name: string): boolean {
  const h = name.toLowerCase();
  return /^(access-control-|apigw-|x-amz-|x-amzn-)/.test(h) ||
    ['authorization', 'connection', 'content-encoding', 'content-length', 'content-location', 'forwarded', 'keep-alive', 'origin',
      'proxy-authenticate', 'proxy-authorization', 'te', 'trailers', 'transfer-encoding', 'upgrade', 'x-forwarded-for',
      'x-forwarded-host', 'x-forwarded-proto', 'via'].includes(h);
}

/** The REST CORS preflight: OPTIONS + mock whose responses set only Access-Control-* headers. */
export function isCorsPreflight(op: OperationNode): boolean {
  const integ = op.integration;
  if (op.method !== 'OPTIONS' || integ?.type !== 'mock') return false;
  const params = integ.responses.flatMap((r) => (isObject(r.value) && isObject(r.value.responseParameters) ? Object.keys(r.value.responseParameters) : []));
  return params.length > 0 && params.every((k) => /^method\.response\.header\.access-control-/i.test(k));
}

/** `{service, action}` of an AWS service integration uri; SQS path style reads `Action=` from the template. */
export function serviceAction(integ: IntegrationNode): { service: string; action?: string } | undefined {
  const uri = str(integ.value.uri);
  const m = uri ? /^arn:[^:]+:apigateway:[^:]*:(?:[\w-]+\.)?([\w-]+):(action|path)\/(.+)$/.exec(uri) : null;
  if (!m) return undefined;
  const service = m[1]!;
  if (m[2] === 'action') return { service, action: m[3]!.split(/[/?&]/)[0] };
  const actionInPath = /[?&]Action=(\w+)/.exec(m[3]!)?.[1];
  if (actionInPath) return { service, action: actionInPath };
  const templates = isObject(integ.value.requestTemplates) ? Object.values(integ.value.requestTemplates) : [];
  for (const t of templates) {
    const a = typeof t === 'string' ? /Action=(\w+)/.exec(t)?.[1] : undefined;
    if (a) return { service, action: a };
  }
  const params = isObject(integ.value.requestParameters) ? integ.value.requestParameters : {};
  const fromParam = str(params['integration.request.querystring.Action'])?.replace(/^'|'$/g, '');
  return { service, action: fromParam };
}

function integrationFeatures(integ: IntegrationNode, emit: Emit): void {
  const v = integ.value;
  const loc = integ.loc;
  const uri = str(v.uri) ?? '';
  const isLambda = /:lambda:path\//.test(uri) || /:lambda:[^:]*:\d{12}:function:/.test(uri);
  const op = integ.operation;
  const cors = isCorsPreflight(op);
  const vpcLink = v.connectionType === 'VPC_LINK';
  let templatesFolded = false;
  switch (integ.type) {
    case 'http_proxy':
      if (!vpcLink) emit('integ.http-proxy', loc);
      break;
    case 'http':
      emit('integ.http', at(loc, 'type'));
      break;
    case 'aws_proxy':
      if (isLambda) emit('integ.lambda-proxy', loc);
      break;
    case 'aws':
      if (isLambda) emit('integ.lambda-custom', at(loc, 'type'));
      else {
        const sa = serviceAction(integ);
        const subtype = sa?.action ? SUBTYPE_BY_ACTION[`${sa.service}:${sa.action}`] : undefined;
        if (subtype) {
          templatesFolded = true;
          emit('integ.aws-service', at(loc, 'uri'), { detail: `${sa!.service} ${sa!.action} → integrationSubtype ${subtype}` });
        } else {
          emit('integ.aws-service', at(loc, 'uri'), { verdict: 'blocking', detail: `${sa?.service ?? 'unknown service'} ${sa?.action ?? '(action unknown)'} has no HTTP API integration subtype` });
        }
      }
      break;
    case 'mock':
      templatesFolded = true;
      if (cors) emit('dev.cors', op.loc, { detail: `${op.label} answers CORS preflight with a mock` });
      else emit('integ.mock', at(loc, 'type'));
      break;
  }
  if (vpcLink) emit('integ.vpc-link', at(loc, 'connectionType'));
  const proxy = integ.type === 'aws_proxy' || integ.type === 'http_proxy';
  if (!proxy && !templatesFolded && isObject(v.requestTemplates) && Object.keys(v.requestTemplates).length > 0) emit('dev.vtl-request', at(loc, 'requestTemplates'));
  if (!proxy && !cors) {
    for (const r of integ.responses) {
      const hasTemplates = isObject(r.value) && isObject(r.value.responseTemplates) && Object.keys(r.value.responseTemplates).length > 0;
      if (r.pattern !== 'default') emit('dev.vtl-response', r.loc, { detail: `selection pattern "${r.pattern}"` });
      else if (hasTemplates) emit('dev.vtl-response', at(r.loc, 'responseTemplates'));
    }
  }
  if (!cors) {
    // Parameters of an AWS service call that maps to a subtype are part of that conversion.
    const params = isObject(v.requestParameters) && !(integ.type === 'aws' && templatesFolded) ? v.requestParameters : undefined;
    for (const key of Object.keys(params ?? {})) {
      const header = /^integration\.request\.header\.(.+)$/.exec(key)?.[1];
      if (header && isReservedHeader(header)) emit('dev.parameter-mapping', at(loc, 'requestParameters', key), { verdict: 'blocking', detail: `header ${header} is reserved in HTTP API parameter mapping` });
      else emit('dev.parameter-mapping', at(loc, 'requestParameters', key));
    }
    if (!proxy) {
      for (const r of integ.responses) {
        const rp = isObject(r.value) && isObject(r.value.responseParameters) ? r.value.responseParameters : {};
        for (const key of Object.keys(rp)) emit('dev.parameter-mapping', at(r.loc, 'responseParameters', key));
      }
    }
  }
  if (v.cacheKeyParameters !== undefined) emit('dev.caching', at(loc, 'cacheKeyParameters'));
  else if (v.cacheNamespace !== undefined) emit('dev.caching', at(loc, 'cacheNamespace'));
  if (v.contentHandling !== undefined) emit('dev.binary-media', at(loc, 'contentHandling'), { verdict: 'blocking', detail: `contentHandling ${textOf(v.contentHandling)} has no HTTP API equivalent` });
  for (const r of integ.responses) {
    if (isObject(r.value) && r.value.contentHandling !== undefined) emit('dev.binary-media', at(r.loc, 'contentHandling'), { verdict: 'blocking', detail: `contentHandling ${textOf(r.value.contentHandling)} has no HTTP API equivalent` });
  }
  if (v.responseTransferMode === 'STREAM' || /response-streaming-invocations$/.test(uri)) emit('dev.response-streaming', at(loc, v.responseTransferMode !== undefined ? 'responseTransferMode' : 'uri'));
  const timeout = typeof v.timeoutInMillis === 'number' ? v.timeoutInMillis : Number.NaN;
  if (!Number.isNaN(timeout)) {
    if (timeout > 30_000) emit('dev.timeout', at(loc, 'timeoutInMillis'), { verdict: 'blocking', detail: `${timeout} ms is above the HTTP API maximum of 30000 ms` });
    else emit('dev.timeout', at(loc, 'timeoutInMillis'));
  }
  for (const key of ['uri', 'connectionId', 'credentials']) {
    if (typeof v[key] === 'string' && (v[key] as string).includes('${stageVariables.')) emit('dev.stage-variables', at(loc, key));
  }
}

/** Every REST feature an OpenAPI definition uses, with where it is used. */
export function detectOpenApi(model: ApiModel, emit: Emit, notes: string[], basePointer = ''): void {
  const doc = model.doc;
  const embedded = basePointer !== '';
  const root: Loc = { source: model.root, pointer: basePointer };
  const rootAt = (key: string) => at(root, key);
  if (model.version === '2.0') emit('dev.openapi-version', rootAt('swagger'), { detail: 'Swagger 2.0 must become OpenAPI 3.0' });

  // Endpoint type: a bare definition only implies PRIVATE through vpcEndpointIds.
  const configs: Loc[] = [];
  if (isObject(doc['x-amazon-apigateway-endpoint-configuration'])) configs.push(rootAt('x-amazon-apigateway-endpoint-configuration'));
  if (Array.isArray(doc.servers)) doc.servers.forEach((s, i) => isObject(s) && isObject(s['x-amazon-apigateway-endpoint-configuration']) && configs.push(at(root, 'servers', i, 'x-amazon-apigateway-endpoint-configuration')));
  let privateApi = false;
  for (const c of configs) {
    const value = getAtPointer(c.source.root, c.pointer);
    if (isObject(value) && value.vpcEndpointIds !== undefined) {
      emit('endpoint.private', at(c, 'vpcEndpointIds'));
      privateApi = true;
    }
  }
  if (!privateApi && !embedded) notes.push('The definition does not state its endpoint type (edge-optimized, Regional or private are set at import or in CloudFormation); check it before migrating: HTTP APIs are Regional only.');

  if (doc['x-amazon-apigateway-policy'] !== undefined) emit('security.resource-policy', rootAt('x-amazon-apigateway-policy'));
  if (doc['x-amazon-apigateway-api-key-source'] !== undefined) emit('mgmt.api-keys', rootAt('x-amazon-apigateway-api-key-source'));
  if (doc['x-amazon-apigateway-binary-media-types'] !== undefined) emit('dev.binary-media', rootAt('x-amazon-apigateway-binary-media-types'));
  if (doc['x-amazon-apigateway-minimum-compression-size'] !== undefined) emit('dev.compression', rootAt('x-amazon-apigateway-minimum-compression-size'));
  if (doc['x-amazon-apigateway-documentation'] !== undefined) emit('dev.documentation', rootAt('x-amazon-apigateway-documentation'));

  for (const g of model.gatewayResponses) {
    const params = isObject(g.value) && isObject(g.value.responseParameters) ? Object.keys(g.value.responseParameters) : [];
    const corsOnly = params.length > 0 && params.every((k) => /access-control-/i.test(k)) && !(isObject(g.value) && g.value.responseTemplates !== undefined);
    emit('dev.gateway-responses', g.loc, corsOnly ? { verdict: 'convertible-with-change', detail: `${g.responseType} only adds CORS headers, which the HTTP API CORS configuration covers` } : { detail: g.responseType });
  }

  for (const a of model.authorizers) {
    if (a.type === 'token') emit('auth.lambda-token', at(a.loc, 'type'));
    else if (a.type === 'request') emit('auth.lambda-request', at(a.loc, 'type'));
    else if (a.type === 'cognito_user_pools') emit('auth.cognito', at(a.loc, 'type'));
  }
  for (const s of model.securitySchemes.values()) {
    if (lower(s.value['x-amazon-apigateway-authtype']) === 'awssigv4') emit('auth.iam', at(s.loc, 'x-amazon-apigateway-authtype'));
  }
  const apiKeySchemes = new Set([...model.securitySchemes.values()].filter((s) => !s.authorizer && s.value.type === 'apiKey' && s.value['x-amazon-apigateway-authtype'] === undefined).map((s) => s.name));

  const validatorUse = (op: OperationNode): string | undefined => str(op.value['x-amazon-apigateway-request-validator']) ?? str(doc['x-amazon-apigateway-request-validator']);
  if (str(doc['x-amazon-apigateway-request-validator']) !== undefined) emit('dev.request-validation', rootAt('x-amazon-apigateway-request-validator'));

  for (const op of model.operations) {
    const auth = op.value['x-amazon-apigateway-auth'];
    if (isObject(auth) && lower(auth.type) === 'aws_iam') emit('auth.iam', at(op.loc, 'x-amazon-apigateway-auth'));
    const security = Array.isArray(op.value.security) ? op.value.security : [];
    security.forEach((req, i) => {
      if (!isObject(req)) return;
      for (const name of Object.keys(req)) if (apiKeySchemes.has(name)) emit('mgmt.api-keys', at(op.loc, 'security', i, name));
    });
    if (op.value['x-amazon-apigateway-request-validator'] !== undefined) {
      const name = validatorUse(op)!;
      const v = model.validators.get(name);
      const checks = isObject(v?.value) && (v!.value.validateRequestBody === true || v!.value.validateRequestParameters === true);
      if (checks || !v) emit('dev.request-validation', at(op.loc, 'x-amazon-apigateway-request-validator'), { detail: `${op.label} uses validator "${name}"` });
    }
    if (op.integration) integrationFeatures(op.integration, emit);
  }
}

