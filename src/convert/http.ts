import { HTTP_MAX_INTEGRATION_TIMEOUT_MS } from '../aws/limits.js';
import { setOwn, textOf } from '../document/own.js';
import { UserError } from '../errors.js';
import { checkDefinitions, type CompatFeature, type CompatResult, openRestDefinitions, restApisOf } from '../compat/index.js';
import { isCorsPreflight } from '../compat/detect-openapi.js';
import { planRequestParameters } from '../compat/mapping.js';
import { planServiceIntegration } from '../compat/service.js';
import { classifyUri } from '../compat/uri.js';
import { isObject } from '../model/detect.js';
import { ANY_METHOD, type ApiModel, type IntegrationNode, type OperationNode } from '../model/model.js';
import { type Definition, onlyDefinition, type OpenedDefinitions, openSource, pickDefinition } from '../model/open.js';
import { joinPointer } from '../document/pointer.js';
import { assertImportable } from '../model/structure.js';
import type { Source } from '../document/source.js';
import { bundleBody } from '../export/cfn/body.js';
import type { Change, ConvertReport } from './report.js';
import { changeDiagnostic } from './diagnostics.js';
import { COMPAT_DOCS_URL, compatMessage, compatRuleId } from '../compat/diagnostics.js';
import type { Diagnostic } from '../report/diagnostic.js';
import { liftSwagger2 } from './swagger2.js';

type Json = Record<string, unknown>;

export interface ConvertOptions {
  dropBlocking?: boolean;
  /** In a template: the logical id of the REST API to convert (required when there are several). */
  api?: string;
  jwtAudience?: readonly string[];
  cwd?: string;
  /** More directories whose files `$ref`s may read (`--ref-root`); see `referenceRoots`. */
  refRoots?: readonly string[];
}

export interface ConvertResult {
  definition: Json;
  report: ConvertReport;
  /** Every change as a finding (`convert/<action>`), for the finding formats. */
  diagnostics: Diagnostic[];
}

/** One thing that blocks the move: the route (or the API), what, why and where. */
export interface Blocker {
  route?: string;
  id: string;
  title: string;
  reason?: string;
  where: string;
}

/** Routes would be dropped or behaviour lost: nothing is written. */
export class ConvertBlockedError extends Error {
  /** `diagnostics[i]` is `blockers[i]` as a finding: `compat/<feature-id>` or `convert/lost`, at error. */
  constructor(readonly blockers: Blocker[], readonly file: string, readonly diagnostics: Diagnostic[] = []) {
    super(`${file}: ${blockers.length} use(s) of features HTTP APIs lack would be dropped or changed; nothing was written (--drop-blocking converts anyway and lists what is lost)`);
  }
}

