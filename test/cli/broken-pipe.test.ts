import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../support/cli.js';

/**
 * Start a command and close both of its output pipes, as `apigw … 2>&1 | head` does: as soon as
 * it has printed something, or `atOnce`, before it writes. Resolves to how the process ended, or
 * 'hung' after ten seconds.
 */
function closeEarly(args: string[], atOnce = false): Promise<number | string | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve('hung');
    }, 10_000);
    const close = () => {
      child.stdout.destroy();
      child.stderr.destroy();
    };
    if (atOnce) close();
    else child.stdout.once('data', close);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve(code ?? signal);
    });
  });
}

describe('a reader that goes away', () => {
  // The conversion writes the definition to stdout, then its report to stderr: the report meets
  // the closed pipe. Reporting that failure on the same closed pipe once looped for ever.
  it('ends the run quietly when both pipes close early', async () => {
    expect(await closeEarly(['convert', 'http', 'fixtures/convert/swagger2-lift/input.yaml'])).toBe(0);
  });

  // A missing file is reported on stderr, the other file's findings on stdout: both meet closed
  // pipes, and the run still ends with the 2 the missing file calls for.
  it('keeps the exit code a lint run would have had', async () => {
    expect(await closeEarly(['lint', 'fixtures/examples/petstore-rest.yaml', 'fixtures/examples/missing.yaml'], true)).toBe(2);
  });
});
