import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadBundle } from '../../src/cli/bundle.js';
import type { Io } from '../../src/cli/io.js';
import type * as Main from '../../src/cli/main.js';
import { apigw, ROOT } from '../support/cli.js';

const BUNDLE = join(ROOT, 'dist/bin/cli.cjs');
// A sibling of dist/bin, so the copy finds package.json and node_modules as the original does.
const tmp = mkdtempSync(join(ROOT, 'dist', 'bundle-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function capture(): { io: Io; out: () => string } {
  let text = '';
  return { io: { stdout: (t) => void (text += t), stderr: (t) => void (text += t), color: false, debug: false, cwd: ROOT }, out: () => text };
}

describe('the command-line bundle', () => {
  it('is built with a code cache this Node.js accepts', () => {
    const { cacheUsed } = loadBundle<typeof Main>(BUNDLE);
    expect(cacheUsed).toBe(true);
  });

  it('still runs when the cache is stale or missing: V8 rejects it and compiles as usual', async () => {
    const file = join(tmp, 'cli.cjs');
    copyFileSync(BUNDLE, file);
    writeFileSync(`${file}.cache`, Buffer.from('not a code cache'));
    const stale = loadBundle<typeof Main>(file);
    expect(stale.cacheUsed).toBe(false);
    const { io, out } = capture();
    expect(await stale.exports.runCli(['lint', 'fixtures/examples/petstore-rest.yaml', '--no-config', '--format', 'json'], io)).toBe(1);
    expect(JSON.parse(out()).summary.errors).toBeGreaterThan(0);

    rmSync(`${file}.cache`);
    expect(loadBundle<typeof Main>(file).cacheUsed).toBe(false);
  });

  it('answers --version from the entry with the package version', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-v']) expect(apigw([flag])).toMatchObject({ status: 0, stdout: `${version}\n` });
  });
});
