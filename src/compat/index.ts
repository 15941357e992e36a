import { relative, resolve, sep } from 'node:path';
import { UserError } from '../errors.js';
import { isObject } from '../spec/detect.js';
import { embeddedDefinitions, isCloudFormationTemplate } from '../spec/embedded.js';
import { loadSource } from '../spec/load.js';
import { assertWalkable } from '../spec/budget.js';
import { type ApiModel, buildModel } from '../spec/model.js';
import { SourceSet } from '../spec/refs.js';
import type { Source } from '../spec/source.js';
import { detectCloudFormation } from './detect-cfn.js';
import { detectOpenApi } from './detect-openapi.js';
import { FEATURES, FEATURES_BY_ID, type Verdict, VERDICT_RANK } from './features.js';
import type { Finding } from './findings.js';

export interface CompatLocation {
  file: string;
  line: number;
  column: number;
  pointer: string;
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
  /** Things the input does not say (an OpenAPI file has no endpoint type) and that were not guessed. */
  notes: string[];
  kind: 'openapi' | 'cloudformation';
}

export interface CompatOptions {
  cwd?: string;
  /** More directories whose files `$ref`s may read (`--ref-root`); see `referenceRoots`. */
  refRoots?: readonly string[];
  /** The model of the definition at a pointer ('' for a plain one), when the caller has built it. */
  modelFor?: (pointer: string) => ApiModel | undefined;
  /** Locate the uses of blocking features only (convert needs no more): the others get no locations. */
  blockingLocationsOnly?: boolean;
}

/** Check one loaded file: an OpenAPI REST definition or a CloudFormation/SAM template. */
export function checkSource(source: Source, cwd: string, access: CompatOptions = {}): CompatResult {
  const refAccess = { cwd, refRoots: access.refRoots };
  const modelAt = (pointer: string) => access.modelFor?.(pointer) ?? buildModel(new SourceSet(source, display, pointer, refAccess), { apiType: 'rest' });
  // What lint and export refuse as an alias bomb, this refuses too (convert comes through here).
  assertWalkable(source);
  const display = (abs: string) => relative(cwd, abs).split(sep).join('/') || abs;
  const findings: Finding[] = [];
  const notes: string[] = [];
  const emit = (id: string, loc: Finding['loc'], extra: { verdict?: Verdict; detail?: string } = {}) => {
    if (!FEATURES_BY_ID.has(id)) throw new Error(`unknown compat feature ${id}`);
    findings.push({ id, loc, ...extra });
  };
  const doc = source.root;
  let kind: CompatResult['kind'];
  if (isCloudFormationTemplate(doc)) {
    kind = 'cloudformation';
    detectCloudFormation(source, emit, notes);
    const bodies = embeddedDefinitions(doc).inline.filter((d) => d.apiType === 'rest');
    for (const body of bodies) {
      const model = modelAt(body.pointer);
      detectOpenApi(model, emit, notes, body.pointer);
    }
    if (!isObject((doc as Record<string, unknown>).Resources) || findings.length === 0 && bodies.length === 0) {
      notes.push('The template declares no REST API resources (AWS::ApiGateway::*, AWS::Serverless::Api).');
    }
  } else if (isObject(doc) && (doc.swagger !== undefined || doc.openapi !== undefined || doc.paths !== undefined)) {
    kind = 'openapi';
    const model = modelAt('');
    detectOpenApi(model, emit, notes);
  } else {
    throw new UserError('neither an OpenAPI definition nor a CloudFormation template (no "swagger", "openapi", "paths" or "Resources")', { file: source.displayPath(cwd) });
  }
  return summarize(findings, notes, kind, cwd, access.blockingLocationsOnly === true);
}

function summarize(findings: Finding[], notes: string[], kind: CompatResult['kind'], cwd: string, blockingOnly: boolean): CompatResult {
  const byId = new Map<string, CompatFeature>();
  const seen = new Set<string>();
  // Details already listed, per feature: a large definition repeats a few details many times.
  const details = new Map<CompatFeature, Set<string>>();
  const files = new Map<Source, string>();
  for (const f of findings) {
    const info = FEATURES_BY_ID.get(f.id)!;
    let feature = byId.get(f.id);
    if (!feature) {
      feature = { id: f.id, verdict: f.verdict ?? info.verdict, title: info.title, locations: [], migration: info.migration, details: [] };
      byId.set(f.id, feature);
    } else if (VERDICT_RANK[f.verdict ?? info.verdict] > VERDICT_RANK[feature.verdict]) feature.verdict = f.verdict ?? info.verdict;
    if (f.detail) {
      let listed = details.get(feature);
      if (!listed) details.set(feature, (listed = new Set()));
      if (!listed.has(f.detail)) {
        listed.add(f.detail);
        feature.details.push(f.detail);
      }
    }
  }
  // A feature's verdict is final once every finding is counted: only then is it known whether to locate it.
  for (const f of findings) {
    const feature = byId.get(f.id)!;
    if (blockingOnly && feature.verdict !== 'blocking') continue;
    const key = `${f.id}\u0000${f.loc.source.path}\u0000${f.loc.pointer}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const { range, pointer } = f.loc.source.locate(f.loc.pointer, 'key');
    let file = files.get(f.loc.source);
    if (file === undefined) files.set(f.loc.source, (file = f.loc.source.displayPath(cwd)));
    feature.locations.push({ file, line: range.start.line, column: range.start.column, pointer });
  }
  const order = new Map(FEATURES.map((x, i) => [x.id, i]));
  const features = [...byId.values()].sort((a, b) => VERDICT_RANK[b.verdict] - VERDICT_RANK[a.verdict] || order.get(a.id)! - order.get(b.id)!);
  for (const f of features) f.locations.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
  const verdict = features.reduce<Verdict>((w, f) => (VERDICT_RANK[f.verdict] > VERDICT_RANK[w] ? f.verdict : w), 'supported');
  return { verdict, features, notes, kind };
}

/** `import { checkHttpCompat } from 'apigw'`: can this REST API become an HTTP API? */
export async function checkHttpCompat(file: string, options: CompatOptions = {}): Promise<CompatResult> {
  const cwd = options.cwd ?? process.cwd();
  const abs = file === '-' ? '-' : resolve(cwd, file);
  const display = file === '-' ? '<stdin>' : relative(cwd, abs).split(sep).join('/') || abs;
  return checkSource(loadSource(abs, display), cwd, options);
}

export { FEATURES, type Verdict };
