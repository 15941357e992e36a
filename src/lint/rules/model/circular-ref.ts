import { isObject } from '../../../model/detect.js';
import { DOCS } from '../../helpers/docs.js';
import { defineRule } from '../../rule.js';

/** AWS-validated: recursive models import (corpus localstack__openapi.spec.circular-ref*.json), so this is only information. */
export const rule = defineRule({
  id: 'model/circular-ref',
  meta: {
    description: 'A model refers back to itself; API Gateway accepts recursive models, but generated SDKs and some validators do not.',
    category: 'struct', appliesTo: 'rest', defaultSeverity: 'info', forms: ['openapi'], docsUrl: DOCS.knownIssues,
  },
  messages: { circular: 'Model {{name}} refers back to itself ({{cycle}}); API Gateway accepts this' },
  create(ctx) {
    return {
      'Root:exit'(model) {
        const named = new Map(model.schemas.filter((s) => s.name !== undefined).map((s) => [s.name!, s]));
        const refsOf = (value: unknown, out: Set<string>, depth = 0): Set<string> => {
          if (depth > 64) return out;
          if (Array.isArray(value)) value.forEach((v) => refsOf(v, out, depth + 1));
          else if (isObject(value)) {
            const ref = typeof value.$ref === 'string' ? /^#\/(?:definitions|components\/schemas)\/([^/]+)$/.exec(value.$ref)?.[1] : undefined;
            if (ref) out.add(decodeURIComponent(ref.replace(/~1/g, '/').replace(/~0/g, '~')));
            for (const v of Object.values(value)) refsOf(v, out, depth + 1);
          }
          return out;
        };
        const edges = new Map([...named].map(([n, s]) => [n, [...refsOf(s.value, new Set())].filter((r) => named.has(r))]));
        for (const [name, node] of named) {
          // Breadth-first search for a path back to `name`.
          const prev = new Map<string, string>();
          const queue = [...(edges.get(name) ?? [])];
          queue.forEach((n) => prev.set(n, name));
          let found = false;
          while (queue.length && !found) {
            const n = queue.shift()!;
            if (n === name) found = true;
            else for (const m of edges.get(n) ?? []) if (!prev.has(m)) (prev.set(m, n), queue.push(m));
          }
          if (!found) continue;
          const cycle = [name];
          for (let n = prev.get(name)!; n !== name; n = prev.get(n)!) cycle.unshift(n);
          ctx.report({ messageId: 'circular', data: { name, cycle: [name, ...cycle].join(' → ') }, node, on: 'key' });
        }
      },
    };
  },
});
