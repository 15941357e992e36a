import { CONTEXT_VARIABLES } from '../../aws/context-variables.js';
import { PARAM_NAME, REST_PARAM_LOCATIONS } from './aws.js';

/** One REST mapping expression (data mapping reference, request-response-data-mappings.html). */
export type RestSource =
  | { kind: 'param'; side: 'method.request' | 'integration.response'; location: string; name: string }
  | { kind: 'body'; side: 'method.request' | 'integration.response' }
  | { kind: 'static' }
  | { kind: 'context'; name: string }
  | { kind: 'stageVariable'; name: string }
  | { kind: 'invalid' };

const RESPONSE_LOCATIONS = ['header', 'multivalueheader'];

const PARAM_SOURCE = {
  request: /^method\.request\.([a-z]+)\.(.+)$/,
  response: /^integration\.response\.([a-z]+)\.(.+)$/,
};

/** Parse the value side of a REST `requestParameters` or `responseParameters` entry. */
export function parseRestSource(value: string, side: 'request' | 'response'): RestSource {
  if (/^'.*'$/s.test(value)) return { kind: 'static' };
  let m = /^stageVariables\.(.+)$/.exec(value);
  if (m) return { kind: 'stageVariable', name: m[1]! };
  m = /^context\.(.+)$/.exec(value);
  if (m) return { kind: 'context', name: m[1]! };
  const prefix = side === 'request' ? 'method.request' : 'integration.response';
  if (value === `${prefix}.body` || value.startsWith(`${prefix}.body.`)) return { kind: 'body', side: prefix };
  m = PARAM_SOURCE[side].exec(value);
  const locations = side === 'request' ? REST_PARAM_LOCATIONS : RESPONSE_LOCATIONS;
  if (m && locations.includes(m[1]!)) return { kind: 'param', side: prefix, location: m[1]!, name: m[2]! };
  return { kind: 'invalid' };
}

export function isKnownContextVariable(name: string): boolean {
  return CONTEXT_VARIABLES.has(name.split('.')[0]!);
}

export function isValidParamName(name: string): boolean {
  return PARAM_NAME.test(name);
}

/** The target of a REST integration request parameter: `integration.request.header.X`. */
export function parseRequestTarget(key: string): { location: string; name: string } | undefined {
  const m = /^integration\.request\.([a-z]+)\.(.+)$/.exec(key);
  return m && REST_PARAM_LOCATIONS.includes(m[1]!) ? { location: m[1]!, name: m[2]! } : undefined;
}

/** HTTP API parameter mapping key: `append:header.x`, `overwrite:path`, … (http-api-parameter-mapping.html). */
export function parseHttpMappingKey(key: string): { action: string; location: string; name?: string } | undefined {
  if (key === 'overwrite:path') return { action: 'overwrite', location: 'path' };
  const m = /^(append|overwrite|remove):(header|querystring)\.(.+)$/.exec(key);
  return m ? { action: m[1]!, location: m[2]!, name: m[3]! } : undefined;
}