const REST_ONLY_ROOT = [
  'x-amazon-apigateway-request-validators', 'x-amazon-apigateway-request-validator', 'x-amazon-apigateway-gateway-responses',
  'x-amazon-apigateway-api-key-source', 'x-amazon-apigateway-binary-media-types', 'x-amazon-apigateway-minimum-compression-size',
  'x-amazon-apigateway-policy', 'x-amazon-apigateway-documentation',
];
const PLACEHOLDER = (what: string) => `REPLACE_WITH_${what.replace(/[^A-Za-z0-9]+/g, '_').toUpperCase()}`;

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
    const kind = classifyUri(v.uri).kind;
    switch (node.type) {
      case 'aws_proxy':
      case 'aws':
        // A REST AWS_PROXY integration calls Lambda, whatever its uri is written with; the uri is kept as written.
        if (node.type === 'aws_proxy' || kind === 'lambda') {
          Object.assign(out, { type: 'aws_proxy', httpMethod: 'POST', uri: v.uri, payloadFormatVersion: '1.0' });
          if (node.type === 'aws') {
            this.change('rewritten', joinPointer(p, 'type'), `${op.label}: Lambda custom integration became a Lambda proxy integration (payload format 1.0)`);
            this.manual.add(`Change the handler behind ${op.label}: it now receives the proxy event and must return {statusCode, headers, body}`);
          } else this.change('rewritten', p, `${op.label}: Lambda proxy integration with payloadFormatVersion "1.0", so the handler keeps the REST event shape`);
          break;
        }
        if (kind !== 'service') {
          this.change('lost', joinPointer(p, 'uri'), `${op.label}: the uri does not say whether it is a Lambda function or which AWS service it calls; the operation was removed`);
          return undefined;
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
    if (typeof out.timeoutInMillis === 'number' && out.timeoutInMillis > HTTP_MAX_INTEGRATION_TIMEOUT_MS) {
      this.change('lost', joinPointer(p, 'timeoutInMillis'), `${op.label}: timeout ${out.timeoutInMillis} ms lowered to 30000 ms, the HTTP API maximum`);
      out.timeoutInMillis = HTTP_MAX_INTEGRATION_TIMEOUT_MS;
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
    const plan = planServiceIntegration(node);
    if (!plan.subtype) {
      this.change('lost', node.loc.pointer, `${op.label}: AWS service integration ${plan.service} ${plan.action ?? '(action unknown)'} has no HTTP API subtype; the operation was removed`);
      return undefined;
    }
    const params: Json = { ...plan.parameters };
    for (const p of plan.problems) this.change('lost', p.pointer, `${op.label}: ${p.reason}`);
    for (const name of plan.missing) {
      params[name] = PLACEHOLDER(name);
      this.manual.add(`Fill in ${name} of the ${plan.subtype} integration of ${op.label} (placeholder ${PLACEHOLDER(name)})`);
    }
    Object.assign(out, { type: 'aws_proxy', integrationSubtype: plan.subtype, credentials: v.credentials ?? PLACEHOLDER('integration role arn'), payloadFormatVersion: '1.0', requestParameters: params });
    if (v.credentials === undefined) this.manual.add(`Give the ${plan.subtype} integration of ${op.label} an IAM role in credentials`);
    if (!plan.problems.length) this.change('rewritten', node.loc.pointer, `${op.label}: ${plan.service} ${plan.action} became integrationSubtype ${plan.subtype}; its request template became parameter mapping`);
    return out;
  }

  private parameters(node: IntegrationNode, out: Json): void {
    const mapped: Json = {};
    for (const m of planRequestParameters(node)) {
      if (m.outcome === 'lost') this.change('lost', m.pointer, m.reason);
      else if (m.outcome === 'implied') this.change('removed', m.pointer, m.reason);
      else {
        setOwn(mapped, m.target, m.source);
        this.change('rewritten', m.pointer, `${node.operation.label}: ${m.key} ← ${textOf(m.raw)} became ${m.target} ← ${m.source}`);
      }
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
        if (r.pattern !== 'default' || (isObject(r.value) && isObject(r.value.responseTemplates) && Object.keys(r.value.responseTemplates).length)) {
          this.change('lost', r.loc.pointer, `${op.label}: integration response "${r.pattern}" (selection pattern or response template) removed`);
        }
        const rp = isObject(r.value) && isObject(r.value.responseParameters) ? r.value.responseParameters : {};
        for (const key of Object.keys(rp)) {
          const pointer = joinPointer(r.loc.pointer, 'responseParameters', key);
          if (/^method\.response\.header\.access-control-/i.test(key)) {
            this.collectCorsHeader(key, rp[key]);
            this.change('removed', pointer, `${op.label}: ${key} removed; x-amazon-apigateway-cors sends the CORS headers`);
          } else this.change('lost', pointer, `${op.label}: response mapping ${key} removed (HTTP API response mapping is keyed by back-end status code)`);
        }
        if (isObject(r.value) && r.value.contentHandling !== undefined) this.change('lost', joinPointer(r.loc.pointer, 'contentHandling'), `${op.label}: contentHandling of integration response "${r.pattern}" removed (no HTTP API equivalent)`);
      }
    }
    for (const k of ['contentHandling', 'cacheKeyParameters', 'cacheNamespace', 'responseTransferMode']) {
      if (v[k] !== undefined) this.change(k === 'contentHandling' || k === 'responseTransferMode' || k.startsWith('cache') ? 'lost' : 'removed', joinPointer(node.loc.pointer, k), `${op.label}: ${k} removed (no HTTP API equivalent)`);
    }
  }

  private collectCors(node: IntegrationNode): void {
    for (const r of node.responses) {
      const params = isObject(r.value) && isObject(r.value.responseParameters) ? r.value.responseParameters : {};
      for (const [k, raw] of Object.entries(params)) this.collectCorsHeader(k, raw);
    }
  }

  private collectCorsHeader(k: string, raw: unknown): void {
    const header = /^method\.response\.header\.(.+)$/i.exec(k)?.[1]?.toLowerCase();
    const value = typeof raw === 'string' ? /^'(.*)'$/s.exec(raw)?.[1] : undefined;
    if (!header || value === undefined) return;
    const list = value.split(',').map((s) => s.trim()).filter(Boolean);
    if (header === 'access-control-allow-origin') list.forEach((x) => this.cors.origins.add(x));
    else if (header === 'access-control-allow-methods') list.forEach((x) => this.cors.methods.add(x.toUpperCase()));
    else if (header === 'access-control-allow-headers') list.forEach((x) => this.cors.headers.add(x));
    else if (header === 'access-control-expose-headers') list.forEach((x) => this.cors.expose.add(x));
    else if (header === 'access-control-allow-credentials') this.cors.credentials = value === 'true';
    else if (header === 'access-control-max-age' && /^\d+$/.test(value)) this.cors.maxAge = Number(value);
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
        if (auth.identityValidationExpression !== undefined) {
          this.change('removed', joinPointer(ap, 'identityValidationExpression'), `authorizer "${name}": identityValidationExpression removed; the function checks the token format`);
          this.manual.add(`Authorizer function "${name}" must reject tokens that do not match ${String(auth.identityValidationExpression)}: API Gateway no longer checks them before calling it`);
        }
      } else this.change('rewritten', joinPointer(ap, 'identitySource'), `authorizer "${name}": identity sources rewritten as ${sources.join(', ') || 'none'}`);
      const { 'x-amazon-apigateway-authorizer': _a, ...rest } = scheme;
      void _a;
      return { ...rest, 'x-amazon-apigateway-authorizer': next };
    }
    return scheme;
  }
}

