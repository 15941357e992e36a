/** apigw as a library: the same results the CLI prints, typed. */
export { lint, lintText, lintSource, rules, summarize } from './lint/index.js';
export type { ApiTypeOption, LintOptions, LintResult, LintSummary } from './lint/index.js';
export { loadConfig, findConfig, defaultConfig } from './lint/config.js';
export type { ResolvedConfig, RuleSetting } from './lint/config.js';
export type { Rule, RuleMeta, RuleContext, Visitors } from './lint/rule.js';
export type { Diagnostic, Severity, Range, Position } from './report/diagnostic.js';
export { FORMATTERS } from './report/formatters/index.js';
export { UserError } from './errors.js';
export { compileTemplate, Template, RenderSession, requestFromEvent } from './vtl/render.js';
export type { ProxyEvent, RenderOptions, RenderResult } from './vtl/render.js';
export type { TemplateRequest } from './vtl/variables.js';
export { TemplateSyntaxError, TemplateLimitError, TemplateRuntimeError } from './vtl/template.js';
export { checkHttpCompat, FEATURES as HTTP_COMPAT_FEATURES } from './compat/index.js';
export type { CompatResult, CompatFeature, CompatLocation, Verdict } from './compat/index.js';
export { exportCloudFormation, serializeTemplate, ExportLintError } from './export/cfn/index.js';
export type { ExportOptions, ExportResult } from './export/cfn/index.js';
