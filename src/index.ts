/** apigw as a library: the same results the CLI prints, typed. */
export { deployFailures, lint, lintText, lintSource, rules, summarize } from './lint/index.js';
export type { ApiTypeOption, LintOptions, LintResult, LintSummary, SourceResult } from './lint/index.js';
export { loadConfig, findConfig, defaultConfig } from './lint/config.js';
export type { ResolvedConfig, RuleSetting } from './lint/config.js';
export type { Rule, RuleMeta, RuleContext, Visitors } from './lint/rule.js';
export type { Diagnostic, SuppressedDiagnostic, Severity, Range, Position, RuleDescription } from './report/diagnostic.js';
export { FORMATTERS } from './report/formatters/index.js';
export { UserError } from './errors.js';
export { compileTemplate, Template, RenderSession, requestFromEvent } from './vtl/render.js';
export type { ProxyEvent, RenderOptions, RenderResult } from './vtl/render.js';
export type { TemplateRequest } from './vtl/variables.js';
export { renderFromDefinition } from './vtl/definition.js';
export type { DefinitionRequest, DefinitionRender, DefinitionSource, IntegrationAnswer, TemplateUsed } from './vtl/definition.js';
export { TemplateSyntaxError, TemplateLimitError, TemplateRuntimeError } from './vtl/template.js';
export { renderWebSocketMessage } from './vtl/websocket-render.js';
export type { WebSocketRequest, WebSocketRender, WsTemplateUsed } from './vtl/websocket-render.js';
export {
  evaluateSelectionExpression, selectRoute, selectRequestTemplate as selectWebSocketRequestTemplate, noRouteFrame,
} from './vtl/websocket-selection.js';
export type { RouteSelection, SelectionScope } from './vtl/websocket-selection.js';
export { checkHttpCompat, FEATURES as HTTP_COMPAT_FEATURES } from './compat/index.js';
export type { CompatResult, CompatFeature, CompatLocation, Verdict } from './compat/index.js';
export { compatDiagnostics, COMPAT_RULES } from './compat/diagnostics.js';
export { CONVERT_RULES } from './convert/diagnostics.js';
export { serializeTemplate, ExportLintError } from './export/cfn/index.js';
export type { ExportResult, LintVerdict } from './export/cfn/index.js';
export { exportCloudFormation, type ExportOptions } from './export-with-lint.js';
export { convertToHttpApi, ConvertBlockedError } from './convert/http.js';
export type { ConvertOptions, ConvertResult } from './convert/http.js';
export type { ConvertReport, Change as ConvertChange } from './convert/report.js';
export { createServer } from './serve/server.js';
export { watchServer } from './serve/watch.js';
export type { Reload, WatchingServer, WatchOptions } from './serve/watch.js';
export type { AccessLogEntry, ApiServer, NotEmulated, ServeOptions } from './serve/server.js';