/**
 * The REST definition to convert: the file itself, or the inline one of the API `--api` names. In a
 * template `--api` chooses among the REST API resources, inline or not, so that one whose definition
 * is elsewhere is named as such rather than as unknown.
 */
function targetOf(opened: OpenedDefinitions, cwd: string, api: string | undefined): Definition {
  if (opened.kind !== 'cloudformation') return api === undefined ? opened.definitions[0]! : pickDefinition(opened, api);
  const file = opened.file;
  const rest = restApisOf(opened.source, cwd);
  const list = rest.join(', ') || 'none';
  if (api !== undefined && !rest.includes(api)) throw new UserError(`--api ${api}: the template has no REST API of that logical id (REST APIs: ${list})`, { file });
  if (api === undefined && rest.length > 1) throw new UserError(`the template has ${rest.length} REST APIs; choose one with --api LOGICAL_ID (${list})`, { file });
  const id = api ?? rest[0];
  return id === undefined ? onlyDefinition(opened) : pickDefinition(opened, id);
}

/** The features of the API being converted: the whole result, or its own part in a template with several. */
function featuresOf(compat: CompatResult, api: string | undefined): CompatFeature[] {
  if (!compat.apis.length || api === undefined) return compat.features;
  return [...(compat.apis.find((a) => a.name === api)?.features ?? []), ...(compat.apis.find((a) => a.name.startsWith('('))?.features ?? [])];
}

/** SAM and CloudFormation changes around the definition, which convert cannot make in the template itself. */
function templateSteps(source: Source, target: Definition): string[] {
  if (!target.logicalId) return [];
  const doc = source.root as Json;
  const resources = isObject(doc.Resources) ? doc.Resources : {};
  const refersTo = (v: unknown) => isObject(v) && (v.Ref === target.logicalId || (Array.isArray(v['Fn::GetAtt']) && v['Fn::GetAtt'][0] === target.logicalId));
  const steps: string[] = [];
  if (target.resourceType === 'AWS::Serverless::Api') {
    steps.push(`Change ${target.logicalId} from AWS::Serverless::Api to AWS::Serverless::HttpApi and put the converted definition in its DefinitionBody; REST-only properties (EndpointConfiguration, MethodSettings, CacheClusterEnabled, Cors as a string) have HttpApi counterparts or none`);
    for (const [fn, res] of Object.entries(resources)) {
      if (!isObject(res) || res.Type !== 'AWS::Serverless::Function' || !isObject(res.Properties) || !isObject(res.Properties.Events)) continue;
      for (const [ev, e] of Object.entries(res.Properties.Events)) {
        if (isObject(e) && e.Type === 'Api' && isObject(e.Properties) && refersTo(e.Properties.RestApiId)) {
          steps.push(`Change event ${ev} of function ${fn} from Type: Api to Type: HttpApi with ApiId: !Ref ${target.logicalId}`);
        }
      }
    }
  } else {
    steps.push(`Replace ${target.logicalId} (AWS::ApiGateway::RestApi) by an AWS::ApiGatewayV2::Api whose Body is the converted definition`);
    const kinds = new Map<string, string[]>();
    for (const [id, res] of Object.entries(resources)) {
      if (!isObject(res) || typeof res.Type !== 'string' || !res.Type.startsWith('AWS::ApiGateway::') || !isObject(res.Properties) || !refersTo(res.Properties.RestApiId)) continue;
      kinds.set(res.Type, [...(kinds.get(res.Type) ?? []), id]);
    }
    for (const [type, ids] of [...kinds].sort()) steps.push(`Replace the ${type} resources of ${target.logicalId} (${ids.sort().join(', ')}): a Stage becomes AWS::ApiGatewayV2::Stage with AutoDeploy, Deployments go, Lambda permissions name the new API`);
  }
  return steps;
}

