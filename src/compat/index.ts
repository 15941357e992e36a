import { UserError } from '../errors.js';
import { detectApiType, isObject } from '../model/detect.js';
import { assertWalkable } from '../document/budget.js';
import { NotAnApiDefinitionError, openDefinitions, type OpenedDefinitions, openSource } from '../model/open.js';
import type { Source } from '../document/source.js';
import { detectCloudFormation } from './detect-cfn.js';
import { detectOpenApi } from './detect-openapi.js';
import { FEATURES, FEATURES_BY_ID, type Verdict, VERDICT_RANK } from './features.js';
import type { Finding } from './findings.js';

export interface CompatLocation {
  file: string;
  line: number;
  column: number;
  /** Where the key ends (not in the JSON report; findings carry it). */
  endLine?: number;
  endColumn?: number;
  pointer: string;
  /** This use's verdict (a feature's verdict is its worst use's). */
  verdict: Verdict;
  /** The method the use belongs to (`POST /contacts`), when it belongs to one. */
  route?: string;
  detail?: string;
}

export interface CompatFeature {
  id: string;
  verdict: Verdict;
  title: string;
  locations: CompatLocation[];
  migration: string;
  /** What made a use differ from the feature's usual verdict, or which action or type it was. */
  details: string[];
}

export interface CompatResult {
  verdict: Verdict;
  features: CompatFeature[];
  /** In a template with several REST APIs: each one on its own (logical id), with what belongs to it. */
  apis: Array<{ name: string; verdict: Verdict; features: CompatFeature[] }>;
  /** Things the input does not say (an OpenAPI file has no endpoint type) and that were not guessed. */
  notes: string[];
  kind: 'openapi' | 'cloudformation';
  /** The file checked, as printed (set by `checkHttpCompat`). */
  file?: string;
}

/**
 * An HTTP API definition: it has a construct only HTTP APIs have (model/detect.ts) and none only
 * REST APIs have; integrations of type aws, http or mock, or with templates or integration
 * responses, are REST's (a REST definition may carry x-amazon-apigateway-cors, which REST ignores).
 */
export function isHttpApiDefinition(doc: Record<string, unknown>): boolean {
  if (detectApiType(doc) !== 'http') return false;
  for (const item of Object.values(isObject(doc.paths) ? doc.paths : {})) {
    for (const op of Object.values(isObject(item) ? item : {})) {
      const integ = isObject(op) ? op['x-amazon-apigateway-integration'] : undefined;
      if (!isObject(integ)) continue;
      if (typeof integ.type === 'string' && !['aws_proxy', 'http_proxy'].includes(integ.type.toLowerCase())) return false;
      if (integ.requestTemplates !== undefined || integ.responses !== undefined) return false;
    }
  }
  return true;
}

/** Refused: the definition is an HTTP API already (or, in a template, only HTTP and WebSocket APIs). */
function alreadyHttp(file: string, webSocket = false): UserError {
  const what = webSocket ? 'the template has no REST API, only WebSocket or HTTP APIs' : 'already an HTTP API';
  return new UserError(`${what}; check-http-compat and convert http read REST API definitions`, { file });
}

/** The REST definitions of a template (logical ids), refusing a template whose APIs are all HTTP APIs. */
export function restApisOf(source: Source, cwd: string): string[] {
  const doc = source.root as Record<string, unknown>;
  const resources = isObject(doc.Resources) ? doc.Resources : {};
  const rest = Object.entries(resources).filter(([, r]) => isObject(r) && (r.Type === 'AWS::ApiGateway::RestApi' || r.Type === 'AWS::Serverless::Api')).map(([id]) => id);
  const http = Object.entries(resources).some(([, r]) => isObject(r) && (r.Type === 'AWS::ApiGatewayV2::Api' || r.Type === 'AWS::Serverless::HttpApi'));
  const webSocket = Object.values(resources).some((r) => isObject(r) && r.Type === 'AWS::ApiGatewayV2::Api' && isObject(r.Properties) && r.Properties.ProtocolType === 'WEBSOCKET');
  if (!rest.length && http) throw alreadyHttp(source.displayPath(cwd), webSocket);
  return rest.sort();
}

