import { HTTP_MAX_INTEGRATION_TIMEOUT_MS } from '../aws/limits.js';
import { parseLambdaInvocation } from '../aws/lambda.js';
import { textOf } from '../document/own.js';
import { isObject } from '../model/detect.js';
import type { ApiModel, IntegrationNode, OperationNode } from '../model/model.js';
import { getAtPointer, joinPointer } from '../document/pointer.js';
import type { Loc } from '../document/refs.js';
import { planRequestParameters } from './mapping.js';
import { planServiceIntegration } from './service.js';
import { classifyUri, valueText } from './uri.js';
import type { Emit } from './findings.js';

const at = (loc: Loc, ...tokens: Array<string | number>): Loc => ({ source: loc.source, pointer: joinPointer(loc.pointer, ...tokens) });
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const lower = (v: unknown) => (typeof v === 'string' ? v.toLowerCase() : undefined);

/** The REST CORS preflight: OPTIONS + mock whose responses set only Access-Control-* headers. */
export function isCorsPreflight(op: OperationNode): boolean {
  const integ = op.integration;
  if (op.method !== 'OPTIONS' || integ?.type !== 'mock') return false;
  const params = integ.responses.flatMap((r) => (isObject(r.value) && isObject(r.value.responseParameters) ? Object.keys(r.value.responseParameters) : []));
  return params.length > 0 && params.every((k) => /^method\.response\.header\.access-control-/i.test(k));
}

function integrationFeatures(integ: IntegrationNode, emit: Emit): void {
  const v = integ.value;
  const loc = integ.loc;
  const uriKind = classifyUri(v.uri);
  const uri = valueText(v.uri) ?? '';
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
      // REST AWS_PROXY integrations call Lambda only, whatever the uri is written with.
      emit('integ.lambda-proxy', loc, uriKind.kind === 'lambda' ? undefined : { detail: `${op.label}: the Lambda function (${uri || 'uri'}) is not known until deployment and is kept as written` });
      break;
    case 'aws':
      if (uriKind.kind === 'lambda') emit('integ.lambda-custom', at(loc, 'type'));
      else if (uriKind.kind !== 'service') {
        emit('integ.aws-service', at(loc, 'uri'), { verdict: 'blocking', detail: `${op.label}: the uri ${uri || '(none)'} does not say whether it is a Lambda function or which AWS service it calls` });
      } else {
        const plan = planServiceIntegration(integ);
        if (plan.subtype) {
          templatesFolded = true;
          emit('integ.aws-service', at(loc, 'uri'), { detail: `${plan.service} ${plan.action} → integrationSubtype ${plan.subtype}` });
          for (const p of plan.problems) emit('dev.vtl-request', { source: loc.source, pointer: p.pointer }, { verdict: 'blocking', detail: `${op.label}: ${p.reason}` });
        } else {
          emit('integ.aws-service', at(loc, 'uri'), { verdict: 'blocking', detail: `${plan.service} ${plan.action ?? '(action unknown)'} has no HTTP API integration subtype` });
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
    if (!(integ.type === 'aws' && templatesFolded)) {
      for (const m of planRequestParameters(integ)) {
        const l = { source: loc.source, pointer: m.pointer };
        emit('dev.parameter-mapping', l, m.outcome === 'lost' ? { verdict: 'blocking', detail: m.reason } : undefined);
      }
    }
    if (!proxy) {
      for (const r of integ.responses) {
        const rp = isObject(r.value) && isObject(r.value.responseParameters) ? r.value.responseParameters : {};
        for (const key of Object.keys(rp)) {
          // Access-Control-* headers are what x-amazon-apigateway-cors sends; others have no REST-default equivalent.
          if (/^method\.response\.header\.access-control-/i.test(key)) emit('dev.cors', at(r.loc, 'responseParameters', key), { detail: `${op.label} sets ${key.slice('method.response.header.'.length)} in its integration response` });
          else emit('dev.parameter-mapping', at(r.loc, 'responseParameters', key), { verdict: 'blocking', detail: `${op.label}: response mapping ${key} is not converted (HTTP API response mapping is keyed by back-end status code)` });
        }
      }
    }
  }
  if (v.cacheKeyParameters !== undefined) emit('dev.caching', at(loc, 'cacheKeyParameters'));
  else if (v.cacheNamespace !== undefined) emit('dev.caching', at(loc, 'cacheNamespace'));
  // A console CORS preflight mock carries contentHandling; the whole method becomes x-amazon-apigateway-cors.
  if (!cors) {
    if (v.contentHandling !== undefined) emit('dev.binary-media', at(loc, 'contentHandling'), { verdict: 'blocking', detail: `contentHandling ${textOf(v.contentHandling)} has no HTTP API equivalent` });
    for (const r of integ.responses) {
      if (isObject(r.value) && r.value.contentHandling !== undefined) emit('dev.binary-media', at(r.loc, 'contentHandling'), { verdict: 'blocking', detail: `contentHandling ${textOf(r.value.contentHandling)} has no HTTP API equivalent` });
    }
  }
  if (v.responseTransferMode === 'STREAM' || parseLambdaInvocation(v.uri)?.streaming) emit('dev.response-streaming', at(loc, v.responseTransferMode !== undefined ? 'responseTransferMode' : 'uri'));
  const timeout = typeof v.timeoutInMillis === 'number' ? v.timeoutInMillis : Number.NaN;
  if (!Number.isNaN(timeout)) {
    if (timeout > HTTP_MAX_INTEGRATION_TIMEOUT_MS) emit('dev.timeout', at(loc, 'timeoutInMillis'), { verdict: 'blocking', detail: `${timeout} ms is above the HTTP API maximum of 30000 ms` });
    else emit('dev.timeout', at(loc, 'timeoutInMillis'));
  }
  for (const key of ['uri', 'connectionId', 'credentials']) {
    if ((valueText(v[key]) ?? '').includes('${stageVariables.')) emit('dev.stage-variables', at(loc, key));
  }
}

/** Every REST feature an OpenAPI definition uses, with where it is used. */
export function detectOpenApi(model: ApiModel, emit: Emit, notes: string[], basePointer = ''): void {
  const doc = model.doc;
  // In a template the API resource says its endpoint type (detect-cfn.ts reads it), whether its definition is a Body or resources.
  const embedded = basePointer !== '' || model.form === 'resources';
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
    const emitRoot = emit;
    emit = (id, l, extra) => emitRoot(id, l, { route: op.label, ...extra });
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
    emit = emitRoot;
  }
}

