import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import yaml from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import * as h from '../../scripts/fuzz-harness.mjs';
import {
  checkHttpCompat, compileTemplate, ConvertBlockedError, convertToHttpApi, exportCloudFormation, ExportLintError, lint, rules, UserError,
} from '../../src/index.js';
import { CFN_SCHEMA } from '../../src/document/cfn-tags.js';
import { runRenderTemplate } from '../../src/vtl/run.js';

/**
 * Keys named after Object.prototype's members (`constructor`, `toString`, `__proto__`, …), as
 * keys anywhere and as values, fed to every rule (each on, for REST and for HTTP) and to the
 * library entry of all five commands. Expected outcomes are results, UserError, ExportLintError or
 * ConvertBlockedError; anything else (a TypeError from a lookup that found a function) fails.
 */
const NAMES = h.PROTOTYPE_NAMES;
const ALL_RULES = Object.fromEntries(rules.map((r) => [r.id, 'warning' as const]));
const BASES = ['proto-base-rest.yaml', 'proto-base-http.yaml', 'proto-base-swagger2.json'].map((f) => yaml.load(readFileSync(join('fixtures/hostile', f), 'utf8'), { schema: CFN_SCHEMA }));

const name = fc.constantFrom(...NAMES);
const value = fc.oneof(name, name.map((n) => Object.defineProperty({}, n, { value: n, enumerable: true, writable: true, configurable: true })), name.map((n) => [n]));
const mutation = fc.oneof(
  fc.record({ op: fc.constant('addKey'), at: fc.nat(), key: name, value }),
  fc.record({ op: fc.constant('renameKey'), at: fc.nat(), key: name }),
  fc.record({ op: fc.constant('setLeaf'), at: fc.nat(), value: name }),
);

function expected(err: unknown): boolean {
  return err instanceof UserError || err instanceof ExportLintError || err instanceof ConvertBlockedError;
}

async function settle(what: string, run: () => unknown): Promise<string[]> {
  try {
    await run();
    return [];
  } catch (err) {
    return expected(err) ? [] : [`${what}: ${(err as Error).stack ?? String(err)}`];
  }
}

/** Every command's library entry on one file; what failed unexpectedly. */
async function runEverything(file: string, dir: string, doc: unknown): Promise<string[]> {
  const [op] = h.commandLines(file, doc).filter((c) => c[0] === 'render-template');
  const eventFile = join(dir, 'event.json');
  const keyed = Object.fromEntries(NAMES.map((n) => [n, `v-${n}`]));
  writeFileSync(eventFile, JSON.stringify({ headers: keyed, queryStringParameters: keyed, pathParameters: keyed, stageVariables: keyed, requestContext: keyed, body: JSON.stringify(keyed) }));
  return [
    ...(await settle('lint rest', () => lint(file, { cwd: dir, apiType: 'rest', rules: ALL_RULES }))),
    ...(await settle('lint http', () => lint(file, { cwd: dir, apiType: 'http', rules: ALL_RULES }))),
    ...(await settle('check-http-compat', () => checkHttpCompat(file, { cwd: dir }))),
    ...(await settle('export cfn', () => exportCloudFormation(file, { cwd: dir, lambda: { constructor: 'arn:aws:lambda:us-east-1:123456789012:function:x' } }))),
    ...(await settle('convert http', () => convertToHttpApi(file, { cwd: dir, dropBlocking: true }))),
    ...(await settle('render-template', () => runRenderTemplate({
      spec: file, event: eventFile, method: op![4], path: op![6], cwd: dir, display: (p) => p,
      header: ['constructor: 1'], query: ['toString=2'], pathParam: ['valueOf=3'], stageVar: ['__proto__=4'], context: ['__proto__.polluted=5', 'constructor.prototype=6'],
    }))),
  ];
}

describe('keys named after Object.prototype members', () => {
  const dir = h.scratchDirectory();
  afterAll(() => h.removeDirectory(dir));

  it('never reach the prototype chain in any rule or command', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(BASES.length - 1), fc.array(mutation, { minLength: 1, maxLength: 8 }), fc.constantFrom('yaml', 'json'), async (i, mutations, format) => {
        const doc = h.applyMutations(BASES[i], mutations as h.Mutation[]);
        const { text, ext } = h.renderDocument(doc, { format: format as 'yaml' | 'json', cut: null, flip: null });
        const file = join(dir, `api${ext}`);
        writeFileSync(file, text);
        expect(await runEverything(file, dir, doc)).toEqual([]);
        expect(Object.prototype).not.toHaveProperty('polluted');
      }),
      { seed: 11, numRuns: 60 },
    );
  }, 180_000);

  // String() on a mapping whose own toString and valueOf are strings throws: every value of every
  // base definition, one at a time, becomes such a mapping, through all five commands.
  it('own toString and valueOf keys in place of any value make no command fail', async () => {
    const trap = () => Object.defineProperties({}, { toString: { value: 'x', enumerable: true }, valueOf: { value: 'y', enumerable: true } });
    const problems: string[] = [];
    for (const base of BASES) {
      const paths: Array<Array<string | number>> = [];
      const walk = (v: unknown, p: Array<string | number>) => {
        if (p.length) paths.push(p);
        if (v !== null && typeof v === 'object') for (const k of Object.keys(v)) walk((v as Record<string, unknown>)[k], [...p, Array.isArray(v) ? Number(k) : k]);
      };
      walk(base, []);
      for (const p of paths) {
        const doc = structuredClone(base) as Record<string | number, unknown>;
        let node = doc;
        for (const k of p.slice(0, -1)) node = node[k] as Record<string | number, unknown>;
        node[p[p.length - 1]!] = trap();
        const { text, ext } = h.renderDocument(doc, { format: 'yaml', cut: null, flip: null });
        for (const problem of await h.runAll(text, ext, doc, dir)) problems.push(`${p.join('/')}: ${problem}`);
      }
    }
    expect(problems).toEqual([]);
  }, 180_000);

  it('are plain names to mapping templates: $input, $stageVariables, $context and parsed JSON', () => {
    const keyed = Object.fromEntries(NAMES.map((n) => [n, `v-${n}`]));
    const event = { headers: keyed, queryStringParameters: keyed, pathParameters: keyed, stageVariables: keyed, requestContext: keyed, body: JSON.stringify(keyed) };
    for (const n of NAMES) {
      const t = compileTemplate(`$input.params('${n}')|$input.params().header.get('${n}')|$stageVariables.get('${n}')|$context.get('${n}')|$util.parseJson($input.body).get('${n}')|$input.path('$').get('${n}')`);
      expect(t.render(event)).toBe(Array(6).fill(`v-${n}`).join('|'));
    }
  });
});
