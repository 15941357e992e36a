// The exact output of `apigw lint` over every corpus definition, in each machine and human format,
// kept in fixtures/corpus-lint/ so that a change of structure can show it changed no finding:
// `node scripts/corpus-lint-output.mjs --write` records it, test/lint/corpus-output.test.ts
// compares the built command's output with the record byte for byte.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
export const FORMATS = ['stylish', 'json', 'sarif', 'github', 'junit'];

/** `{ format: { status, stdout } }` of one `apigw lint` over the whole corpus per format. */
export function corpusLintOutput() {
  const manifest = JSON.parse(readFileSync(`${root}fixtures/corpus/manifest.json`, 'utf8'));
  const files = manifest.map((e) => `fixtures/corpus/${e.file}`).sort();
  const out = {};
  for (const format of FORMATS) {
    const r = spawnSync(process.execPath, [`${root}dist/bin/apigw.js`, 'lint', '--no-config', '--format', format, '--no-color', ...files], { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } });
    out[format] = { status: r.status, stdout: r.stdout, stderr: r.stderr };
  }
  return out;
}

export const recordPath = (format) => `${root}fixtures/corpus-lint/lint.${format}.txt`;

if (process.argv.includes('--write')) {
  for (const [format, r] of Object.entries(corpusLintOutput())) {
    writeFileSync(recordPath(format), `exit ${r.status}\n${r.stdout}`);
    console.log(`${format}: exit ${r.status}, ${r.stdout.length} bytes${r.stderr ? `; stderr: ${r.stderr.trim().slice(0, 200)}` : ''}`);
  }
}
