import { setOwn, textOf } from '../spec/own.js';
import { relative, resolve, sep } from 'node:path';
import { UserError } from '../errors.js';
import { checkSource } from '../compat/index.js';
import { embeddedDefinitions } from '../spec/embedded.js';
import { isCorsPreflight, serviceAction } from '../compat/detect-openapi.js';
import { SUBTYPE_BY_ACTION } from '../compat/features.js';
import { isObject } from '../spec/detect.js';
import { ANY_METHOD, buildModel, type IntegrationNode, type OperationNode } from '../spec/model.js';
import { joinPointer } from '../spec/pointer.js';
import { SourceSet } from '../spec/refs.js';
import { assertImportable } from '../spec/structure.js';
import type { Source } from '../spec/source.js';
import { bundleBody } from '../export/cfn/body.js';
import type { Change, ConvertReport } from './report.js';
import { liftSwagger2 } from './swagger2.js';

type Json = Record<string, unknown>;

export interface ConvertOptions {
  dropBlocking?: boolean;
  jwtAudience?: readonly string[];
  cwd?: string;
}

export interface ConvertResult {
  definition: Json;
  report: ConvertReport;
}

/** Blocking features: nothing is written. */
export class ConvertBlockedError extends Error {
  constructor(readonly blockers: Array<{ id: string; title: string; where: string[] }>) {
    super(`${blockers.length} feature(s) block the move to an HTTP API; nothing was written (--drop-blocking converts anyway and lists what is lost)`);
  }
}

const REST_ONLY_ROOT = [
  'x-amazon-apigateway-request-validators', 'x-amazon-apigateway-request-validator', 'x-amazon-apigateway-gateway-responses',
  'x-amazon-apigateway-api-key-source', 'x-amazon-apigateway-binary-media-types', 'x-amazon-apigateway-minimum-compression-size',
  'x-amazon-apigateway-policy', 'x-amazon-apigateway-documentation',
];
const RESERVED = /^(access-control-|apigw-|x-amz-|x-amzn-)|^(authorization|connection|content-encoding|content-length|content-location|forwarded|keep-alive|origin|proxy-authenticate|proxy-authorization|te|trailers|transfer-encoding|upgrade|x-forwarded-for|x-forwarded-host|x-forwarded-proto|via)$/i;
const PLACEHOLDER = (what: string) => `REPLACE_WITH_${what.replace(/[^A-Za-z0-9]+/g, '_').toUpperCase()}`;

/** A REST mapping source as an HTTP API one (HTTP API parameter mapping). */
function httpSource(value: string): string | undefined {
  const statik = /^'(.*)'$/s.exec(value);
  if (statik) return statik[1]!;
  let m = /^method\.request\.(?:multivalue)?(header|querystring|path)\.(.+)$/.exec(value);
  if (m) return `$request.${m[1]}.${m[2]}`;
  if (value === 'method.request.body') return '$request.body';
  m = /^method\.request\.body\.(.+)$/.exec(value);
  if (m) return `$request.body.${m[1]}`;
  m = /^context\.(.+)$/.exec(value);
  if (m) return `$context.${m[1]}`;
  m = /^stageVariables\.(.+)$/.exec(value);
  if (m) return `$stageVariables.${m[1]}`;
  return undefined;
}

function templateValue(integ: Json, key: string): string | undefined {
  const templates = isObject(integ.requestTemplates) ? Object.values(integ.requestTemplates) : [];
  for (const t of templates) {
    const m = typeof t === 'string' ? new RegExp(`"${key}"\\s*:\\s*"([^"$]+)"`, 'i').exec(t) : null;
    if (m) return m[1]!;
  }
  return undefined;
}

export class HttpConverter {
  readonly changes: Change[] = [];
  readonly manual = new Set<string>();
  readonly lost: string[] = [];
  private readonly cors = { origins: new Set<string>(), methods: new Set<string>(), headers: new Set<string>(), expose: new Set<string>(), credentials: false, maxAge: undefined as number | undefined };

  constructor(private readonly options: ConvertOptions) {}

  change(action: Change['action'], pointer: string, detail: string): void {
    this.changes.push({ action, pointer, detail });
    if (action === 'lost') this.lost.push(detail);
  }

