import { relative, resolve, sep } from 'node:path';
import { type Diagnostic, type Severity, type SuppressedDiagnostic, compareDiagnostics, diagnosticKey } from '../report/diagnostic.js';
import { UserError } from '../errors.js';
import { isObject } from '../model/detect.js';
import { graphApis, readGraphApi, resourcesOf, type TemplateContext } from '../model/resource-graph.js';
import { embeddedDefinitions, isCloudFormationTemplate, type SamAdditions } from '../model/embedded.js';
import { loadSource, parseText } from '../document/load.js';
import { buildModel, type DefinitionForm } from '../model/model.js';
import { SourceSet } from '../document/refs.js';
import type { Source } from '../document/source.js';
import { defaultConfig, levelsFor, type ResolvedConfig, type RuleSetting } from './config.js';
import { type ActiveRule, runRules } from './engine.js';
import { rules as allRules } from './rules/index.js';

export type ApiTypeOption = 'rest' | 'http' | 'auto';

export interface LintOptions {
  /** Default `auto`: decided from the document (see the README). */
  apiType?: ApiTypeOption;
  /** Rule levels on top of the config, as `--rule` gives them. */
  rules?: Record<string, RuleSetting['level'] | RuleSetting>;
  config?: ResolvedConfig;
  cwd?: string;
  /** Restrict the run to these rule ids (the rule tests use this). */
  only?: string[];
  /** More directories whose files `$ref`s may read (`--ref-root`); see `referenceRoots`. */
  refRoots?: readonly string[];
}

export interface LintSummary {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
}

export interface LintResult {
  diagnostics: Diagnostic[];
  summary: LintSummary;
  /** Findings that `# apigw-disable-…` comments suppressed; not in `diagnostics` or `summary`. */
  suppressed: SuppressedDiagnostic[];
  /** What was not checked and why (a template's definition kept in S3), one sentence each. */
  notes: string[];
}

/** What linting one loaded source gives. */
export type SourceResult = Omit<LintResult, 'summary'>;

/** Findings that say the import or deployment fails: errors, and a `failsDeploy` rule's at any severity. */
export function deployFailures(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const failing = new Set(allRules.filter((r) => r.meta.failsDeploy).map((r) => r.id));
  return diagnostics.filter((d) => d.severity === 'error' || failing.has(d.ruleId));
}

export function summarize(diagnostics: Diagnostic[], files: number): LintSummary {
  const count = (s: Severity) => diagnostics.filter((d) => d.severity === s).length;
  return { files, errors: count('error'), warnings: count('warning'), infos: count('info') };
}

function displayPathFor(cwd: string) {
  return (abs: string) => {
    const rel = relative(cwd, abs);
    return (rel === '' ? abs : rel).split(sep).join('/');
  };
}

/** The file is not an API definition at all (nor a template that holds one): `apigw lint <dir>` skips such files. */
export class NotAnApiDefinitionError extends UserError {}

/** Refuse what is not an API definition at all (exit 2); an OpenAPI document with problems gets findings. */
function assertApiDocument(source: Source, display: string): void {
  const doc = source.root;
  if (!isObject(doc)) {
    throw new NotAnApiDefinitionError(`not an OpenAPI document: the top level is ${Array.isArray(doc) ? 'a list' : 'a scalar'}, not a mapping`, { file: display });
  }
  if (doc.swagger === undefined && doc.openapi === undefined && doc.paths === undefined) {
    const kind = typeof doc.kind === 'string' && doc.apiVersion !== undefined ? ` (looks like a Kubernetes ${doc.kind})` : doc.AWSTemplateFormatVersion !== undefined || doc.Resources !== undefined ? ' (looks like a CloudFormation template)' : '';
    throw new NotAnApiDefinitionError(`not an OpenAPI document: no "swagger", "openapi" or "paths" at the top level${kind}`, { file: display });
  }
}

/** Every rule id, whether or not a run turns it on: what `# apigw-disable-…` comments may name. */
const knownRuleIds: ReadonlySet<string> = new Set(allRules.map((r) => r.id));

/** Lint one loaded source. */
export function lintSource(source: Source, options: LintOptions = {}): Diagnostic[] {
  return lintLoaded(source, options).diagnostics;
}

/**
 * Lint one loaded source; also what its `# apigw-disable-…` comments suppressed. A CloudFormation
 * or SAM template is linted for each API definition it writes inline (`Body`, `DefinitionBody`),
 * as a REST or an HTTP API after the resource's type.
 */
