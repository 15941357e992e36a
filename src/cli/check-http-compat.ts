import { checkHttpCompat } from '../compat/index.js';
import { formatCompatJson, formatCompatMarkdown, formatCompatTable } from '../compat/report.js';
import type { Io } from './io.js';

export interface CheckHttpCompatOptions {
  format: 'table' | 'json' | 'markdown';
  failOn: 'blocking' | 'convertible' | 'never';
  refRoot: string[];
}

export async function checkHttpCompatCommand(file: string, opts: CheckHttpCompatOptions, io: Io): Promise<number> {
  const result = await checkHttpCompat(file, { cwd: io.cwd, refRoots: opts.refRoot });
  if (opts.format === 'json') {
    io.stdout(formatCompatJson(result));
    for (const n of result.notes) io.stderr(`apigw: note: ${n}\n`);
  } else io.stdout(opts.format === 'markdown' ? formatCompatMarkdown(result) : formatCompatTable(result, io.color));
  if (opts.failOn === 'never') return 0;
  const worst = opts.failOn === 'blocking' ? ['blocking'] : ['blocking', 'convertible-with-change'];
  return worst.includes(result.verdict) ? 1 : 0;
}