/** The API a template finding belongs to: the resource it is in, or the one its RestApiId names. */
function apiOfFinding(doc: Record<string, unknown>, pointer: string, apis: string[]): string | undefined {
  const id = /^\/Resources\/([^/]+)/.exec(pointer)?.[1]?.replace(/~1/g, '/').replace(/~0/g, '~');
  if (id === undefined) return undefined;
  if (apis.includes(id)) return id;
  const res = isObject(doc.Resources) ? doc.Resources[id] : undefined;
  const ref = isObject(res) && isObject(res.Properties) ? res.Properties.RestApiId : undefined;
  const target = isObject(ref) ? (typeof ref.Ref === 'string' ? ref.Ref : Array.isArray(ref['Fn::GetAtt']) ? ref['Fn::GetAtt'][0] : undefined) : undefined;
  return typeof target === 'string' && apis.includes(target) ? target : undefined;
}

export interface CompatOptions {
  cwd?: string;
  /** More directories whose files `$ref`s may read (`--ref-root`); see `referenceRoots`. */
  refRoots?: readonly string[];
}

/**
 * The REST definitions of a file, as check-http-compat and convert http read them: an OpenAPI
 * document (refused when it is an HTTP API already) or the REST APIs written inline in a template.
 */
export function openRestDefinitions(source: Source, cwd: string, options: CompatOptions = {}): OpenedDefinitions {
  // What lint and export refuse as an alias bomb, this refuses too.
  assertWalkable(source);
  let opened: OpenedDefinitions;
  try {
    opened = openDefinitions(source, { apiType: 'rest', cwd, refRoots: options.refRoots });
  } catch (err) {
    if (!(err instanceof NotAnApiDefinitionError)) throw err;
    throw new UserError('neither an OpenAPI definition nor a CloudFormation template (no "swagger", "openapi", "paths" or "Resources")', { file: err.file, cause: err });
  }
  if (opened.kind === 'openapi' && isHttpApiDefinition(opened.definitions[0]!.doc)) throw alreadyHttp(opened.file);
  return opened;
}

/** Check one loaded file: an OpenAPI REST definition or a CloudFormation/SAM template. */
export function checkSource(source: Source, cwd: string, options: CompatOptions = {}): CompatResult {
  return checkDefinitions(openRestDefinitions(source, cwd, options), cwd);
}

/** Check the REST definitions `openRestDefinitions` opened (convert hands in the ones it converts, models built once). */
export function checkDefinitions(opened: OpenedDefinitions, cwd: string): CompatResult {
  const source = opened.source;
  const findings: Finding[] = [];
  const notes: string[] = [];
  // An API written as resources is seen twice, as resources and as the definition read from
  // them, at the same template places: one finding per feature and place, the one naming its route.
  const seen = new Map<string, number>();
  const emit = (id: string, loc: Finding['loc'], extra: { verdict?: Verdict; detail?: string; route?: string } = {}) => {
    if (!FEATURES_BY_ID.has(id)) throw new Error(`unknown compat feature ${id}`);
    const key = `${id} ${loc.source.path} ${loc.source.publicPointer(loc.pointer)}`;
    const at = seen.get(key);
    if (at !== undefined && loc.source !== findings[at]!.loc.source) {
      if (extra.route !== undefined && findings[at]!.route === undefined) findings[at] = { id, loc, ...extra };
      return;
    }
    seen.set(key, findings.length);
    findings.push({ id, loc, ...extra });
  };
  const doc = source.root;
  const kind = opened.kind;
  let apis: string[] = [];
  if (kind === 'cloudformation') {
    apis = restApisOf(source, cwd);
    detectCloudFormation(source, emit, notes);
    for (const definition of opened.definitions) detectOpenApi(definition.model, emit, notes, definition.pointer);
    if (!isObject((doc as Record<string, unknown>).Resources) || findings.length === 0 && opened.definitions.length === 0) {
      notes.push('The template declares no REST API resources (AWS::ApiGateway::*, AWS::Serverless::Api).');
    }
  } else {
    detectOpenApi(opened.definitions[0]!.model, emit, notes);
  }
  const result = summarize(findings, notes, kind, cwd);
  if (apis.length > 1) {
    const template = doc as Record<string, unknown>;
    result.apis = apis.map((name) => {
      const own = summarize(findings.filter((f) => apiOfFinding(template, f.loc.pointer, apis) === name), [], kind, cwd);
      return { name, verdict: own.verdict, features: own.features };
    });
    const shared = findings.filter((f) => apiOfFinding(template, f.loc.pointer, apis) === undefined);
    if (shared.length) {
      const own = summarize(shared, [], kind, cwd);
      result.apis.push({ name: '(not tied to one API)', verdict: own.verdict, features: own.features });
    }
  }
  return result;
}

