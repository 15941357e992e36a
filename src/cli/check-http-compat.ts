import { checkHttpCompat } from '../compat/index.js';
import { COMPAT_RULES, compatDiagnostics } from '../compat/diagnostics.js';
import { formatCompatJson, formatCompatMarkdown, formatCompatTable } from '../compat/report.js';
import { formatFindings } from './findings.js';
import type { Io } from './io.js';

export interface CheckHttpCompatOptions {
  format: 'table' | 'json' | 'markdown' | 'stylish' | 'sarif' | 'github' | 'junit';
  failOn: 'blocking' | 'convertible' | 'never';
  refRoot: string[];
}

export async function checkHttpCompatCommand(file: string, opts: CheckHttpCompatOptions, io: Io): Promise<number> {
  const result = await checkHttpCompat(file, { cwd: io.cwd, refRoots: opts.refRoot });
  if (opts.format === 'table' || opts.format === 'markdown') {
    io.stdout(opts.format === 'markdown' ? formatCompatMarkdown(result) : formatCompatTable(result, io.color));
  } else {
    // json keeps its own shape ({verdict, features, …}); the others print the uses as findings.
    io.stdout(opts.format === 'json'
      ? formatCompatJson(result)
      : formatFindings(opts.format, compatDiagnostics(result), { command: 'apigw check-http-compat', rules: COMPAT_RULES, files: result.file ? [result.file] : [] }, io));
    for (const n of result.notes) io.stderr(`apigw: note: ${n}\n`);
  }
  if (opts.failOn === 'never') return 0;
  const worst = opts.failOn === 'blocking' ? ['blocking'] : ['blocking', 'convertible-with-change'];
  return worst.includes(result.verdict) ? 1 : 0;
}
