import { parseLambdaInvocation } from '../aws/lambda.js';
import { HTTP_MAX_INTEGRATION_TIMEOUT_MS } from '../aws/limits.js';
import { SUBTYPE_BY_ACTION } from '../aws/subtypes.js';
import { isObject } from '../model/detect.js';
import { joinPointer } from '../document/pointer.js';
import type { Loc } from '../document/refs.js';
import type { Source } from '../document/source.js';
import type { Emit } from './findings.js';
import { classifyUri } from './uri.js';

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const upper = (v: unknown) => (typeof v === 'string' ? v.toUpperCase() : undefined);

/** Text of a value that may be an intrinsic: `Fn::Sub` strings and `Fn::Join` parts are searched too. */
function textOf(v: unknown): string {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return v.map(textOf).join(' ');
  if (isObject(v)) return Object.values(v).map(textOf).join(' ');
  return '';
}

/**
 * Every REST feature a CloudFormation template declares through `AWS::ApiGateway::*`,
 * `AWS::Serverless::Api` and WAF resources (http-compat.md §2 "how to detect", §8). The inline
 * OpenAPI bodies (model/embedded.ts) are the caller's to check as definitions.
 */
export function detectCloudFormation(source: Source, emit: Emit, notes: string[]): void {
  const resources = isObject(source.root) && isObject((source.root as Record<string, unknown>).Resources) ? ((source.root as Record<string, unknown>).Resources as Record<string, unknown>) : {};
  for (const [name, res] of Object.entries(resources)) {
    if (!isObject(res)) continue;
    const type = str(res.Type);
    const props = isObject(res.Properties) ? res.Properties : {};
    const base: Loc = { source, pointer: joinPointer('/Resources', name) };
    const prop = (...tokens: Array<string | number>): Loc => ({ source, pointer: joinPointer(base.pointer, 'Properties', ...tokens) });
    const typeLoc: Loc = { source, pointer: joinPointer(base.pointer, 'Type') };
    switch (type) {
      case 'AWS::ApiGateway::RestApi':
      case 'AWS::Serverless::Api':
        restApi(name, props, type, prop, typeLoc, emit, notes);
        break;
      case 'AWS::ApiGateway::Method':
        method(props, prop, emit);
        break;
      case 'AWS::ApiGateway::Authorizer': {
        const t = upper(props.Type);
        if (t === 'TOKEN') emit('auth.lambda-token', prop('Type'));
        else if (t === 'REQUEST') emit('auth.lambda-request', prop('Type'));
        else if (t === 'COGNITO_USER_POOLS') emit('auth.cognito', prop('Type'));
        break;
      }
      case 'AWS::ApiGateway::GatewayResponse':
        emit('dev.gateway-responses', typeLoc, { detail: str(props.ResponseType) });
        break;
      case 'AWS::ApiGateway::Stage':
        stageSettings(props, prop, emit);
        break;
      case 'AWS::ApiGateway::Deployment':
        if (props.DeploymentCanarySettings !== undefined) emit('dev.canary', prop('DeploymentCanarySettings'));
        if (isObject(props.StageDescription)) stageSettings(props.StageDescription, (...t) => prop('StageDescription', ...t), emit);
        break;
      case 'AWS::ApiGateway::UsagePlan':
      case 'AWS::ApiGateway::UsagePlanKey':
        emit('mgmt.usage-plans', typeLoc);
        break;
      case 'AWS::ApiGateway::ApiKey':
        emit('mgmt.api-keys', typeLoc);
        break;
      case 'AWS::ApiGateway::ClientCertificate':
        emit('security.backend-client-cert', typeLoc);
        break;
      case 'AWS::ApiGateway::RequestValidator':
        emit('dev.request-validation', typeLoc);
        break;
      case 'AWS::ApiGateway::DocumentationPart':
      case 'AWS::ApiGateway::DocumentationVersion':
        emit('dev.documentation', typeLoc);
        break;
      case 'AWS::ApiGateway::DomainName':
      case 'AWS::ApiGateway::DomainNameV2': {
        const types = isObject(props.EndpointConfiguration) && Array.isArray(props.EndpointConfiguration.Types) ? props.EndpointConfiguration.Types.map(upper) : [];
        const edge = types.includes('EDGE') || (!types.length && props.CertificateArn !== undefined && props.RegionalCertificateArn === undefined);
        if (edge) emit('endpoint.edge', isObject(props.EndpointConfiguration) ? prop('EndpointConfiguration') : typeLoc, { detail: `edge-optimized custom domain ${textOf(props.DomainName)}` });
        else if (types.includes('PRIVATE')) emit('endpoint.private', prop('EndpointConfiguration'), { detail: 'private custom domain' });
        else emit('mgmt.custom-domain', typeLoc);
        if (props.MutualTlsAuthentication !== undefined) emit('security.mtls', prop('MutualTlsAuthentication'));
        if (upper(props.SecurityPolicy) === 'TLS_1_0') emit('mgmt.custom-domain', prop('SecurityPolicy'), { verdict: 'convertible-with-change', detail: 'TLS 1.0: HTTP API custom domains accept TLS 1.2 only, so clients must speak TLS 1.2' });
        break;
      }
      case 'AWS::ApiGateway::BasePathMapping':
      case 'AWS::ApiGateway::BasePathMappingV2':
        emit('mgmt.custom-domain', typeLoc);
        break;
      case 'AWS::WAFv2::WebACLAssociation':
      case 'AWS::WAFRegional::WebACLAssociation':
        if (/restapis|apigateway|\bStage\b/i.test(textOf(props.ResourceArn))) emit('security.waf', prop('ResourceArn'));
        break;
    }
  }
}

