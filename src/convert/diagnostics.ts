import type { Diagnostic, Range, RuleDescription, Severity } from '../report/diagnostic.js';
import type { Change } from './report.js';

/** AWS's page on importing an OpenAPI definition as an HTTP API: what it keeps, ignores and refuses. */
export const CONVERT_DOCS_URL = 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-open-api.html';
/** The convert http section of the README: every rewrite the conversion makes. */
export const CONVERT_HELP_URI = 'https://github.com/apigw/apigw#apigw-convert-http';

type Action = Change['action'];

/**
 * A lost behaviour is a call that now fails or behaves unlike the REST API (warning, or error
 * when it blocks the conversion); the other changes keep the behaviour and are only reported.
 */
export const ACTION_SEVERITY: Record<Action, Severity> = { lost: 'warning', removed: 'info', rewritten: 'info', added: 'info', lifted: 'info' };

const DESCRIPTION: Record<Action, string> = {
  rewritten: 'A REST construct rewritten as its HTTP API counterpart',
  lifted: 'A Swagger 2.0 construct moved to its OpenAPI 3.0 place',
  added: 'An HTTP API construct added in place of REST ones',
  removed: 'A REST-only setting removed that an HTTP API has no use for',
  lost: 'A REST behaviour the HTTP API does not keep',
};

export const convertRuleId = (action: Action) => `convert/${action}`;

/** One rule per kind of change, `convert/<action>`, for SARIF `rules[]`. */
export const CONVERT_RULES: readonly RuleDescription[] = (['added', 'lifted', 'lost', 'removed', 'rewritten'] as const).map((a) => ({
  id: convertRuleId(a),
  description: DESCRIPTION[a],
  defaultSeverity: ACTION_SEVERITY[a],
  docsUrl: CONVERT_DOCS_URL,
  helpUri: CONVERT_HELP_URI,
}));

/** One change as a finding; `blocking` when it is why nothing was written. */
export function changeDiagnostic(change: Change, file: string, range: Range, blocking = false): Diagnostic {
  return {
    ruleId: convertRuleId(change.action),
    severity: blocking ? 'error' : ACTION_SEVERITY[change.action],
    message: change.detail,
    file,
    pointer: change.pointer,
    range,
    docsUrl: CONVERT_DOCS_URL,
  };
}