  /** The HTTP API integration for a REST one, or undefined when the operation must go. */
  integration(node: IntegrationNode, target: Json): Json | undefined {
    const v = node.value;
    const op = node.operation;
    const p = node.loc.pointer;
    const out: Json = {};
    const uri = typeof v.uri === 'string' ? v.uri : undefined;
    const isLambda = uri !== undefined && (/:lambda:path\//.test(uri) || /:lambda:[^:]*:\d{12}:function:/.test(uri)) || (uri === undefined && /lambda/.test(JSON.stringify(v.uri ?? '')));
    switch (node.type) {
      case 'aws_proxy':
      case 'aws':
        if (isLambda) {
          Object.assign(out, { type: 'aws_proxy', httpMethod: 'POST', uri: v.uri, payloadFormatVersion: '1.0' });
          if (node.type === 'aws') {
            this.change('rewritten', joinPointer(p, 'type'), `${op.label}: Lambda custom integration became a Lambda proxy integration (payload format 1.0)`);
            this.manual.add(`Change the handler behind ${op.label}: it now receives the proxy event and must return {statusCode, headers, body}`);
          } else this.change('rewritten', p, `${op.label}: Lambda proxy integration with payloadFormatVersion "1.0", so the handler keeps the REST event shape`);
          break;
        }
        return this.serviceIntegration(node, out);
      case 'http':
      case 'http_proxy': {
        Object.assign(out, { type: 'http_proxy', httpMethod: v.httpMethod ?? 'ANY', uri: v.uri, payloadFormatVersion: '1.0' });
        if (node.type === 'http') this.change('rewritten', joinPointer(p, 'type'), `${op.label}: HTTP integration became HTTP_PROXY`);
        if (v.connectionType === 'VPC_LINK') {
          Object.assign(out, { connectionType: 'VPC_LINK', connectionId: v.connectionId });
          this.manual.add(`Create a VPC link (AWS::ApiGatewayV2::VpcLink) for ${op.label} and set its integration uri to the load balancer listener ARN or Cloud Map service ARN; the REST VPC link id does not carry over`);
        }
        this.parameters(node, out);
        break;
      }
      case 'mock':
        if (isCorsPreflight(op)) {
          this.collectCors(node);
          this.change('removed', op.loc.pointer, `${op.label}: CORS preflight mock removed; x-amazon-apigateway-cors answers preflight requests`);
          return undefined;
        }
        this.change('lost', op.loc.pointer, `${op.label}: mock integration removed (HTTP APIs have no mock integrations)`);
        return undefined;
      default:
        return target;
    }
    for (const k of ['timeoutInMillis', 'credentials', 'tlsConfig']) if (v[k] !== undefined && out[k] === undefined) out[k] = v[k];
    if (typeof out.timeoutInMillis === 'number' && out.timeoutInMillis > 30_000) {
      this.change('lost', joinPointer(p, 'timeoutInMillis'), `${op.label}: timeout ${out.timeoutInMillis} ms lowered to 30000 ms, the HTTP API maximum`);
      out.timeoutInMillis = 30_000;
    }
    if (isObject(out.tlsConfig) && 'insecureSkipVerification' in out.tlsConfig) {
      delete out.tlsConfig;
      this.change('removed', joinPointer(p, 'tlsConfig'), `${op.label}: tlsConfig.insecureSkipVerification removed (HTTP APIs verify back-end certificates)`);
    }
    this.dropRestOnly(node);
    return out;
  }

  private serviceIntegration(node: IntegrationNode, out: Json): Json | undefined {
    const v = node.value;
    const op = node.operation;
    const sa = serviceAction(node);
    const subtype = sa?.action ? SUBTYPE_BY_ACTION[`${sa.service}:${sa.action}`] : undefined;
    if (!subtype) {
      this.change('lost', node.loc.pointer, `${op.label}: AWS service integration ${sa?.service ?? ''} ${sa?.action ?? ''} has no HTTP API subtype; the operation was removed`);
      return undefined;
    }
    const uri = typeof v.uri === 'string' ? v.uri : '';
    const region = /^arn:[^:]+:apigateway:([a-z0-9-]+):/.exec(uri)?.[1] ?? '${AWS::Region}';
    const queue = /:sqs:path\/(\d{12}\/[^/?]+)/.exec(uri)?.[1];
    const params: Json = {};
    const need = (name: string, value: string | undefined, what: string) => {
      if (value !== undefined) params[name] = value;
      else {
        params[name] = PLACEHOLDER(what);
        this.manual.add(`Fill in ${name} of the ${subtype} integration of ${op.label} (placeholder ${PLACEHOLDER(what)})`);
      }
    };
    switch (subtype) {
      case 'SQS-SendMessage':
      case 'SQS-ReceiveMessage':
      case 'SQS-DeleteMessage':
      case 'SQS-PurgeQueue':
        need('QueueUrl', queue ? `https://sqs.${region}.amazonaws.com/${queue}` : templateValue(v, 'QueueUrl'), 'queue url');
        if (subtype === 'SQS-SendMessage') params.MessageBody = '$request.body';
        if (subtype === 'SQS-DeleteMessage') need('ReceiptHandle', undefined, 'receipt handle');
        break;
      case 'EventBridge-PutEvents':
        params.Detail = '$request.body';
        need('DetailType', templateValue(v, 'DetailType'), 'detail type');
        need('Source', templateValue(v, 'Source'), 'event source');
        if (templateValue(v, 'EventBusName')) params.EventBusName = templateValue(v, 'EventBusName');
        break;
      case 'Kinesis-PutRecord':
        need('StreamName', templateValue(v, 'StreamName'), 'stream name');
        params.Data = '$request.body';
        params.PartitionKey = templateValue(v, 'PartitionKey') ?? '$context.requestId';
        break;
      case 'StepFunctions-StartExecution':
      case 'StepFunctions-StartSyncExecution':
        need('StateMachineArn', templateValue(v, 'stateMachineArn'), 'state machine arn');
        params.Input = '$request.body';
        break;
      case 'StepFunctions-StopExecution':
        need('ExecutionArn', templateValue(v, 'executionArn'), 'execution arn');
        break;
      default:
        for (const name of ['Application', 'Environment', 'Configuration', 'ClientId']) need(name, templateValue(v, name), name);
    }
    Object.assign(out, { type: 'aws_proxy', integrationSubtype: subtype, credentials: v.credentials ?? PLACEHOLDER('integration role arn'), payloadFormatVersion: '1.0', requestParameters: params });
    if (v.credentials === undefined) this.manual.add(`Give the ${subtype} integration of ${op.label} an IAM role in credentials`);
    this.change('rewritten', node.loc.pointer, `${op.label}: ${sa!.service} ${sa!.action} became integrationSubtype ${subtype}; its request template was replaced by parameter mapping`);
    return out;
  }

  private parameters(node: IntegrationNode, out: Json): void {
    const params = isObject(node.value.requestParameters) ? node.value.requestParameters : {};
    const mapped: Json = {};
    const uri = typeof node.value.uri === 'string' ? node.value.uri : JSON.stringify(node.value.uri ?? '');
    for (const [key, raw] of Object.entries(params)) {
      const pointer = joinPointer(node.loc.pointer, 'requestParameters', key);
      const m = /^integration\.request\.(header|querystring|path|multivalueheader|multivaluequerystring)\.(.+)$/.exec(key);
      const source = typeof raw === 'string' ? httpSource(raw) : undefined;
      if (!m || source === undefined) {
        this.change('lost', pointer, `${node.operation.label}: mapping ${key} ← ${textOf(raw)} has no HTTP API form`);
        continue;
      }
      const location = m[1]!.replace('multivalue', '');
      const name = m[2]!;
      if (location === 'path') {
        if (uri.includes(`{${name}}`) && raw === `method.request.path.${name}`) {
          this.change('removed', pointer, `${node.operation.label}: ${key} removed; HTTP APIs fill {${name}} in the integration uri from the route`);
        } else {
          this.manual.add(`${node.operation.label}: ${key} ← ${textOf(raw)} needs an overwrite:path mapping or route variables`);
          this.change('lost', pointer, `${node.operation.label}: path mapping ${key} ← ${textOf(raw)} was not converted`);
        }
        continue;
      }
      if (location === 'header' && RESERVED.test(name)) {
        this.change('lost', pointer, `${node.operation.label}: header ${name} is reserved; HTTP API parameter mapping cannot set it`);
        continue;
      }
      const target = `overwrite:${location}.${name}`;
      setOwn(mapped, target, source);
      this.change('rewritten', pointer, `${node.operation.label}: ${key} ← ${textOf(raw)} became ${target} ← ${source}`);
    }
    if (Object.keys(mapped).length) out.requestParameters = mapped;
  }

  private dropRestOnly(node: IntegrationNode): void {
    const v = node.value;
    const op = node.operation;
    if (isObject(v.requestTemplates) && Object.keys(v.requestTemplates).length && node.type !== 'aws_proxy' && node.type !== 'http_proxy') {
      this.change('lost', joinPointer(node.loc.pointer, 'requestTemplates'), `${op.label}: request mapping templates removed (HTTP APIs have no VTL)`);
    }
    if (node.type !== 'aws_proxy' && node.type !== 'http_proxy') {
      for (const r of node.responses) {
        if (r.pattern !== 'default' || (isObject(r.value) && isObject(r.value.responseTemplates))) {
          this.change('lost', r.loc.pointer, `${op.label}: integration response "${r.pattern}" (selection pattern or response template) removed`);
        }
      }
    }
    for (const k of ['contentHandling', 'cacheKeyParameters', 'cacheNamespace', 'responseTransferMode']) {
      if (v[k] !== undefined) this.change(k === 'contentHandling' || k === 'responseTransferMode' || k.startsWith('cache') ? 'lost' : 'removed', joinPointer(node.loc.pointer, k), `${op.label}: ${k} removed (no HTTP API equivalent)`);
    }
  }

  private collectCors(node: IntegrationNode): void {
    for (const r of node.responses) {
      const params = isObject(r.value) && isObject(r.value.responseParameters) ? r.value.responseParameters : {};
      for (const [k, raw] of Object.entries(params)) {
        const header = /^method\.response\.header\.(.+)$/i.exec(k)?.[1]?.toLowerCase();
        const value = typeof raw === 'string' ? /^'(.*)'$/s.exec(raw)?.[1] : undefined;
        if (!header || value === undefined) continue;
        const list = value.split(',').map((s) => s.trim()).filter(Boolean);
        if (header === 'access-control-allow-origin') list.forEach((x) => this.cors.origins.add(x));
        else if (header === 'access-control-allow-methods') list.forEach((x) => this.cors.methods.add(x.toUpperCase()));
        else if (header === 'access-control-allow-headers') list.forEach((x) => this.cors.headers.add(x));
        else if (header === 'access-control-expose-headers') list.forEach((x) => this.cors.expose.add(x));
        else if (header === 'access-control-allow-credentials') this.cors.credentials = value === 'true';
        else if (header === 'access-control-max-age' && /^\d+$/.test(value)) this.cors.maxAge = Number(value);
      }
    }
  }

  corsConfiguration(): Json | undefined {
    if (!this.cors.origins.size && !this.cors.methods.size) return undefined;
    const out: Json = { allowOrigins: [...this.cors.origins].sort() };
    if (this.cors.methods.size) out.allowMethods = [...this.cors.methods].sort();
    if (this.cors.headers.size) out.allowHeaders = [...this.cors.headers].sort();
    if (this.cors.expose.size) out.exposeHeaders = [...this.cors.expose].sort();
    if (this.cors.credentials) out.allowCredentials = true;
    if (this.cors.maxAge !== undefined) out.maxAge = Math.min(this.cors.maxAge, 86400);
    return out;
  }

  authorizer(scheme: Json, name: string, pointer: string): Json {
    const auth = isObject(scheme['x-amazon-apigateway-authorizer']) ? scheme['x-amazon-apigateway-authorizer'] : {};
    const type = textOf(auth.type ?? '').toLowerCase();
    const ap = joinPointer(pointer, 'x-amazon-apigateway-authorizer');
    const identity = (s: unknown) => textOf(s ?? '').split(',').map((x) => x.trim()).filter(Boolean).map((x) => x
      .replace(/^method\.request\.(header|querystring)\./, '$request.$1.').replace(/^stageVariables\./, '$stageVariables.').replace(/^context\./, '$context.'));
    if (type === 'cognito_user_pools') {
      const arn = Array.isArray(auth.providerARNs) ? auth.providerARNs.find((a) => typeof a === 'string') as string | undefined : undefined;
      const pool = arn ? /^arn:[^:]+:cognito-idp:([a-z0-9-]+):\d{12}:userpool\/(.+)$/.exec(arn) : null;
      const issuer = pool ? `https://cognito-idp.${pool[1]}.amazonaws.com/${pool[2]}` : PLACEHOLDER('cognito issuer url');
      if (!pool) this.manual.add(`Set the issuer of JWT authorizer "${name}" (https://cognito-idp.<region>.amazonaws.com/<user-pool-id>)`);
      let audience = this.options.jwtAudience ?? [];
      if (!audience.length) {
        audience = [PLACEHOLDER('app client id')];
        this.manual.add(`Set the audience of JWT authorizer "${name}" to the user pool's app client ids (or pass --jwt-audience)`);
      }
      this.change('rewritten', ap, `authorizer "${name}": Cognito user pool authorizer became a JWT authorizer (issuer ${issuer})`);
      return { type: 'oauth2', flows: {}, 'x-amazon-apigateway-authorizer': { type: 'jwt', identitySource: '$request.header.Authorization', jwtConfiguration: { issuer, audience } } };
    }
    if (type === 'token' || type === 'request') {
      const sources = type === 'token' ? identity(auth.identitySource || 'method.request.header.Authorization') : identity(auth.identitySource);
      const next: Json = { type: 'request', authorizerUri: auth.authorizerUri, authorizerPayloadFormatVersion: '1.0' };
      if (sources.length) next.identitySource = sources.join(', ');
      if (auth.authorizerCredentials !== undefined && auth.authorizerCredentials !== '') next.authorizerCredentials = auth.authorizerCredentials;
      if (auth.authorizerResultTtlInSeconds !== undefined) next.authorizerResultTtlInSeconds = auth.authorizerResultTtlInSeconds;
      else if (sources.length) next.authorizerResultTtlInSeconds = 300;
      if (!sources.length) next.authorizerResultTtlInSeconds = 0;
      if (type === 'token') {
        this.change('rewritten', ap, `authorizer "${name}": TOKEN authorizer became a REQUEST authorizer on ${sources.join(', ')} with payload format 1.0`);
        this.manual.add(`Change authorizer function "${name}": it receives a REQUEST event and reads the token from the header instead of authorizationToken`);
        if (auth.identityValidationExpression !== undefined) this.change('lost', joinPointer(ap, 'identityValidationExpression'), `authorizer "${name}": identityValidationExpression removed; check the token format in the function`);
      } else this.change('rewritten', joinPointer(ap, 'identitySource'), `authorizer "${name}": identity sources rewritten as ${sources.join(', ') || 'none'}`);
      const { 'x-amazon-apigateway-authorizer': _a, ...rest } = scheme;
      void _a;
      return { ...rest, 'x-amazon-apigateway-authorizer': next };
    }
    return scheme;
  }
}

/** The inline REST definition of a CloudFormation template: its pointer, or '' for a plain definition. */
function definitionPointer(source: Source): string {
  const doc = source.root;
  if (isObject(doc) && (doc.swagger !== undefined || doc.openapi !== undefined || doc.paths !== undefined)) return '';
  if (isObject(doc) && isObject(doc.Resources)) {
    const rest = embeddedDefinitions(doc).inline.find((d) => d.apiType === 'rest');
    if (rest) return rest.pointer;
    throw new UserError('the template has no inline REST API definition (RestApi Body or Serverless::Api DefinitionBody)', { file: source.displayPath() });
  }
  throw new UserError('neither an OpenAPI definition nor a CloudFormation template', { file: source.displayPath() });
}

/** Convert a REST API definition (or the one inside a template) into an HTTP API definition. */
export function convertSource(source: Source, options: ConvertOptions = {}): ConvertResult {
  const cwd = options.cwd ?? process.cwd();
  const base = definitionPointer(source);
  const set = new SourceSet(source, (a) => a, base);
  const model = buildModel(set, { apiType: 'rest' });
  assertImportable(set, model.doc, model.base, model.version, cwd);
  const compat = checkSource(source, cwd);
  const blockers = compat.features.filter((f) => f.verdict === 'blocking');
  if (blockers.length && !options.dropBlocking) {
    throw new ConvertBlockedError(blockers.map((f) => ({ id: f.id, title: f.title, where: f.locations.map((l) => `${l.file}:${l.line}:${l.column}`) })));
  }
  const conv = new HttpConverter(options);
  for (const f of blockers) conv.lost.push(`${f.id} (${f.title}) is not available in HTTP APIs`);
  const bundled = bundleBody(set, source);
  let doc = (base ? getAt(bundled, base) : bundled) as Json;
  if (model.version === '2.0' || doc.openapi === undefined) doc = model.version === '2.0' ? liftSwagger2(doc, conv.changes, base) : { openapi: '3.0.1', ...doc };
  if (typeof doc.openapi === 'string' && !doc.openapi.startsWith('3.0')) doc.openapi = '3.0.1';
  const paths = isObject(doc.paths) ? doc.paths : {};
  for (const op of model.operations) {
    const item = paths[op.path];
    if (!isObject(item) || !isObject(item[op.key])) continue;
    const target = item[op.key] as Json;
    if (target['x-amazon-apigateway-request-validator'] !== undefined) {
      delete target['x-amazon-apigateway-request-validator'];
      conv.change('lost', joinPointer(op.loc.pointer, 'x-amazon-apigateway-request-validator'), `${op.label}: request validation removed`);
    }
    convertSecurity(op, target, model.securitySchemes, conv);
    if (!op.integration) continue;
    const integ = conv.integration(op.integration, target['x-amazon-apigateway-integration'] as Json);
    if (integ) target['x-amazon-apigateway-integration'] = integ;
    else delete item[op.key];
  }
  for (const [path, item] of Object.entries(paths)) {
    if (isObject(item) && !Object.keys(item).some((k) => k === ANY_METHOD || ['get', 'put', 'post', 'delete', 'options', 'head', 'patch'].includes(k))) delete paths[path];
  }
  const components = isObject(doc.components) ? doc.components : {};
  const schemes = isObject(components.securitySchemes) ? components.securitySchemes : {};
  for (const [name, scheme] of Object.entries(schemes)) {
    const s = model.securitySchemes.get(name);
    if (!isObject(scheme) || !s) continue;
    if (!s.authorizer && scheme.type === 'apiKey' && scheme['x-amazon-apigateway-authtype'] === undefined) {
      delete schemes[name];
      conv.change('lost', s.loc.pointer, `security scheme "${name}": API keys are not available in HTTP APIs`);
      continue;
    }
    schemes[name] = conv.authorizer(scheme, name, s.loc.pointer);
  }
  const root = (key: string) => joinPointer(base, key);
  for (const key of REST_ONLY_ROOT) {
    if (doc[key] === undefined) continue;
    delete doc[key];
    const lossy = ['x-amazon-apigateway-request-validators', 'x-amazon-apigateway-gateway-responses', 'x-amazon-apigateway-api-key-source', 'x-amazon-apigateway-policy'].includes(key);
    conv.change(lossy ? 'lost' : 'removed', root(key), `${key} removed (REST API only)`);
  }
  if (Array.isArray(doc.security)) {
    delete doc.security;
    conv.change('removed', root('security'), 'top-level security removed: REST APIs ignored it, and an HTTP API would apply it to every route');
  }
  const cors = conv.corsConfiguration();
  if (cors) {
    doc['x-amazon-apigateway-cors'] = cors;
    conv.change('added', root('paths'), `x-amazon-apigateway-cors added from the preflight responses: origins ${(cors.allowOrigins as string[]).join(', ')}`);
  }
  stripVpcEndpoints(doc, conv, base);
  const ordered: Json = { openapi: doc.openapi, info: doc.info ?? { title: 'converted', version: '1' }, 'x-amazon-apigateway-importexport-version': '1.0' };
  for (const [k, v] of Object.entries(doc)) if (!Object.hasOwn(ordered, k)) setOwn(ordered, k, v);
  conv.manual.add('Update IAM policies and clients that name the REST API id or its execute-api URL: the HTTP API gets a new id and URL');
  if (model.operations.some((op) => op.integration?.type === 'aws_proxy' || op.integration?.type === 'aws')) {
    conv.manual.add('If you later move Lambda integrations to payload format 2.0, update the handlers for the 2.0 event (rawPath, requestContext.http, cookies)');
  }
  conv.manual.add('Move custom domain names and their DNS records to the HTTP API (Regional custom domains, TLS 1.2)');
  const report: ConvertReport = {
    source: source.displayPath(cwd), verdict: compat.verdict,
    changes: conv.changes.map((c) => {
      const { range } = source.locate(c.pointer, 'key');
      return { ...c, file: source.displayPath(cwd), line: range.start.line, column: range.start.column };
    }),
    manualSteps: [...conv.manual],
    lost: conv.lost,
  };
  return { definition: ordered, report };
}

function getAt(doc: unknown, pointer: string): unknown {
  let node = doc;
  for (const t of pointer.split('/').slice(1).map((x) => x.replace(/~1/g, '/').replace(/~0/g, '~'))) node = isObject(node) ? node[t] : undefined;
  return node;
}

function convertSecurity(op: OperationNode, target: Json, schemes: ReturnType<typeof buildModel>['securitySchemes'], conv: HttpConverter): void {
  if (!Array.isArray(target.security)) return;
  const kept: Json[] = [];
  for (const req of target.security) {
    if (!isObject(req)) continue;
    const names = Object.keys(req).filter((n) => {
      const s = schemes.get(n);
      const apiKey = s && !s.authorizer && s.value.type === 'apiKey' && s.value['x-amazon-apigateway-authtype'] === undefined;
      if (apiKey) conv.change('lost', joinPointer(op.loc.pointer, 'security'), `${op.label}: API key requirement "${n}" removed`);
      return !apiKey;
    });
    if (names.length) kept.push(Object.fromEntries(names.map((n) => [n, req[n]])));
  }
  // HTTP APIs take one authorization per route.
  const first = kept.find((r) => Object.keys(r).length > 0);
  if (kept.length > 1 || (first && Object.keys(first).length > 1)) conv.change('lost', joinPointer(op.loc.pointer, 'security'), `${op.label}: only the first of several security requirements kept (HTTP APIs allow one per route)`);
  if (first) target.security = [{ [Object.keys(first)[0]!]: first[Object.keys(first)[0]!] }];
  else delete target.security;
}

function stripVpcEndpoints(doc: Json, conv: HttpConverter, base: string): void {
  const configs: Array<[Json, string]> = [];
  if (isObject(doc['x-amazon-apigateway-endpoint-configuration'])) configs.push([doc['x-amazon-apigateway-endpoint-configuration'] as Json, joinPointer(base, 'x-amazon-apigateway-endpoint-configuration')]);
  if (Array.isArray(doc.servers)) doc.servers.forEach((s, i) => isObject(s) && isObject(s['x-amazon-apigateway-endpoint-configuration']) && configs.push([s['x-amazon-apigateway-endpoint-configuration'] as Json, joinPointer(base, 'servers', i, 'x-amazon-apigateway-endpoint-configuration')]));
  for (const [c, p] of configs) {
    if (c.vpcEndpointIds !== undefined) {
      delete c.vpcEndpointIds;
      conv.change('lost', joinPointer(p, 'vpcEndpointIds'), 'vpcEndpointIds removed: there are no private HTTP APIs');
    }
  }
  if (isObject(doc['x-amazon-apigateway-endpoint-configuration'])) {
    const cfg = doc['x-amazon-apigateway-endpoint-configuration'] as Json;
    delete doc['x-amazon-apigateway-endpoint-configuration'];
    if (Object.keys(cfg).length) doc.servers = [{ ...(Array.isArray(doc.servers) && isObject(doc.servers[0]) ? doc.servers[0] : { url: '/' }), 'x-amazon-apigateway-endpoint-configuration': cfg }];
  }
}

/** `import { convertToHttpApi } from 'apigw'`. Blocking features throw `ConvertBlockedError` unless `dropBlocking`. */
export async function convertToHttpApi(file: string, options: ConvertOptions = {}): Promise<ConvertResult> {
  const { loadSource } = await import('../spec/load.js');
  const cwd = options.cwd ?? process.cwd();
  const abs = file === '-' ? '-' : resolve(cwd, file);
  const display = file === '-' ? '<stdin>' : relative(cwd, abs).split(sep).join('/') || abs;
  return convertSource(loadSource(abs, display), { ...options, cwd });
}
