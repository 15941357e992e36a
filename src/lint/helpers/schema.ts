import { at, type SchemaNode } from '../../model/model.js';
import type { Loc } from '../../document/refs.js';
import { isObject } from './values.js';

const SINGLE = ['items', 'not', 'additionalProperties'];
const LISTS = ['allOf', 'anyOf', 'oneOf', 'items'];
const MAPS = ['properties', 'patternProperties', 'definitions'];

type Flat = Array<[Record<string, unknown>, Loc]>;

/** Visit a schema and every schema nested in it, stopping at `$ref`s (checked where defined). */
export function walkSchema(node: SchemaNode, visit: (schema: Record<string, unknown>, loc: Loc) => void): void {
  for (const [schema, loc] of flatten(node)) visit(schema, loc);
}

/** Several rules walk the same schemas: flatten each once and keep it on the node. */
const flattened = new WeakMap<SchemaNode, Flat>();

function flatten(node: SchemaNode): Flat {
  let out = flattened.get(node);
  if (out) return out;
  out = [];
  const list = out;
  const visit = (schema: Record<string, unknown>, loc: Loc) => list.push([schema, loc]);
  const seen = new Set<unknown>();
  const go = (value: unknown, loc: Loc, depth: number) => {
    if (!isObject(value) || seen.has(value) || depth > 64 || typeof value.$ref === 'string') return;
    seen.add(value);
    visit(value, loc);
    for (const k of SINGLE) if (isObject(value[k])) go(value[k], at(loc, k), depth + 1);
    for (const k of LISTS) {
      const list = value[k];
      if (Array.isArray(list)) list.forEach((s, i) => go(s, at(loc, k, i), depth + 1));
    }
    for (const k of MAPS) {
      const map = value[k];
      if (isObject(map)) for (const [name, s] of Object.entries(map)) go(s, at(loc, k, name), depth + 1);
    }
  };
  go(node.value, node.loc, 0);
  flattened.set(node, out);
  return out;
}

/** A rule that reports every schema carrying `keyword` (NOTES lists unsupported keywords). */
export function schemasWithKeyword(node: SchemaNode, keyword: string, report: (schema: Record<string, unknown>, loc: Loc) => void): void {
  walkSchema(node, (schema, loc) => {
    if (schema[keyword] !== undefined) report(schema, loc);
  });
}
