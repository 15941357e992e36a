import { lookupTable } from '../../document/own.js';
import type { OperationNode } from '../../model/model.js';
import { isGreedy, segments } from './paths.js';

const LOCATION = lookupTable<string>({ path: 'path', query: 'querystring', header: 'header' });

/**
 * Method request parameters a mapping may read: `path.id`, `querystring.q`, `header.x-key`
 * (headers lower-cased). Declared OpenAPI parameters, plus the greedy variable of the path,
 * which API Gateway declares itself (reference lint-rules.md §B.5 map/source-undeclared).
 */
export function declaredRequestParams(op: OperationNode): Set<string> {
  const out = new Set<string>();
  for (const p of op.parameters) {
    const loc = LOCATION[p.in];
    if (!loc) continue;
    const name = loc === 'header' ? p.name.toLowerCase() : p.name.replace(/\+$/, '');
    out.add(`${loc}.${name}`);
    if (loc === 'querystring') out.add(`multivaluequerystring.${name}`);
    if (loc === 'header') out.add(`multivalueheader.${name}`);
  }
  for (const s of segments(op.path)) if (isGreedy(s)) out.add(`path.${s.slice(1, -2)}`);
  return out;
}

/** `method.request.header.X-Key` → `header.x-key`, the form `declaredRequestParams` uses. */
export function requestParamKey(location: string, name: string): string {
  return `${location}.${location === 'header' || location === 'multivalueheader' ? name.toLowerCase() : name}`;
}
