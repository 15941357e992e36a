import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rules } from '../src/lint/rules/index.js';

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
});
