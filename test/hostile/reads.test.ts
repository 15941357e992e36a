// Every input apigw reads is bounded: a device, a pipe that never ends or a huge file is refused
// with one line and exit 2, never read without end.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { apigw, BIN } from '../support/cli.js';

describe('the definition named on the command line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'apigw-reads-'));
  const big = join(dir, 'big.yaml');
  writeFileSync(big, '');
  truncateSync(big, 128 * 1024 * 1024 + 1);

  it.each([
    [['lint']],
    [['check-http-compat']],
    [['export', 'cfn']],
    [['convert', 'http']],
  ])('%j: a file over 128 MiB is refused before it is read', (command) => {
    const r = apigw([...command, 'big.yaml'], { cwd: dir });
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('apigw: error: big.yaml: file is larger than 128 MiB, the most apigw reads\n');
    expect(r.status).toBe(2);
  });

  it.each(['/dev/zero', '/dev/urandom'])('%s (it never ends) is refused from its first bytes', (device) => {
    const r = apigw(['lint', device], { cwd: dir });
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(new RegExp(`^apigw: error: (\\.\\./)+${device.slice(1)}: binary file, not YAML or JSON\\n$`));
    expect(r.status).toBe(2);
  });

  it('standard input that never ends (yes | apigw lint -) is read up to the same cap', () => {
    const r = spawnSync('sh', ['-c', `yes 'a: b' | "${process.execPath}" "${BIN}" lint -`], { cwd: dir, encoding: 'utf8', timeout: 60_000, env: { ...process.env, NO_COLOR: '1' } });
    expect(r.stderr).toBe('apigw: error: <stdin>: file is larger than 128 MiB, the most apigw reads\n');
    expect(r.status).toBe(2);
  });
});
