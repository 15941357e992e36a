import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/cli.js';

// Another project that depends on apigw: node_modules/apigw links to this package, so Node.js
// and TypeScript resolve it through package.json's exports as they would an installed copy.
const project = mkdtempSync(join(tmpdir(), 'apigw-consumer-'));
mkdirSync(join(project, 'node_modules'));
symlinkSync(ROOT, join(project, 'node_modules', 'apigw'), 'dir');
const write = (name: string, text: string) => writeFileSync(join(project, name), text);
const run = (command: string, args: string[]) => spawnSync(command, args, { cwd: project, encoding: 'utf8', timeout: 120_000 });

const SPEC = JSON.stringify(join(ROOT, 'fixtures/render/api.yaml'));
const USE = `
  const out = [typeof api.lint, typeof api.rules.length];
  const r = await api.renderFromDefinition(${SPEC}, { method: 'POST', path: '/orders/7', body: '{"qty": 1, "note": "n"}' });
  out.push(r.request.body.trim());
  const found = await api.lint(${JSON.stringify(join(ROOT, 'fixtures/lint/int/type-invalid/fail.yaml'))});
  out.push(found.diagnostics.map((d) => d.ruleId).join());
  await api.lint('nope.yaml').catch((e) => out.push(e instanceof api.UserError, e.message));
  console.log(out.join('|'));
`;
const EXPECTED = 'function|number|{"id": "7", "qty": 1, "note": "n"}|int/type-invalid|true|nope.yaml: cannot read: no such file\n';

describe('the package from another project', () => {
  it('works from require()', () => {
    write('use.cjs', `const api = require('apigw');\n(async () => {${USE}})();\n`);
    const r = run(process.execPath, ['use.cjs']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(EXPECTED);
  });

  it('works from import', () => {
    write('use.mjs', `import * as api from 'apigw';\n${USE}\n`);
    const r = run(process.execPath, ['use.mjs']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(EXPECTED);
  });

  it('has types for both: TypeScript resolves index.d.cts for require and index.d.ts for import', () => {
    // Each expect-error line fails the compile if the types were missing (any) rather than right.
    write('use.cts', `import apigw = require('apigw');
const result: Promise<apigw.LintResult> = apigw.lint('api.yaml', { apiType: 'rest' });
const rendered: Promise<apigw.DefinitionRender> = apigw.renderFromDefinition('api.yaml', { method: 'GET', path: '/' });
// @ts-expect-error lint returns a promise
const wrong: number = apigw.lint('api.yaml');
void result; void rendered; void wrong;
`);
    write('use.mts', `import { lint, renderFromDefinition, type DefinitionRender, type LintResult } from 'apigw';
const result: Promise<LintResult> = lint('api.yaml');
const rendered: Promise<DefinitionRender> = renderFromDefinition({ text: '', file: 'api.yaml' }, { method: 'GET', path: '/', integrationResponse: { status: 200 } });
// @ts-expect-error the request needs a path
void renderFromDefinition('api.yaml', { method: 'GET' });
void result; void rendered;
`);
    write('tsconfig.json', JSON.stringify({
      compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', strict: true, noEmit: true, types: ['node'], typeRoots: [join(ROOT, 'node_modules/@types')] },
      files: ['use.cts', 'use.mts'],
    }));
    const r = run(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', '.', '--traceResolution']);
    const resolved = r.stdout.split('\n').filter((l) => l.startsWith("======== Module name 'apigw' was successfully resolved")).map((l) => /to '([^']+)'/.exec(l)![1]!.slice(ROOT.length));
    expect(resolved.sort()).toEqual(['dist/cjs/index.d.cts', 'dist/index.d.ts']);
    expect(r.stdout.split('\n').filter((l) => /error TS/.test(l))).toEqual([]);
    expect(r.status).toBe(0);
  }, 180_000);

  it('publishes both entries, their types and the rule examples apigw rules reads', () => {
    const r = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
    const files = (JSON.parse(r.stdout) as Array<{ files: Array<{ path: string }> }>)[0]!.files.map((f) => f.path);
    expect(files).toEqual(expect.arrayContaining(['dist/index.js', 'dist/index.d.ts', 'dist/cjs/index.cjs', 'dist/cjs/index.d.cts', 'dist/cjs/package.json', 'dist/cjs/lint/index.d.ts', 'dist/rule-examples.json']));
  }, 120_000);
});
