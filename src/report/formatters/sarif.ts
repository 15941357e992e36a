import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { Diagnostic } from '../diagnostic.js';
import type { FormatContext } from './context.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/** SARIF 2.1.0 with the full rule list, so viewers can show every rule's help. */
export function formatSarif(diagnostics: readonly Diagnostic[], ctx: FormatContext): string {
  const rules: ReportingDescriptor[] = ctx.rules.map((r) => ({
    id: r.id,
    shortDescription: { text: r.description },
    helpUri: r.docsUrl,
    defaultConfiguration: { level: r.defaultSeverity === 'off' ? 'none' : LEVEL[r.defaultSeverity], enabled: r.defaultSeverity !== 'off' },
  }));
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const results: Result[] = diagnostics.map((d) => {
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
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