/** Convert a REST API definition (or the one inside a template) into an HTTP API definition. */
export function convertSource(source: Source, options: ConvertOptions = {}): ConvertResult {
  const cwd = options.cwd ?? process.cwd();
  const opened = openRestDefinitions(source, cwd, { refRoots: options.refRoots });
  const target = targetOf(opened, cwd, options.api);
  const base = target.pointer;
  // One model serves the compatibility check and the conversion: a second one of a large
  // definition costs memory that the conversion needs.
  const compat = checkDefinitions(opened, cwd);
  const features = featuresOf(compat, target.logicalId);
  const model = target.model;
  const set = target.set;
  assertImportable(set, model.doc, model.base, model.version, cwd);
  const conv = new HttpConverter(options);
  // Bundled before the verdict: a `$ref` the reference root does not allow is named even when features block.
  // The bundle shares every subtree without a `$ref` to another file with the parsed definition
  // (a full copy of a large definition was most of convert's memory): what the conversion
  // changes is copied first, level by level (`ownCopy`), and the parsed definition stays intact.
  const bundled = bundleBody(set, target.source, { share: true });
  let doc = (base ? getAt(bundled, base) : bundled) as Json;
  doc = model.version === '2.0' ? liftSwagger2(doc, conv.changes, base) : doc.openapi === undefined ? { openapi: '3.0.1', ...doc } : { ...doc };
  if (typeof doc.openapi === 'string' && !doc.openapi.startsWith('3.0')) doc.openapi = '3.0.1';
  const copies = new WeakSet<object>();
  const ownCopy = (parent: Json, key: string): Json => {
    const v = parent[key] as Json;
    if (copies.has(v)) return v;
    const c = { ...v };
    copies.add(c);
    setOwn(parent, key, c);
    return c;
  };
  const paths = isObject(doc.paths) ? ownCopy(doc, 'paths') : {};
  for (const op of model.operations) {
    const item0 = paths[op.path];
    if (!isObject(item0) || !isObject(item0[op.key])) continue;
    const item = ownCopy(paths, op.path);
    const operation = ownCopy(item, op.key);
    if (operation['x-amazon-apigateway-request-validator'] !== undefined) {
      delete operation['x-amazon-apigateway-request-validator'];
      conv.change('lost', joinPointer(op.loc.pointer, 'x-amazon-apigateway-request-validator'), `${op.label}: request validation removed`);
    }
    convertSecurity(op, operation, model.securitySchemes, conv);
    if (!op.integration) continue;
    const integ = conv.integration(op.integration, operation['x-amazon-apigateway-integration'] as Json);
    if (integ) operation['x-amazon-apigateway-integration'] = integ;
    else delete item[op.key];
  }
  for (const [path, item] of Object.entries(paths)) {
    if (isObject(item) && !Object.keys(item).some((k) => k === ANY_METHOD || ['get', 'put', 'post', 'delete', 'options', 'head', 'patch'].includes(k))) delete paths[path];
  }
  const components = isObject(doc.components) ? ownCopy(doc, 'components') : {};
  const schemes = isObject(components.securitySchemes) ? ownCopy(components, 'securitySchemes') : {};
  for (const [name, scheme] of Object.entries(schemes)) {
    const s = model.securitySchemes.get(name);
    if (!isObject(scheme) || !s) continue;
    if (!s.authorizer && scheme.type === 'apiKey' && scheme['x-amazon-apigateway-authtype'] === undefined) {
      delete schemes[name];
      // Each method that required the key is reported where it does (check-http-compat's mgmt.api-keys).
      conv.change('removed', s.loc.pointer, `security scheme "${name}": API keys are not available in HTTP APIs`);
      continue;
    }
    schemes[name] = conv.authorizer(scheme, name, s.loc.pointer);
  }
  const root = (key: string) => joinPointer(base, key);
  for (const key of REST_ONLY_ROOT) {
    if (doc[key] === undefined) continue;
    delete doc[key];
    const lossy = ['x-amazon-apigateway-gateway-responses', 'x-amazon-apigateway-api-key-source', 'x-amazon-apigateway-policy'].includes(key);
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
  for (const step of templateSteps(source, target)) conv.manual.add(step);
  // Changes are reported where the definition was written: in an API read from CloudFormation
  // resources, at the template's own places.
  for (const c of conv.changes) c.pointer = target.source.publicPointer(c.pointer);
  // One verdict: every blocking use compat found, and anything the rewrite itself could not keep.
  const where = (pointer: string) => {
    const { range } = source.locate(pointer, 'key');
    return `${source.displayPath(cwd)}:${range.start.line}:${range.start.column}`;
  };
  const blockers: Blocker[] = [];
  const blockerDiagnostics: Diagnostic[] = [];
  const blockingPointers: string[] = [];
  for (const f of features) {
    for (const l of f.locations) {
      if (l.verdict !== 'blocking') continue;
      blockingPointers.push(l.pointer);
      blockerDiagnostics.push({
        ruleId: compatRuleId(f.id), severity: 'error', message: compatMessage(f.title, 'blocking', l.route, l.detail), file: l.file, pointer: l.pointer,
        range: { start: { line: l.line, column: l.column }, end: { line: l.endLine ?? l.line, column: l.endColumn ?? l.column } }, suggest: f.migration, docsUrl: COMPAT_DOCS_URL,
      });
      blockers.push({ route: l.route, id: f.id, title: f.title, reason: l.route && l.detail?.startsWith(`${l.route}: `) ? l.detail.slice(l.route.length + 2) : l.detail, where: `${l.file}:${l.line}:${l.column}` });
    }
  }
  // A change is covered by a blocking use at, above or below its pointer: every blocking pointer
  // and each of its ancestors in one set, so each change costs its own length, not a scan.
  const blocked = new Set<string>();
  const aboveBlocked = new Set<string>();
  for (const b of blockingPointers) {
    blocked.add(b);
    for (let i = b.lastIndexOf('/'); i > 0; i = b.lastIndexOf('/', i - 1)) aboveBlocked.add(b.slice(0, i));
    if (b.length) aboveBlocked.add('');
  }
  const covered = (pointer: string) => {
    if (blocked.has(pointer) || aboveBlocked.has(pointer)) return true;
    for (let i = pointer.lastIndexOf('/'); i >= 0; i = i > 0 ? pointer.lastIndexOf('/', i - 1) : -1) if (blocked.has(pointer.slice(0, i))) return true;
    return false;
  };
  for (const c of conv.changes) {
    if (c.action === 'lost' && !covered(c.pointer)) {
      blockers.push({ id: 'convert', title: 'Behaviour the conversion cannot keep', reason: c.detail, where: where(c.pointer) });
      blockerDiagnostics.push(changeDiagnostic(c, source.displayPath(cwd), source.locate(c.pointer, 'key').range, true));
    }
  }
  if (blockers.length && !options.dropBlocking) throw new ConvertBlockedError(blockers, source.displayPath(cwd), blockerDiagnostics);
  for (const f of features.filter((x) => x.verdict === 'blocking')) conv.lost.unshift(`${f.id} (${f.title}) is not available in HTTP APIs`);
  const diagnostics: Diagnostic[] = [];
  const report: ConvertReport = {
    source: source.displayPath(cwd), verdict: compat.apis.find((a) => a.name === target.logicalId)?.verdict ?? compat.verdict, api: target.logicalId, dropBlocking: options.dropBlocking === true,
    changes: conv.changes.map((c) => {
      const { range } = source.locate(c.pointer, 'key');
      diagnostics.push(changeDiagnostic(c, source.displayPath(cwd), range));
      return { ...c, file: source.displayPath(cwd), line: range.start.line, column: range.start.column };
    }),
    manualSteps: [...conv.manual],
    lost: conv.lost,
  };
  return { definition: ordered, report, diagnostics };
}

function getAt(doc: unknown, pointer: string): unknown {
  let node = doc;
  for (const t of pointer.split('/').slice(1).map((x) => x.replace(/~1/g, '/').replace(/~0/g, '~'))) node = isObject(node) ? node[t] : undefined;
  return node;
}

function convertSecurity(op: OperationNode, target: Json, schemes: ApiModel['securitySchemes'], conv: HttpConverter): void {
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
  // Copies: the document shares what it does not change with the parsed definition.
  const X = 'x-amazon-apigateway-endpoint-configuration';
  if (isObject(doc[X])) doc[X] = { ...doc[X] };
  if (Array.isArray(doc.servers)) doc.servers = doc.servers.map((s) => (isObject(s) && isObject(s[X]) ? { ...s, [X]: { ...s[X] } } : s));
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
  const cwd = options.cwd ?? process.cwd();
  return convertSource(openSource(file, cwd), { ...options, cwd });
}