function restApi(
  name: string, props: Record<string, unknown>, type: string, prop: (...t: Array<string | number>) => Loc, typeLoc: Loc,
  emit: Emit, notes: string[],
): void {
  const sam = type === 'AWS::Serverless::Api';
  const ec = props.EndpointConfiguration;
  // CloudFormation and SAM create EDGE APIs when EndpointConfiguration is absent.
  const types = typeof ec === 'string' ? [ec.toUpperCase()] : isObject(ec) ? (Array.isArray(ec.Types) ? ec.Types.map(upper) : [upper(ec.Type)]) : [];
  if (types.includes('PRIVATE')) emit('endpoint.private', prop('EndpointConfiguration'));
  else if (types.includes('REGIONAL')) emit('endpoint.regional', prop('EndpointConfiguration'));
  else emit('endpoint.edge', ec === undefined ? typeLoc : prop('EndpointConfiguration'), { detail: ec === undefined ? `${name} has no EndpointConfiguration, so it is edge-optimized` : undefined });
  if (props.Policy !== undefined) emit('security.resource-policy', prop('Policy'));
  if (props.BinaryMediaTypes !== undefined) emit('dev.binary-media', prop('BinaryMediaTypes'));
  if (props.MinimumCompressionSize !== undefined) emit('dev.compression', prop('MinimumCompressionSize'));
  if (props.ApiKeySourceType !== undefined) emit('mgmt.api-keys', prop('ApiKeySourceType'));
  const s3 = sam ? props.DefinitionUri : props.BodyS3Location;
  if (s3 !== undefined) notes.push(`${name}: the definition is in S3 (${sam ? 'DefinitionUri' : 'BodyS3Location'}) and was not read; check it on its own.`);
  if (sam) {
    if (props.Cors !== undefined) emit('dev.cors', prop('Cors'));
    if (props.GatewayResponses !== undefined) emit('dev.gateway-responses', prop('GatewayResponses'));
    if (props.CanarySetting !== undefined) emit('dev.canary', prop('CanarySetting'));
    if (props.Domain !== undefined) emit('mgmt.custom-domain', prop('Domain'));
    const auth = isObject(props.Auth) ? props.Auth : {};
    if (auth.ApiKeyRequired === true) emit('mgmt.api-keys', prop('Auth', 'ApiKeyRequired'));
    if (auth.UsagePlan !== undefined) emit('mgmt.usage-plans', prop('Auth', 'UsagePlan'));
    if (auth.ResourcePolicy !== undefined) emit('security.resource-policy', prop('Auth', 'ResourcePolicy'));
    stageSettings(props, prop, emit);
  }
}

function stageSettings(props: Record<string, unknown>, prop: (...t: Array<string | number>) => Loc, emit: Emit): void {
  if (props.CacheClusterEnabled === true) emit('dev.caching', prop('CacheClusterEnabled'));
  if (props.TracingEnabled === true) emit('mon.xray', prop('TracingEnabled'));
  if (props.CanarySetting !== undefined) emit('dev.canary', prop('CanarySetting'));
  if (props.ClientCertificateId !== undefined) emit('security.backend-client-cert', prop('ClientCertificateId'));
  if (props.Variables !== undefined) emit('dev.stage-variables', prop('Variables'));
  const log = isObject(props.AccessLogSetting) ? props.AccessLogSetting : undefined;
  if (log) {
    const firehose = /firehose|deliverystream/i.test(textOf(log.DestinationArn));
    emit(firehose ? 'mon.access-logs-firehose' : 'mon.access-logs-cloudwatch', prop('AccessLogSetting'));
  }
  const settings = Array.isArray(props.MethodSettings) ? props.MethodSettings : [];
  settings.forEach((s, i) => {
    if (!isObject(s)) return;
    if (s.ThrottlingRateLimit !== undefined || s.ThrottlingBurstLimit !== undefined) emit('mgmt.throttling-stage', prop('MethodSettings', i));
    if (s.CachingEnabled === true) emit('dev.caching', prop('MethodSettings', i, 'CachingEnabled'));
    if (s.MetricsEnabled === true) emit('mon.metrics', prop('MethodSettings', i, 'MetricsEnabled'));
    if (s.LoggingLevel !== undefined || s.DataTraceEnabled === true) emit('mon.execution-logs', prop('MethodSettings', i));
  });
  for (const k of ['ThrottlingRateLimit', 'ThrottlingBurstLimit']) if (props[k] !== undefined) emit('mgmt.throttling-stage', prop(k));
  if (props.MetricsEnabled === true) emit('mon.metrics', prop('MetricsEnabled'));
  if (props.LoggingLevel !== undefined || props.DataTraceEnabled === true) emit('mon.execution-logs', prop(props.LoggingLevel !== undefined ? 'LoggingLevel' : 'DataTraceEnabled'));
}

