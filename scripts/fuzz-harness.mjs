// What the fuzz test (test/fuzz.test.ts) and `npm run fuzz` share: seed documents from the
// repository's fixtures, mutations of them, and one run of all five commands on a mutant, in
// process, through the same entry the bin uses (runCli), so the exit codes are the real ones.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import yaml from 'js-yaml';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const { runCli } = await import(new URL('../dist/cli/main.js', import.meta.url).href);

/** The names a prototype-chain lookup would find on a plain object, and `__proto__`. */
export const PROTOTYPE_NAMES = [...Object.getOwnPropertyNames(Object.prototype), '__proto__'];

/** Definitions under fixtures/ that are mappings (OpenAPI documents and templates), with their text. */
export function seedDocuments() {
  const out = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'hostile' && name !== 'vtl' && name !== 'render') walk(path);
        continue;
      }
      if (!/\.(ya?ml|json)$/.test(name)) continue;
      const text = readFileSync(path, 'utf8');
      let value;
      try {
        value = yaml.load(text, { schema: CFN_SCHEMA });
      } catch {
        continue;
      }
      if (value && typeof value === 'object' && !Array.isArray(value) && (value.openapi || value.swagger || value.paths || value.Resources)) {
        out.push({ name: relative(ROOT, path), value });
      }
    }
  };
  walk(join(ROOT, 'fixtures'));
  return out;
}

// Short-form CloudFormation tags, kept as plain `{ "Fn::…": … }` values for the seeds.
const CFN_SCHEMA = yaml.DEFAULT_SCHEMA.extend(
  ['Ref', 'Sub', 'GetAtt', 'Join', 'If', 'Select', 'Split', 'ImportValue', 'FindInMap', 'Base64', 'Equals', 'Not', 'And', 'Or', 'Condition', 'GetAZs', 'Cidr']
    .flatMap((name) => ['scalar', 'sequence', 'mapping'].map((kind) => new yaml.Type(`!${name}`, {
      kind, construct: (data) => ({ [name === 'Ref' || name === 'Condition' ? name : `Fn::${name}`]: data }),
    }))),
);

/** An object with own properties only, even `__proto__`. */
function own(entries) {
  const out = {};
  for (const [k, v] of entries) Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  return out;
}

function containers(value, path = [], out = []) {
  if (value === null || typeof value !== 'object') return out;
  out.push(path);
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  for (const k of keys) containers(value[k], [...path, k], out);
  return out;
}

function leaves(value, path = [], out = []) {
  if (value === null || typeof value !== 'object') {
    if (path.length) out.push(path);
    return out;
  }
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  for (const k of keys) leaves(value[k], [...path, k], out);
  return out;
}

function get(value, path) {
  return path.reduce((v, k) => v[k], value);
}

function clone(value) {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(clone);
  return own(Object.keys(value).map((k) => [k, clone(value[k])]));
}

/** Replace the node at `path` (the whole document when empty is not allowed). */
function setAt(doc, path, next) {
  if (path.length === 0) return;
  const parent = get(doc, path.slice(0, -1));
  const key = path[path.length - 1];
  if (Array.isArray(parent)) parent[key] = next;
  else Object.defineProperty(parent, key, { value: next, enumerable: true, writable: true, configurable: true });
}

const name = fc.constantFrom(...PROTOTYPE_NAMES);
const scalar = fc.oneof(
  name, fc.constant(null), fc.integer({ min: -5, max: 100000 }), fc.boolean(), fc.string({ maxLength: 12 }),
  fc.constantFrom('', '{proxy+}', '/a/{b}', 'aws_proxy', 'mock', 'http', 'AWS_IAM', '2.0', "'*'", '$ref', '#/x', '\u001b]0;pwn\u0007', '\u001b[31m'),
);
/** A JSON value for a mutation: small, often of the wrong type for where it lands. */
const jsonValue = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('list'), tie('object')),
  list: fc.array(tie('value'), { maxLength: 3 }),
  object: fc.array(fc.tuple(fc.oneof(name, fc.string({ maxLength: 8 })), tie('value')), { maxLength: 3 }).map(own),
})).value;

/** One change to a parsed document. Positions are seeds, taken modulo what the document has. */
export const mutation = fc.oneof(
  fc.record({ op: fc.constant('addKey'), at: fc.nat(), key: name, value: jsonValue }),
  fc.record({ op: fc.constant('renameKey'), at: fc.nat(), key: name }),
  fc.record({ op: fc.constant('setLeaf'), at: fc.nat(), value: jsonValue }),
  fc.record({ op: fc.constant('setContainer'), at: fc.nat(), value: jsonValue }),
  fc.record({ op: fc.constant('drop'), at: fc.nat() }),
  fc.record({ op: fc.constant('copy'), at: fc.nat(), to: fc.nat() }),
);