export function lintLoaded(source: Source, options: LintOptions = {}): SourceResult {
  const cwd = options.cwd ?? process.cwd();
  if (!isCloudFormationTemplate(source.root)) {
    assertApiDocument(source, source.displayPath(cwd));
    return { ...lintDefinition(source, '', options, cwd), notes: [] };
  }
  const { inline, elsewhere } = embeddedDefinitions(source.root);
  const graphs = graphApis(source.root);
  if (inline.length === 0 && graphs.length === 0) {
    throw new NotAnApiDefinitionError(`CloudFormation template without an API definition written inline${elsewhere.length ? `: ${elsewhere.join(', ')}` : ''}`, {
      file: source.displayPath(cwd),
      hint: 'apigw lints the Body of AWS::ApiGateway::RestApi and AWS::ApiGatewayV2::Api and the DefinitionBody of AWS::Serverless::Api and AWS::Serverless::HttpApi; lint a definition kept in its own file directly',
    });
  }
  const diagnostics: Diagnostic[] = [];
  const suppressed: SuppressedDiagnostic[] = [];
  // Two definitions may $ref the same file: what is found there is reported once.
  const seen = new Set<string>();
  const fresh = (d: Diagnostic) => {
    const key = diagnosticKey(d);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
  for (const api of inline) {
    const result = lintDefinition(source, api.pointer, { ...options, apiType: api.apiType }, cwd, api.sam, 'openapi', { source, api: api.resource, resources: resourcesOf(source.root) });
    diagnostics.push(...result.diagnostics.filter(fresh));
    suppressed.push(...result.suppressed.filter(fresh));
  }
  const notes = elsewhere.map((what) => `${source.displayPath(cwd)}: ${what}: the definition is not in the template and was not linted`);
  for (const api of graphs) {
    const read = readGraphApi(source, api);
    const result = lintDefinition(read.source, '', { ...options, apiType: api.apiType }, cwd, undefined, 'resources', read.template);
    diagnostics.push(...result.diagnostics.filter(fresh));
    suppressed.push(...result.suppressed.filter(fresh));
    notes.push(...read.notes.map((n) => `${source.displayPath(cwd)}: ${n}`));
  }
  diagnostics.sort(compareDiagnostics);
  return { diagnostics: diagnostics.sort(compareDiagnostics), suppressed: suppressed.sort(compareDiagnostics), notes };
}

/** Lint the definition at `base` of a source ('' for the whole file). */
function lintDefinition(
  source: Source, base: string, options: LintOptions, cwd: string, sam?: SamAdditions, form: DefinitionForm = 'openapi', template?: TemplateContext,
): { diagnostics: Diagnostic[]; suppressed: SuppressedDiagnostic[] } {
  const set = new SourceSet(source, displayPathFor(cwd), base, { cwd, refRoots: options.refRoots });
  const model = buildModel(set, { apiType: options.apiType ?? 'auto', sam, form, template });
  const config = options.config ?? defaultConfig(cwd);
  const cli = new Map<string, RuleSetting>();
  for (const [id, s] of Object.entries(options.rules ?? {})) cli.set(id, typeof s === 'string' ? { level: s } : s);
  const levels = levelsFor(config, source.path, allRules, cli);
  const active: ActiveRule[] = [];
  for (const rule of allRules) {
    if (options.only && !options.only.includes(rule.id)) continue;
    const setting = levels.get(rule.id);
    if (!setting || setting.level === 'off') continue;
    if (rule.meta.appliesTo !== 'both' && rule.meta.appliesTo !== model.apiType) continue;
    if (rule.meta.forms && !rule.meta.forms.includes(form)) continue;
    active.push({ rule, severity: setting.level, options: { ...rule.defaultOptions, ...setting.options } });
  }
  const suppressed: SuppressedDiagnostic[] = [];
  const diagnostics = runRules(model, active, cwd, knownRuleIds, suppressed);
  return { diagnostics, suppressed };
}

/** Lint files (paths, or `-` for standard input). Unreadable or unparseable input throws `UserError`. */
export async function lint(files: string | string[], options: LintOptions = {}): Promise<LintResult> {
  const list = Array.isArray(files) ? files : [files];
  const cwd = options.cwd ?? process.cwd();
  const diagnostics: Diagnostic[] = [];
  const suppressed: SuppressedDiagnostic[] = [];
  const notes: string[] = [];
  for (const file of list) {
    const display = file === '-' ? '<stdin>' : displayPathFor(cwd)(resolve(cwd, file));
    const source = file === '-' ? loadSource('-', display) : loadSource(resolve(cwd, file), display);
    const result = lintLoaded(source, { ...options, cwd });
    diagnostics.push(...result.diagnostics);
    suppressed.push(...result.suppressed);
    notes.push(...result.notes);
  }
  return { diagnostics, summary: summarize(diagnostics, list.length), suppressed: suppressed.sort(compareDiagnostics), notes };
}

/** Lint text held in memory; `path` names it in findings and resolves relative `$ref`s. */
export function lintText(text: string, path: string, options: LintOptions = {}): LintResult {
  const cwd = options.cwd ?? process.cwd();
  const abs = resolve(cwd, path);
  const source = parseText(text, abs, displayPathFor(cwd)(abs));
  const { diagnostics, suppressed, notes } = lintLoaded(source, { ...options, cwd });
  return { diagnostics, summary: summarize(diagnostics, 1), suppressed, notes };
}

export { allRules as rules };
