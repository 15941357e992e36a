import { isReservedHttpHeader } from '../aws/headers.js';
import { isObject } from '../model/detect.js';
import type { IntegrationNode } from '../model/model.js';
import { joinPointer } from '../document/pointer.js';
import { valueText } from './uri.js';

/** A REST mapping source as an HTTP API one (HTTP API parameter mapping). */
function httpSource(value: string): string | undefined {
  const statik = /^'(.*)'$/s.exec(value);
  if (statik) return statik[1]!;
  let m = /^method\.request\.(?:multivalue)?(header|querystring|path)\.(.+)$/.exec(value);
  if (m) return `$request.${m[1]}.${m[2]}`;
  if (value === 'method.request.body') return '$request.body';
  m = /^method\.request\.body\.(.+)$/.exec(value);
  if (m) return `$request.body.${m[1]}`;
  m = /^context\.(.+)$/.exec(value);
  if (m) return `$context.${m[1]}`;
  m = /^stageVariables\.(.+)$/.exec(value);
  if (m) return `$stageVariables.${m[1]}`;
  return undefined;
}

/** What becomes of one REST `requestParameters` entry of an HTTP integration. */
export type MappingPlan =
  | { pointer: string; key: string; raw: unknown; outcome: 'mapped'; target: string; source: string }
  | { pointer: string; key: string; raw: unknown; outcome: 'implied'; reason: string }
  | { pointer: string; key: string; raw: unknown; outcome: 'lost'; reason: string };

/**
 * The REST request parameter mappings of an integration as HTTP API parameter mapping. A path
 * mapping is carried only when the integration uri names the same variable as the route, which
 * HTTP APIs then fill in themselves; anything else is lost, with the reason.
 */
export function planRequestParameters(integ: IntegrationNode): MappingPlan[] {
  const params = isObject(integ.value.requestParameters) ? integ.value.requestParameters : {};
  const uri = valueText(integ.value.uri) ?? '';
  const label = integ.operation.label;
  return Object.entries(params).map(([key, raw]): MappingPlan => {
    const pointer = joinPointer(integ.loc.pointer, 'requestParameters', key);
    const m = /^integration\.request\.(header|querystring|path|multivalueheader|multivaluequerystring)\.(.+)$/.exec(key);
    const source = typeof raw === 'string' ? httpSource(raw) : undefined;
    if (!m || source === undefined) return { pointer, key, raw, outcome: 'lost', reason: `${label}: mapping ${key} ← ${String(raw)} has no HTTP API form` };
    const location = m[1]!.replace('multivalue', '');
    const name = m[2]!;
    if (location === 'path') {
      if ((uri.includes(`{${name}}`) || uri.includes(`{${name}+}`)) && raw === `method.request.path.${name}`) {
        return { pointer, key, raw, outcome: 'implied', reason: `${label}: ${key} removed; HTTP APIs fill {${name}} in the integration uri from the route` };
      }
      return { pointer, key, raw, outcome: 'lost', reason: `${label}: path mapping ${key} ← ${String(raw)} has no HTTP API form (the back end would be called with another URL)` };
    }
    if (location === 'header' && isReservedHttpHeader(name)) return { pointer, key, raw, outcome: 'lost', reason: `${label}: header ${name} is reserved; HTTP API parameter mapping cannot set it` };
    return { pointer, key, raw, outcome: 'mapped', target: `overwrite:${location}.${name}`, source };
  });
}
