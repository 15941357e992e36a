import { setOwn, textOf } from '../document/own.js';
import { isObject } from '../model/detect.js';
import type { Change } from './report.js';

type Json = Record<string, unknown>;

/**
 * Point Swagger 2 local references at their OpenAPI 3 places. The document shares the subtrees
 * that do not change with the parsed definition (copying them would double the memory of a
 * large conversion), so a node is copied only when a reference under it changes.
 */
function rewriteRefs(node: unknown, fresh: WeakSet<object>): unknown {
  if (Array.isArray(node)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < node.length; i++) {
      const v = node[i] !== null && typeof node[i] === 'object' ? rewriteRefs(node[i], fresh) : node[i];
      if (v !== node[i]) (out ??= fresh.has(node) ? node : [...node])[i] = v;
    }
    return out ?? node;
  }
  if (!isObject(node)) return node;
  let out: Json | undefined;
  for (const k of Object.keys(node)) {
    const v = node[k];
    let next = v;
    if (k === '$ref' && typeof v === 'string') {
      next = v.replace(/^#\/definitions\//, '#/components/schemas/').replace(/^#\/parameters\//, '#/components/parameters/').replace(/^#\/responses\//, '#/components/responses/');
    } else if (v !== null && typeof v === 'object') next = rewriteRefs(v, fresh);
    if (next !== v) setOwn((out ??= fresh.has(node) ? node : { ...node }), k, next);
  }
  return out ?? node;
}

/** A Swagger 2 parameter's type keywords move under `schema` in OpenAPI 3. */
function parameter(p: Json): Json {
  if (p.$ref !== undefined || p.in === 'body' || p.in === 'formData') return p;
  const { type, format, items, enum: en, default: def, minimum, maximum, pattern, collectionFormat: _c, ...rest } = p;
  void _c;
  const schema: Json = {};
  for (const [k, v] of Object.entries({ type, format, items, enum: en, default: def, minimum, maximum, pattern })) if (v !== undefined) schema[k] = v;
  return Object.keys(schema).length ? { ...rest, schema } : rest;
}

/**
 * Lift a Swagger 2.0 definition to OpenAPI 3.0 (HTTP APIs import 3.0 only): servers from
 * host/basePath/schemes, components from definitions and securityDefinitions, request bodies
 * from body parameters, response content from response schemas.
 */
export function liftSwagger2(doc: Json, changes: Change[], base = ''): Json {
  // What the lift builds itself is rewritten in place; only what it shares is copied.
  const fresh = new WeakSet<object>();
  const own = <T extends object>(o: T): T => (fresh.add(o), o);
  const out: Json = own({ openapi: '3.0.1' });
  for (const [k, v] of Object.entries(doc)) {
    if (['swagger', 'host', 'basePath', 'schemes', 'consumes', 'produces', 'definitions', 'securityDefinitions', 'parameters', 'responses'].includes(k)) continue;
    setOwn(out, k, v);
  }
  if (doc.host !== undefined || doc.basePath !== undefined) {
    const scheme = Array.isArray(doc.schemes) && doc.schemes.includes('https') ? 'https' : Array.isArray(doc.schemes) ? textOf(doc.schemes[0]) : 'https';
    out.servers = [{ url: `${scheme}://${textOf(doc.host ?? 'localhost')}${textOf(doc.basePath ?? '')}` }];
  }
  const produces = Array.isArray(doc.produces) ? doc.produces.map(String) : ['application/json'];
  const consumes = Array.isArray(doc.consumes) ? doc.consumes.map(String) : ['application/json'];
  const components: Json = {};
  if (isObject(doc.definitions)) components.schemas = doc.definitions;
  if (isObject(doc.securityDefinitions)) components.securitySchemes = doc.securityDefinitions;
  if (isObject(doc.parameters)) components.parameters = Object.fromEntries(Object.entries(doc.parameters).map(([k, v]) => [k, isObject(v) ? parameter(v) : v]));
  if (isObject(doc.responses)) components.responses = doc.responses;
  const paths: Json = own({});
  for (const [path, item] of Object.entries(isObject(doc.paths) ? doc.paths : {})) {
    if (!isObject(item)) continue;
    const newItem: Json = own({});
    for (const [key, op] of Object.entries(item)) {
      if (key === 'parameters' && Array.isArray(op)) {
        setOwn(newItem, key, op.map((p) => (isObject(p) ? parameter(p) : p)));
        continue;
      }
      const isOperation = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'x-amazon-apigateway-any-method'].includes(key);
      if (!isOperation || !isObject(op)) {
        setOwn(newItem, key, op);
        continue;
      }
      const { parameters, consumes: opConsumes, produces: opProduces, responses, ...rest } = op;
      const newOp: Json = own({ ...rest });
      const params = Array.isArray(parameters) ? parameters.filter(isObject) : [];
      const body = params.find((p) => p.in === 'body');
      const kept = params.filter((p) => p.in !== 'body' && p.in !== 'formData').map(parameter);
      if (kept.length) newOp.parameters = own(kept);
      if (body) {
        const types = Array.isArray(opConsumes) ? opConsumes.map(String) : consumes;
        newOp.requestBody = { required: body.required === true, content: Object.fromEntries(types.map((t) => [t, { schema: body.schema ?? {} }])) };
      }
      if (isObject(responses)) {
        const types = Array.isArray(opProduces) ? opProduces.map(String) : produces;
        newOp.responses = own(Object.fromEntries(Object.entries(responses).map(([status, r]) => {
          if (!isObject(r) || r.$ref !== undefined) return [status, r];
          const { schema, headers, ...restR } = r;
          const nr: Json = own({ ...restR });
          if (nr.description === undefined) nr.description = `${status} response`;
          if (isObject(headers)) nr.headers = Object.fromEntries(Object.entries(headers).map(([h, v]) => [h, isObject(v) && v.schema === undefined ? { schema: { ...v } } : v]));
          if (schema !== undefined) nr.content = Object.fromEntries(types.map((t) => [t, { schema }]));
          return [status, nr];
        })));
      } else newOp.responses = responses;
      setOwn(newItem, key, newOp);
    }
    setOwn(paths, path, newItem);
  }
  out.paths = paths;
  if (Object.keys(components).length) out.components = { ...(isObject(out.components) ? out.components : {}), ...components };
  changes.push({ action: 'lifted', pointer: `${base}/swagger`, detail: 'Swagger 2.0 became OpenAPI 3.0.1 (servers, components, request bodies and response content rewritten)' });
  return rewriteRefs(out, fresh) as Json;
}
