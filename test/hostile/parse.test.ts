// What a parsed definition expands to is bounded the same way in every command, and every
// command takes the nesting lint accepts.
import { describe, expect, it } from 'vitest';
import { apigw } from '../support/cli.js';

const BOMB = 'fixtures/hostile/parse-alias-bomb/api.yaml';

describe('a YAML alias bomb is refused by every command that reads definitions', () => {
  it.each([
    [['lint']],
    [['export', 'cfn']],
    [['convert', 'http']],
    [['check-http-compat']],
  ])('%j exits 2 with one line', (command) => {
    const r = apigw([...command, BOMB]);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`apigw: error: ${BOMB}: document expands to too many nodes (repeated YAML aliases?)\n`);
    expect(r.status).toBe(2);
  });
});

describe('nesting: export and convert take what lint accepts, and say so clearly beyond', () => {
  const DEEP = 'fixtures/hostile/parse-depth-lint-limit/api.json';

  it('lint accepts 395 levels', () => {
    const r = apigw(['lint', DEEP, '--no-config']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it.each([
    [['export', 'cfn', '--format', 'json'], (out: string) => JSON.parse(out).Resources.Api.Properties.Body['x-deep']],
    [['convert', 'http'], (out: string) => JSON.parse(out)['x-deep']],
  ])('%j writes the 395 levels', (command, pick) => {
    const r = apigw([...command, DEEP]);
    expect(r.stderr).not.toMatch(/error/);
    expect(r.status).toBe(0);
    let v = pick(r.stdout);
    let depth = 0;
    while (Array.isArray(v)) {
      v = v[0];
      depth++;
    }
    expect([depth, v]).toEqual([395, 1]);
  });

  it.each([[['export', 'cfn']], [['convert', 'http']]])('%j: files whose inlined references nest past 1,000 levels are refused with the place', (command) => {
    const r = apigw([...command, 'fixtures/hostile/parse-depth-bundled/api.json']);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('apigw: error: fixtures/hostile/parse-depth-bundled/c.json:1:1274: the definition nests deeper than 1000 levels once its $refs to other files are inlined\n');
    expect(r.status).toBe(2);
  });
});
