import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SHARED } from './shared.js';
import type { VtlCase } from './vtl-cases.js';

/** The Apache Velocity 1.7 reference renderer in ../shared (CI installs its Debian packages). */
export const ORACLE = join(SHARED, 'tools/vtl-oracle/render');

export function oracleMissing(): string | undefined {
  if (!existsSync(ORACLE)) return `${ORACLE} is absent`;
  if (spawnSync('java', ['-version']).status !== 0) return 'no java on PATH';
  if (!existsSync('/usr/share/java/velocity-1.7.jar')) return 'Debian packages velocity, libjsonpath-java and libjackson2-databind-java are not installed';
  return undefined;
}

/** Render many cases with one JVM start; returns output or error per case name. */
export function renderWithOracle(cases: VtlCase[]): Record<string, { output?: string; error?: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'apigw-oracle-'));
  for (const c of cases) writeFileSync(join(dir, `${c.name}.json`), JSON.stringify(c));
  const p = spawnSync(ORACLE, ['--dump', dir], { encoding: 'utf8', maxBuffer: 1 << 28, timeout: 300_000 });
  if (p.status !== 0) throw new Error(`reference renderer failed: ${p.stderr}`);
  return JSON.parse(p.stdout);
}
