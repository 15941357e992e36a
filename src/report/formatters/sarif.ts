import type { Log, ReportingDescriptor, Result } from 'sarif';
import { compareDiagnostics, type Diagnostic, type SuppressedDiagnostic } from '../diagnostic.js';
import type { FormatContext } from './context.js';
import { ruleDocsUri } from '../rule-docs-uri.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/** The suppressed findings in their places among the others, whose order is kept as given. */
function mergeSorted(diagnostics: readonly Diagnostic[], suppressed: readonly SuppressedDiagnostic[]): Array<Diagnostic | SuppressedDiagnostic> {
  const out: Array<Diagnostic | SuppressedDiagnostic> = [];
  let j = 0;
  for (const d of diagnostics) {
    while (j < suppressed.length && compareDiagnostics(suppressed[j]!, d) < 0) out.push(suppressed[j++]!);
    out.push(d);
  }
  while (j < suppressed.length) out.push(suppressed[j++]!);
  return out;
}

/**
 * SARIF 2.1.0 with the full rule list, so viewers can show every rule's help. Findings that a
 * `# apigw-disable-…` comment suppressed are results too, with an `inSource` suppression and the
 * comment's reason as its justification: code-scanning viewers show them as dismissed.
 */
export function formatSarif(diagnostics: readonly Diagnostic[], ctx: FormatContext): string {
  const rules: ReportingDescriptor[] = ctx.rules.map((r) => ({
    id: r.id,
    shortDescription: { text: r.description },
    // The rule's page (docs/rules/<id>.md); the AWS page it rests on is in its help text.
    helpUri: r.helpUri ?? ruleDocsUri(r.id),
    help: { text: `${r.help ?? r.description} Source: ${r.docsUrl}` },
    defaultConfiguration: { level: r.defaultSeverity === 'off' ? 'none' : LEVEL[r.defaultSeverity], enabled: r.defaultSeverity !== 'off' },
  }));
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const failures = ctx.failures ?? [];
  const all = mergeSorted(diagnostics, ctx.suppressed ?? []);
  const results: Result[] = all.map((d) => {
    const result: Result = {
      ruleId: d.ruleId,
      level: LEVEL[d.severity],
      message: { text: d.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: encodeURI(d.file), uriBaseId: '%SRCROOT%' },
            region: { startLine: d.range.start.line, startColumn: d.range.start.column, endLine: d.range.end.line, endColumn: d.range.end.column },
          },
          logicalLocations: [{ fullyQualifiedName: `#${d.pointer}`, kind: 'member' }],
        },
      ],
    };
    const i = index.get(d.ruleId);
    if (i !== undefined) result.ruleIndex = i;
    if ('suppression' in d) {
      result.suppressions = [{ kind: 'inSource', ...(d.suppression.justification ? { justification: d.suppression.justification } : {}) }];
    }
    if (d.via) {
      result.relatedLocations = [
        {
          id: 0,
          message: { text: `referenced from #${d.via.pointer}` },
          physicalLocation: {
            artifactLocation: { uri: encodeURI(d.via.file), uriBaseId: '%SRCROOT%' },
            ...(d.via.range ? { region: { startLine: d.via.range.start.line, startColumn: d.via.range.start.column } } : {}),
          },
        },
      ];
    }
    return result;
  });
  const log: Log = {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: { driver: { name: 'apigw', version: ctx.version, informationUri: 'https://github.com/apigw/apigw', rules } },
        // Files that could not be linted are notifications of a run that did not succeed, not results.
        invocations: [
          {
            executionSuccessful: failures.length === 0,
            ...(failures.length ? {
              toolExecutionNotifications: failures.map((f) => ({
                level: 'error' as const,
                message: { text: f.message },
                locations: [{
                  physicalLocation: {
                    artifactLocation: { uri: encodeURI(f.file), uriBaseId: '%SRCROOT%' },
                    ...(f.line === undefined ? {} : { region: { startLine: f.line, ...(f.column === undefined ? {} : { startColumn: f.column }) } }),
                  },
                }],
              })),
            } : {}),
          },
        ],
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
