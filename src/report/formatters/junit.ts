import type { Diagnostic } from '../diagnostic.js';
import type { FormatContext } from './context.js';

const xml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;')
    // Characters XML 1.0 cannot carry at all.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

const attr = (s: string) => xml(s).replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');

/**
 * One test suite per file, one failing test case per error or warning; infos become passing cases.
 * A file that could not be linted is a suite whose one case has an <error> (JUnit's word for a
 * test that could not run, as opposed to a failure).
 */
export function formatJunit(diagnostics: readonly Diagnostic[], ctx: FormatContext): string {
  const command = xml(ctx.command ?? 'apigw lint');
  const byFile = new Map<string, Diagnostic[]>();
  for (const f of ctx.files) byFile.set(f, []);
  for (const d of diagnostics) {
    if (!byFile.has(d.file)) byFile.set(d.file, []);
    byFile.get(d.file)!.push(d);
  }
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const [file, list] of byFile) {
    const cases = list.length === 0 ? [`    <testcase classname="${xml(file)}" name="${command}"/>`] : list.map((d) => {
      const name = xml(`${d.ruleId} ${d.range.start.line}:${d.range.start.column}`);
      if (d.severity === 'info') return `    <testcase classname="${xml(file)}" name="${name}"/>`;
      return `    <testcase classname="${xml(file)}" name="${name}">\n      <failure type="${d.severity}" message="${attr(d.message)}">${xml(`${file}:${d.range.start.line}:${d.range.start.column} ${d.ruleId} ${d.message} #${d.pointer}`)}</failure>\n    </testcase>`;
    });
    const f = list.filter((d) => d.severity !== 'info').length;
    tests += cases.length;
    failures += f;
    suites.push(`  <testsuite name="${xml(file)}" tests="${cases.length}" failures="${f}" errors="0">\n${cases.join('\n')}\n  </testsuite>`);
  }
  const errors = ctx.failures ?? [];
  for (const f of errors) {
    const where = `${f.file}${f.line === undefined ? '' : `:${f.line}`}${f.line !== undefined && f.column !== undefined ? `:${f.column}` : ''}`;
    const testcase = `    <testcase classname="${xml(f.file)}" name="${command}">\n      <error type="file" message="${attr(f.message)}">${xml(`${where}: ${f.message}`)}</error>\n    </testcase>`;
    suites.push(`  <testsuite name="${xml(f.file)}" tests="1" failures="0" errors="1">\n${testcase}\n  </testsuite>`);
  }
  tests += errors.length;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="${command}" tests="${tests}" failures="${failures}" errors="${errors.length}">\n${suites.join('\n')}\n</testsuites>\n`;
}
