import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { VtlCase } from './vtl-cases.js';

/**
 * The reference renderer: Apache Velocity 1.7 with API Gateway's $input, $util, $context and
 * $stageVariables (tools/velocity-harness). It needs a JDK and the Debian packages velocity,
 * libjsonpath-java and libjackson2-databind-java, which .ci/run installs.
 */
export const ORACLE = fileURLToPath(new URL('../../tools/velocity-harness/run', import.meta.url));

let setup: { missing: string | undefined } | undefined;

/** Why the reference renderer cannot run here, or undefined when it can (checked once, and compiled). */
export function oracleMissing(): string | undefined {
  if (!setup) {
    const p = spawnSync(ORACLE, ['--setup'], { encoding: 'utf8', timeout: 300_000 });
    setup = { missing: p.status === 0 ? undefined : (p.stderr.trim() || p.error?.message || `${ORACLE} exited ${p.status}`) };
  }
  return setup.missing;
}

/** Render many cases with one JVM start; returns output or error per case name. */
export function renderWithOracle(cases: VtlCase[]): Record<string, { output?: string; error?: string }> {
  const p = spawnSync(ORACLE, [], { input: JSON.stringify(cases), encoding: 'utf8', maxBuffer: 1 << 28, timeout: 300_000 });
  if (p.status !== 0) throw new Error(`reference renderer failed: ${p.stderr || p.error?.message}`);
  return JSON.parse(p.stdout);
}
