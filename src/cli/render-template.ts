import { relative, resolve, sep } from 'node:path';
import { runRenderTemplate, type RenderCommand } from '../vtl/run.js';
import type { Io } from './io.js';

export interface RenderTemplateOptions extends Omit<RenderCommand, 'template' | 'cwd' | 'display'> {
  format: 'text' | 'json';
}

export async function renderTemplateCommand(template: string | undefined, opts: RenderTemplateOptions, io: Io): Promise<number> {
  const display = (p: string) => {
    const rel = relative(io.cwd, resolve(io.cwd, p));
    return (rel === '' ? p : rel).split(sep).join('/');
  };
  const abs = (p: string | undefined) => (p === undefined || p === '-' ? p : resolve(io.cwd, p));
  const outcome = runRenderTemplate({
    ...opts, template: abs(template), spec: abs(opts.spec), event: abs(opts.event), integrationResponse: abs(opts.integrationResponse), cwd: io.cwd, display,
  });
  for (const note of outcome.notes) io.stderr(`apigw: ${note}\n`);
  for (const warning of outcome.warnings) io.stderr(`apigw: warning: ${warning}\n`);
  if (opts.format === 'json') {
    const out: Record<string, unknown> = { body: outcome.body };
    if (outcome.statusCode !== undefined) out.statusCode = outcome.statusCode;
    if (outcome.headers) out.headers = outcome.headers;
    io.stdout(JSON.stringify({ statusCode: out.statusCode, headers: out.headers, body: out.body }, null, 2) + '\n');
  } else io.stdout(outcome.body);
  for (const problem of outcome.problems) io.stderr(`apigw: error: ${problem}\n`);
  return outcome.problems.length ? 1 : 0;
}
