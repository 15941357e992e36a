import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rules } from '../src/lint/rules/index.js';
import { apigw } from './support/cli.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('lists every rule with its current severity and kind', () => {
    const table = readme.slice(readme.indexOf('<!-- rules:start -->'), readme.indexOf('<!-- rules:end -->'));
    const rows = [...table.matchAll(/^\| `([^`]+)` \| (\w+) \| (\w+) \|/gm)].map((m) => `${m[1]} ${m[2]} ${m[3]}`);
    expect(rows).toEqual(rules.map((r) => `${r.id} ${r.meta.defaultSeverity} ${r.meta.appliesTo}`));
  });

  it('shows the two set-up commands that CI and newcomers run', () => {
    expect(readme).toContain('npm install && npx apigw lint fixtures/examples/petstore-rest.yaml');
    expect(readme).toMatch(/^npm test$/m);
    expect(readFileSync(new URL('../.ci/run', import.meta.url), 'utf8')).toMatch(/^npm test$/m);
  });

  it('says what the quick-start lint prints', () => {
    const said = /it prints (\w+)\s+findings and exits (\d) because (\w+) of them are errors/.exec(readme);
    expect(said).not.toBeNull();
    const numbers = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
    const r = apigw(['lint', 'fixtures/examples/petstore-rest.yaml', '--format', 'json']);
    const { summary } = JSON.parse(r.stdout) as { summary: { errors: number; warnings: number; infos: number } };
    expect([numbers.indexOf(said![1]!), Number(said![2]), numbers.indexOf(said![3]!)]).toEqual([summary.errors + summary.warnings + summary.infos, r.status, summary.errors]);
  });

  it('names the packages the Velocity harness needs, as .ci/run and the harness do', () => {
    const ci = readFileSync(new URL('../.ci/run', import.meta.url), 'utf8');
    const run = readFileSync(new URL('../tools/velocity-harness/run', import.meta.url), 'utf8');
    for (const pkg of ['velocity', 'libjsonpath-java', 'libjackson2-databind-java', 'default-jdk-headless']) {
      expect(readme).toMatch(new RegExp(`apt-get install [^\n]*\\b${pkg}\\b`));
      expect(ci).toContain(pkg);
      expect(run).toContain(pkg);
    }
  });
});
