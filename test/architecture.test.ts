import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findCycles, importGraph, specifiers, type ImportGraph } from '../scripts/check-cycles.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const graph = importGraph(root);

/** Every file reachable from `files` through imports, the files themselves excluded unless reached again. */
function reachable(from: string[]): Set<string> {
  const seen = new Set<string>();
  const stack = [...from];
  while (stack.length > 0) {
    for (const next of graph[stack.pop()!] ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        stack.push(next);
      }
    }
  }
  return seen;
}

const under = (folder: string) => Object.keys(graph).filter((f) => f.startsWith(folder));

describe('import graph of src/', () => {
  it('reads every source file and its relative imports', () => {
    expect(Object.keys(graph).length).toBeGreaterThan(200);
    expect(graph['src/lint/config.ts']).toContain('src/lint/presets.ts');
    // `export … from` counts as an import.
    expect(graph['src/index.ts']).toContain('src/lint/index.ts');
  });

  it('has no import cycle between files', () => {
    expect(findCycles(graph)).toEqual([]);
  });

  it('export does not depend on lint, directly or through another module', () => {
    const direct = under('src/export/').flatMap((f) => graph[f]!.filter((t) => t.startsWith('src/lint/')).map((t) => `${f} -> ${t}`));
    expect(direct).toEqual([]);
    expect([...reachable(under('src/export/'))].filter((f) => f.startsWith('src/lint/'))).toEqual([]);
  });

  it('only the command line (src/cli/, whose index.ts is the bin) imports src/cli/', () => {
    const outside = Object.entries(graph)
      .filter(([file]) => !file.startsWith('src/cli/'))
      .flatMap(([file, targets]) => targets.filter((t) => t.startsWith('src/cli/')).map((t) => `${file} -> ${t}`));
    expect(outside).toEqual([]);
    expect(JSON.parse(readFileSync(`${root}package.json`, 'utf8')).bin).toEqual({ apigw: 'dist/bin/apigw.js' });
    expect(readFileSync(`${root}scripts/bundle.mjs`, 'utf8')).toContain('entryPoints: { apigw: `${root}src/cli/index.ts` }');
  });
});

describe('check-cycles', () => {
  it.each<[string, string, string[]]>([
    ['value import', "import { a } from './a.js';", ['./a.js']],
    ['type import', "import type { A } from '../a.js';", ['../a.js']],
    ['mixed, over lines', "import {\n  a,\n  type B,\n} from './a.js';", ['./a.js']],
    ['re-export', "export { a } from './a.js';\nexport * from './b.js';\nexport type { C } from './c.js';", ['./a.js', './b.js', './c.js']],
    ['side effect and dynamic import', "import './a.js';\nconst m = await import('./b.js');", ['./a.js', './b.js']],
    ['package imports are not files of src/', "import { readFileSync } from 'node:fs';\nimport YAML from 'yaml';", []],
    ['comments are not imports', "// import { a } from './a.js';\n/* export * from './b.js'; */", []],
    ['a string holding // is not a comment', "const u = 'http://x';\nimport { a } from './a.js';", ['./a.js']],
  ])('finds the specifiers of a %s', (_name, text, expected) => {
    expect(specifiers(text).sort()).toEqual(expected);
  });

  it.each<[string, ImportGraph, string[][]]>([
    ['a chain', { a: ['b'], b: ['c'], c: [] }, []],
    ['a diamond', { a: ['b', 'c'], b: ['d'], c: ['d'], d: [] }, []],
    ['two files importing each other', { a: ['b'], b: ['a'] }, [['a', 'b', 'a']]],
    ['a file importing itself', { a: ['a'] }, [['a', 'a']]],
    // The shape that src/lint had: config -> presets -> rule -> directives -> config, and config -> rule.
    [
      'a long cycle with a shortcut',
      { config: ['presets', 'rule'], presets: ['rule'], rule: ['directives'], directives: ['config'] },
      [['config', 'rule', 'directives', 'config']],
    ],
    ['two separate cycles', { a: ['b'], b: ['a'], c: ['d'], d: ['c', 'a'] }, [['a', 'b', 'a'], ['c', 'd', 'c']]],
  ])('reports the cycles of %s', (_name, input, expected) => {
    expect(findCycles(input)).toEqual(expected);
  });
});

describe('docs/architecture.md', () => {
  const doc = readFileSync(`${root}docs/architecture.md`, 'utf8');
  const paths = [...new Set([...doc.matchAll(/\bsrc\/[\w./-]*/g)].map((m) => m[0].replace(/[.]+$/, '')))];

  it('names paths of src/', () => {
    expect(paths.length).toBeGreaterThan(20);
  });

  it.each(paths)('names %s, which exists', (path) => {
    expect(existsSync(`${root}${path}`)).toBe(true);
  });

  it('is linked from the README', () => {
    expect(readFileSync(`${root}README.md`, 'utf8')).toContain('(docs/architecture.md)');
  });
});
