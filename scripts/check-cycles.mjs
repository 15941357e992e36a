#!/usr/bin/env node
// Import graph of src/: reads the relative `import … from`, `export … from` and `import('…')`
// specifiers of every src/**/*.ts file (type-only imports included: a cycle of types is still a
// cycle in the design) and reports every cycle between files.
//
//   node scripts/check-cycles.mjs            # prints the cycles, exits 1 if there is any
//   node scripts/check-cycles.mjs --json     # {"files": n, "cycles": [[a, b, …, a], …]}
//
// Also exported for the architecture test: importGraph(root) and findCycles(graph).
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function tsFiles(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...tsFiles(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(path);
  }
  return out.sort();
}

/** Strips comments so that an example `import` in a doc comment does not count. */
function stripComments(text) {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    const next = text[i + 1];
    if (c === '/' && next === '/') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 2;
    } else if (c === "'" || c === '"' || c === '`') {
      // Copy string literals whole so that `//` inside one is not taken for a comment.
      let j = i + 1;
      while (j < text.length && text[j] !== c) j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

const specifierPatterns = [
  /\bimport\s+(?:type\s+)?[^'";]*?\bfrom\s*['"]([^'"]+)['"]/g,
  /\bexport\s+(?:type\s+)?(?:\*(?:\s+as\s+\w+)?|\{[^}]*\})\s*from\s*['"]([^'"]+)['"]/g,
  /\bimport\s*['"]([^'"]+)['"]/g,
  /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
];

/** The relative specifiers of one file's source text. */
export function specifiers(text) {
  const code = stripComments(text);
  const found = new Set();
  for (const pattern of specifierPatterns) {
    for (const match of code.matchAll(pattern)) found.add(match[1]);
  }
  return [...found].filter((s) => s.startsWith('.'));
}

function resolveSpecifier(fromFile, specifier) {
  const base = resolve(dirname(fromFile), specifier);
  const candidates = [base.replace(/\.js$/, '.ts'), base, `${base}.ts`, join(base, 'index.ts')];
  return candidates.find((c) => c.endsWith('.ts') && existsSync(c));
}

/** { 'src/a.ts': ['src/b.ts', …] } over every .ts file under `root`/src, paths relative to `root`. */
export function importGraph(root = repoRoot, folder = 'src') {
  const graph = {};
  for (const file of tsFiles(join(root, folder))) {
    const key = relative(root, file).split(sep).join('/');
    const targets = new Set();
    for (const specifier of specifiers(readFileSync(file, 'utf8'))) {
      const target = resolveSpecifier(file, specifier);
      if (target) targets.add(relative(root, target).split(sep).join('/'));
    }
    graph[key] = [...targets].sort();
  }
  return graph;
}

/**
 * Every strongly connected component of more than one file (or a file importing itself), each
 * given as one cycle through it, starting and ending at its first file in sorted order.
 */
export function findCycles(graph) {
  // Tarjan's algorithm, iterative.
  let index = 0;
  const indexOf = new Map();
  const low = new Map();
  const onStack = new Set();
  const stack = [];
  const components = [];
  for (const start of Object.keys(graph)) {
    if (indexOf.has(start)) continue;
    const work = [[start, 0]];
    indexOf.set(start, index);
    low.set(start, index++);
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      const [node, i] = frame;
      const edges = graph[node] ?? [];
      if (i < edges.length) {
        frame[1]++;
        const next = edges[i];
        if (!indexOf.has(next)) {
          indexOf.set(next, index);
          low.set(next, index++);
          stack.push(next);
          onStack.add(next);
          work.push([next, 0]);
        } else if (onStack.has(next)) {
          low.set(node, Math.min(low.get(node), indexOf.get(next)));
        }
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1][0];
        low.set(parent, Math.min(low.get(parent), low.get(node)));
      }
      if (low.get(node) === indexOf.get(node)) {
        const component = [];
        let member;
        do {
          member = stack.pop();
          onStack.delete(member);
          component.push(member);
        } while (member !== node);
        const selfLoop = component.length === 1 && (graph[node] ?? []).includes(node);
        if (component.length > 1 || selfLoop) components.push(component.sort());
      }
    }
  }
  return components.sort((a, b) => a[0].localeCompare(b[0])).map((component) => cycleThrough(graph, component));
}

/** A shortest path from the component's first file back to itself, staying inside the component. */
function cycleThrough(graph, component) {
  const members = new Set(component);
  const start = component[0];
  const previous = new Map();
  const queue = [start];
  for (let q = 0; q < queue.length; q++) {
    const node = queue[q];
    for (const next of graph[node] ?? []) {
      if (!members.has(next)) continue;
      if (next === start) return rebuild(previous, node, start);
      if (!previous.has(next)) {
        previous.set(next, node);
        queue.push(next);
      }
    }
  }
  return [start, start];
}

function rebuild(previous, last, start) {
  const path = [];
  for (let at = last; at !== start; at = previous.get(at)) path.unshift(at);
  return [start, ...path, start];
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const graph = importGraph();
  const cycles = findCycles(graph);
  if (process.argv.includes('--json')) {
    process.stdout.write(`${JSON.stringify({ files: Object.keys(graph).length, cycles }, null, 2)}\n`);
  } else if (cycles.length === 0) {
    process.stdout.write(`No import cycles among ${Object.keys(graph).length} files under src/.\n`);
  } else {
    for (const cycle of cycles) process.stdout.write(`cycle: ${cycle.join(' -> ')}\n`);
  }
  process.exitCode = cycles.length === 0 ? 0 : 1;
}
