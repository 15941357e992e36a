import type { Diagnostic, RuleDescription, Severity } from '../report/diagnostic.js';
import { FEATURES, type Verdict } from './features.js';
import type { CompatResult } from './index.js';

/** Where the verdicts come from: AWS's "Choose between REST APIs and HTTP APIs" (features.ts). */
export const COMPAT_DOCS_URL = 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-vs-rest.html';
/** The check-http-compat section of the README: what every verdict means and how each is printed. */
export const COMPAT_HELP_URI = 'https://github.com/apigw/apigw#apigw-check-http-compat';

/**
 * A verdict as a severity: a blocking use has no HTTP API counterpart (the route is dropped or
 * behaves differently), a convertible one works after a change, a supported one is only reported.
 */
export const VERDICT_SEVERITY: Record<Verdict, Severity> = { blocking: 'error', 'convertible-with-change': 'warning', supported: 'info' };

const PHRASE: Record<Verdict, string> = {
  blocking: 'blocking the move to an HTTP API',
  'convertible-with-change': 'convertible to an HTTP API with a change',
  supported: 'supported by HTTP APIs as it is',
};

export const compatRuleId = (featureId: string) => `compat/${featureId}`;

/** One rule per feature of the table, `compat/<feature-id>`, for SARIF `rules[]`. */
export const COMPAT_RULES: readonly RuleDescription[] = FEATURES.map((f) => ({
  id: compatRuleId(f.id),
  description: `${f.title}: ${PHRASE[f.verdict]}`,
  help: `${f.title} (${f.verdict}): ${f.migration}`,
  defaultSeverity: VERDICT_SEVERITY[f.verdict],
  docsUrl: COMPAT_DOCS_URL,
  helpUri: COMPAT_HELP_URI,
}));

/** The reason of a use without the method it repeats (`GET /pets: …`). */
export function reasonOf(route: string | undefined, detail: string | undefined): string | undefined {
  return route && detail?.startsWith(`${route}: `) ? detail.slice(route.length + 2) : detail;
}

/** `Mock integration in GET /pets: blocking the move to an HTTP API (…)`, for one use. */
export function compatMessage(title: string, verdict: Verdict, route: string | undefined, detail: string | undefined): string {
  const reason = reasonOf(route, detail);
  return `${title}${route ? ` in ${route}` : ''}: ${PHRASE[verdict]}${reason ? ` (${reason})` : ''}`;
}

/** Every use of every feature as a finding, at the use's own verdict; a template's APIs are not repeated. */
export function compatDiagnostics(result: CompatResult): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const f of result.features) {
    for (const l of f.locations) {
      out.push({
        ruleId: compatRuleId(f.id),
        severity: VERDICT_SEVERITY[l.verdict],
        message: compatMessage(f.title, l.verdict, l.route, l.detail),
        file: l.file,
        pointer: l.pointer,
        range: { start: { line: l.line, column: l.column }, end: { line: l.endLine ?? l.line, column: l.endColumn ?? l.column } },
        suggest: f.migration,
        docsUrl: COMPAT_DOCS_URL,
      });
    }
  }
  return out;
}