function method(props: Record<string, unknown>, prop: (...t: Array<string | number>) => Loc, emit: Emit): void {
  const auth = upper(props.AuthorizationType);
  if (auth === 'AWS_IAM') emit('auth.iam', prop('AuthorizationType'));
  else if (auth === 'COGNITO_USER_POOLS') emit('auth.cognito', prop('AuthorizationType'));
  if (props.ApiKeyRequired === true) emit('mgmt.api-keys', prop('ApiKeyRequired'));
  if (props.RequestValidatorId !== undefined) emit('dev.request-validation', prop('RequestValidatorId'));
  const integ = isObject(props.Integration) ? props.Integration : undefined;
  if (!integ) return;
  const i = (...t: Array<string | number>) => prop('Integration', ...t);
  const t = upper(integ.Type);
  const kind = classifyUri(integ.Uri);
  const isLambda = kind.kind === 'lambda';
  const responses = Array.isArray(integ.IntegrationResponses) ? integ.IntegrationResponses : [];
  const corsOnly = upper(props.HttpMethod) === 'OPTIONS' && t === 'MOCK' && responses.length > 0 &&
    responses.every((r) => isObject(r) && isObject(r.ResponseParameters) && Object.keys(r.ResponseParameters).every((k) => /access-control-/i.test(k)));
  let folded = false;
  switch (t) {
    case 'HTTP_PROXY': if (upper(integ.ConnectionType) !== 'VPC_LINK') emit('integ.http-proxy', i('Type')); break;
    case 'HTTP': emit('integ.http', i('Type')); break;
    // REST AWS_PROXY integrations call Lambda only, whatever the uri is written with.
    case 'AWS_PROXY': emit('integ.lambda-proxy', i('Type')); break;
    case 'AWS': {
      if (isLambda) {
        emit('integ.lambda-custom', i('Type'));
        break;
      }
      const service = kind.service;
      const action = kind.style === 'action' ? kind.rest!.split(/[/?&]/)[0] : /Action=(\w+)/.exec(textOf(integ.RequestTemplates) + (kind.rest ?? ''))?.[1];
      const subtype = service && action ? SUBTYPE_BY_ACTION[`${service}:${action}`] : undefined;
      folded = Boolean(subtype);
      if (subtype) emit('integ.aws-service', i('Uri'), { detail: `${service} ${action} → integrationSubtype ${subtype}` });
      else emit('integ.aws-service', i('Uri'), { verdict: 'blocking', detail: `${service ?? 'unknown service'} ${action ?? '(action unknown)'} has no HTTP API integration subtype` });
      break;
    }
    case 'MOCK':
      folded = true;
      emit(corsOnly ? 'dev.cors' : 'integ.mock', i('Type'));
      break;
  }
  if (upper(integ.ConnectionType) === 'VPC_LINK') emit('integ.vpc-link', i('ConnectionType'));
  const proxy = t === 'AWS_PROXY' || t === 'HTTP_PROXY';
  if (!proxy && !folded && isObject(integ.RequestTemplates)) emit('dev.vtl-request', i('RequestTemplates'));
  if (!proxy && !corsOnly) {
    responses.forEach((r, n) => {
      if (!isObject(r)) return;
      if (r.SelectionPattern !== undefined && r.SelectionPattern !== '') emit('dev.vtl-response', i('IntegrationResponses', n, 'SelectionPattern'));
      else if (isObject(r.ResponseTemplates)) emit('dev.vtl-response', i('IntegrationResponses', n, 'ResponseTemplates'));
      if (r.ContentHandling !== undefined && !corsOnly) emit('dev.binary-media', i('IntegrationResponses', n, 'ContentHandling'), { verdict: 'blocking' });
    });
  }
  if (!corsOnly && isObject(integ.RequestParameters) && !(t === 'AWS' && folded)) emit('dev.parameter-mapping', i('RequestParameters'));
  if (integ.CacheKeyParameters !== undefined) emit('dev.caching', i('CacheKeyParameters'));
  if (integ.ContentHandling !== undefined && !corsOnly) emit('dev.binary-media', i('ContentHandling'), { verdict: 'blocking', detail: `ContentHandling ${textOf(integ.ContentHandling)} has no HTTP API equivalent` });
  if (typeof integ.TimeoutInMillis === 'number') {
    const ms = integ.TimeoutInMillis;
    emit('dev.timeout', i('TimeoutInMillis'), ms > HTTP_MAX_INTEGRATION_TIMEOUT_MS ? { verdict: 'blocking', detail: `${ms} ms is above the HTTP API maximum of 30000 ms` } : undefined);
  }
  if (upper(integ.ResponseTransferMode) === 'STREAM' || parseLambdaInvocation(integ.Uri)?.streaming) emit('dev.response-streaming', i(integ.ResponseTransferMode !== undefined ? 'ResponseTransferMode' : 'Uri'));
}