function summarize(findings: Finding[], notes: string[], kind: CompatResult['kind'], cwd: string): CompatResult {
  const byId = new Map<string, CompatFeature>();
  // Per feature, the details and locations already listed: a large definition repeats a few many times.
  const details = new Map<CompatFeature, Set<string>>();
  const located = new Map<string, CompatLocation>();
  const files = new Map<Source, string>();
  for (const f of findings) {
    const info = FEATURES_BY_ID.get(f.id)!;
    const verdict = f.verdict ?? info.verdict;
    let feature = byId.get(f.id);
    if (!feature) {
      feature = { id: f.id, verdict, title: info.title, locations: [], migration: info.migration, details: [] };
      byId.set(f.id, feature);
    } else if (VERDICT_RANK[verdict] > VERDICT_RANK[feature.verdict]) feature.verdict = verdict;
    const key = `${f.id}\u0000${f.loc.source.path}\u0000${f.loc.pointer}`;
    const prior = located.get(key);
    if (!prior) {
      const { range, pointer } = f.loc.source.locate(f.loc.pointer, 'key');
      let file = files.get(f.loc.source);
      if (file === undefined) files.set(f.loc.source, (file = f.loc.source.displayPath(cwd)));
      const location: CompatLocation = { file, line: range.start.line, column: range.start.column, endLine: range.end.line, endColumn: range.end.column, pointer, verdict };
      if (f.route) location.route = f.route;
      if (f.detail) location.detail = f.detail;
      feature.locations.push(location);
      located.set(key, location);
    } else if (VERDICT_RANK[verdict] > VERDICT_RANK[prior.verdict]) {
      prior.verdict = verdict;
      if (f.detail) prior.detail = f.detail;
    }
    if (f.detail) {
      let listed = details.get(feature);
      if (!listed) details.set(feature, (listed = new Set()));
      if (!listed.has(f.detail)) {
        listed.add(f.detail);
        feature.details.push(f.detail);
      }
    }
  }
  const order = new Map(FEATURES.map((x, i) => [x.id, i]));
  const features = [...byId.values()].sort((a, b) => VERDICT_RANK[b.verdict] - VERDICT_RANK[a.verdict] || order.get(a.id)! - order.get(b.id)!);
  for (const f of features) f.locations.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
  const verdict = features.reduce<Verdict>((w, f) => (VERDICT_RANK[f.verdict] > VERDICT_RANK[w] ? f.verdict : w), 'supported');
  return { verdict, features, apis: [], notes, kind };
}

/** `import { checkHttpCompat } from 'apigw'`: can this REST API become an HTTP API? */
export async function checkHttpCompat(file: string, options: CompatOptions = {}): Promise<CompatResult> {
  const cwd = options.cwd ?? process.cwd();
  const source = openSource(file, cwd);
  return { ...checkSource(source, cwd, options), file: source.displayPath(cwd) };
}

export { FEATURES, type Verdict };
