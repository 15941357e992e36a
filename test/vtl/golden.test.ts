import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileTemplate } from '../../src/vtl/render.js';

const root = fileURLToPath(new URL('../../fixtures/vtl/', import.meta.url));
const cases = readdirSync(root).sort();

// Each fixture's source.txt says where expected.txt came from.
describe('golden mapping templates', () => {
  it.each(cases)('%s', async (name) => {
    const template = readFileSync(`${root}${name}/template.vtl`, 'utf8');
    const event = JSON.parse(readFileSync(`${root}${name}/event.json`, 'utf8'));
    expect(readFileSync(`${root}${name}/source.txt`, 'utf8')).toMatch(/rendered by|AWS/);
    await expect(compileTemplate(template).render(event)).toMatchFileSnapshot(`${root}${name}/expected.txt`);
  });
});