export function applyMutations(seed, mutations) {
  const doc = clone(seed);
  for (const m of mutations) {
    if (m.op === 'setLeaf' || m.op === 'drop') {
      const all = leaves(doc);
      if (!all.length) continue;
      const path = all[m.at % all.length];
      if (m.op === 'setLeaf') setAt(doc, path, clone(m.value));
      else {
        const parent = get(doc, path.slice(0, -1));
        if (Array.isArray(parent)) parent.splice(path[path.length - 1], 1);
        else delete parent[path[path.length - 1]];
      }
      continue;
    }
    const all = containers(doc);
    const path = all[m.at % all.length];
    const target = get(doc, path);
    if (m.op === 'setContainer') setAt(doc, path, clone(m.value));
    else if (m.op === 'copy') setAt(doc, all[m.to % all.length], clone(target));
    else if (Array.isArray(target)) target.push(m.op === 'addKey' ? clone(m.value) : m.key);
    else if (m.op === 'addKey') setAt(doc, [...path, m.key], clone(m.value));
    else {
      const keys = Object.keys(target);
      if (!keys.length) continue;
      const from = keys[m.at % keys.length];
      const v = target[from];
      delete target[from];
      setAt(doc, [...path, m.key], v);
    }
  }
  return doc;
}

/** How a mutant is written: YAML, pretty JSON or minified JSON, and maybe cut or with a byte changed. */
export const rendering = fc.record({
  format: fc.constantFrom('yaml', 'json', 'min'),
  cut: fc.option(fc.nat(), { freq: 8 }),
  flip: fc.option(fc.tuple(fc.nat(), fc.constantFrom('{', '}', '[', ']', ':', ',', '"', "'", '\n', ' ', '#', '&a', '*a', '!', '\u0000', '\u001b')), { freq: 8 }),
});

export function renderDocument(doc, how) {
  let text = how.format === 'yaml' ? yaml.dump(doc, { noRefs: true, lineWidth: -1 }) : JSON.stringify(doc, null, how.format === 'min' ? undefined : 2);
  if (how.cut !== null) text = text.slice(0, Math.max(1, how.cut % text.length));
  if (how.flip !== null) {
    const at = how.flip[0] % text.length;
    text = text.slice(0, at) + how.flip[1] + text.slice(at + 1);
  }
  return { text, ext: how.format === 'yaml' ? '.yaml' : '.json' };
}

/** The first method and path of a definition, for render-template. */
function firstOperation(doc) {
  const paths = doc && typeof doc === 'object' && doc.paths && typeof doc.paths === 'object' ? doc.paths : {};
  for (const path of Object.keys(paths)) {
    const item = paths[path];
    if (!item || typeof item !== 'object') continue;
    for (const key of Object.keys(item)) {
      if (/^(get|put|post|delete|options|head|patch)$/i.test(key)) return { method: key.toUpperCase(), path };
      if (key === 'x-amazon-apigateway-any-method') return { method: 'ANY', path };
    }
  }
  return { method: 'GET', path: '/' };
}

/** The five commands, as command lines for a definition file. */
export function commandLines(file, doc) {
  const op = firstOperation(doc);
  return [
    ['lint', file, '-f', 'json'],
    ['lint', file, '-f', 'stylish'],
    ['check-http-compat', file, '-f', 'json'],
    ['export', 'cfn', file],
    ['convert', 'http', file, '--drop-blocking', '--report', 'json'],
    ['render-template', '--spec', file, '--method', op.method, '--path', op.path, '--header', 'constructor: x', '--query', 'toString=y', '--stage-var', '__proto__=z'],
  ];
}

/** Run every command on `text`; what went wrong, one string each (empty when all is well). */
export async function runAll(text, ext, doc, dir) {
  const file = join(dir, `api${ext}`);
  writeFileSync(file, text);
  const problems = [];
  for (const args of commandLines(file, doc)) {
    let stderr = '';
    const io = { stdout: () => {}, stderr: (t) => { stderr += t; }, color: false, debug: true, cwd: dir };
    let code;
    try {
      code = await runCli(args, io);
    } catch (err) {
      problems.push(`${args.join(' ')}: threw ${err && err.stack}`);
      continue;
    }
    if (code !== 0 && code !== 1 && code !== 2) problems.push(`${args.join(' ')}: exit ${code}`);
    if (/internal error/.test(stderr)) problems.push(`${args.join(' ')}: ${stderr.trim().split('\n').slice(0, 6).join(' | ')}`);
  }
  return problems;
}

export function scratchDirectory() {
  return mkdtempSync(join(tmpdir(), 'apigw-fuzz-'));
}

export function removeDirectory(dir) {
  rmSync(dir, { recursive: true, force: true });
}
