import { type Diagnostic, type Severity, type SuppressedDiagnostic, compareDiagnostics, diagnosticKey } from '../report/diagnostic.js';
import { type Definition, NOUNS, NotAnApiDefinitionError, openDefinitions, openSource } from '../model/open.js';
import type { Source } from '../document/source.js';
import { defaultConfig, levelsFor, type ResolvedConfig, type RuleSetting } from './config.js';
import { type ActiveRule, runRules } from './engine.js';
import { ruleApplies } from './rule.js';
import { rules as allRules } from './rules/index.js';

export type ApiTypeOption = 'rest' | 'http' | 'websocket' | 'auto';

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

export { NotAnApiDefinitionError };

export function summarize(diagnostics: Diagnostic[], files: number): LintSummary {
  const count = (s: Severity) => diagnostics.filter((d) => d.severity === s).length;
  return { files, errors: count('error'), warnings: count('warning'), infos: count('info') };
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
  const opened = openDefinitions(source, { apiType: options.apiType ?? 'auto', cwd, refRoots: options.refRoots });
  if (opened.kind === 'openapi') return { ...lintDefinition(opened.definitions[0]!, { ...options, cwd }), notes: [] };
  if (opened.definitions.length === 0) {
    const found = opened.notes.map((n) => n.what);
    throw new NotAnApiDefinitionError(`CloudFormation template without an API written inline or as resources${found.length ? `: ${found.join(', ')}` : ''}`, {
      file: opened.file,
      hint: 'apigw lints the Body of AWS::ApiGateway::RestApi and AWS::ApiGatewayV2::Api, the DefinitionBody of AWS::Serverless::Api and AWS::Serverless::HttpApi, and REST and HTTP APIs written as Resource/Method or Route/Integration resources; lint a definition kept in its own file directly',
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
  for (const definition of opened.definitions) {
    const result = lintDefinition(definition, { ...options, cwd });
    diagnostics.push(...result.diagnostics.filter(fresh));
    suppressed.push(...result.suppressed.filter(fresh));
  }
  const notes = opened.notes.map((n) => n.kind === 'not-inline'
    ? `${n.file}: ${n.what}: the definition is not in the template and was not linted`
    : `${n.file}: ${n.what}: not linted, --api-type ${opened.apiType} asks for ${NOUNS[opened.apiType]}s only`);
  for (const definition of opened.definitions) notes.push(...definition.unread.map((u) => `${definition.file}: ${u}`));
  return { diagnostics: diagnostics.sort(compareDiagnostics), suppressed: suppressed.sort(compareDiagnostics), notes };
}

/**
 * Lint one opened definition (`openDefinitions`), as its own API type. Export cfn's callers lint
 * the definition they then export, so its model is built once.
 */
export function lintDefinition(definition: Definition, options: LintOptions = {}): { diagnostics: Diagnostic[]; suppressed: SuppressedDiagnostic[] } {
  const cwd = options.cwd ?? process.cwd();
  const model = definition.model;
  const config = options.config ?? defaultConfig(cwd);
  const cli = new Map<string, RuleSetting>();
  for (const [id, s] of Object.entries(options.rules ?? {})) cli.set(id, typeof s === 'string' ? { level: s } : s);
  const levels = levelsFor(config, definition.source.path, allRules, cli);
  const active: ActiveRule[] = [];
  for (const rule of allRules) {
    if (options.only && !options.only.includes(rule.id)) continue;
    const setting = levels.get(rule.id);
    if (!setting || setting.level === 'off') continue;
    if (!ruleApplies(rule.meta.appliesTo, model.apiType)) continue;
    if (rule.meta.forms && !rule.meta.forms.includes(model.form)) continue;
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
    const result = lintLoaded(openSource(file, cwd), { ...options, cwd });
    diagnostics.push(...result.diagnostics);
    suppressed.push(...result.suppressed);
    notes.push(...result.notes);
  }
  return { diagnostics, summary: summarize(diagnostics, list.length), suppressed: suppressed.sort(compareDiagnostics), notes };
}

/** Lint text held in memory; `path` names it in findings and resolves relative `$ref`s. */
export function lintText(text: string, path: string, options: LintOptions = {}): LintResult {
  const cwd = options.cwd ?? process.cwd();
  const { diagnostics, suppressed, notes } = lintLoaded(openSource({ text, file: path }, cwd), { ...options, cwd });
  return { diagnostics, summary: summarize(diagnostics, 1), suppressed, notes };
}

export { allRules as rules };
