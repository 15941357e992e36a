import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A mapping-template case (the format of fixtures/vtl-cases, described in its README). */
export interface VtlCase {
  name: string;
  template: string;
  preTemplate?: string;
  request?: {
    body?: unknown;
    headers?: Record<string, string>;
    multiValueHeaders?: Record<string, string[]>;
    query?: Record<string, string>;
    multiValueQuery?: Record<string, string[]>;
    path?: Record<string, string>;
    stageVariables?: Record<string, string>;
    context?: Record<string, unknown>;
  };
  expected?: string;
  expected_error?: boolean;
  compare?: 'exact' | 'json' | 'json-ordered' | 'trim';
  expected_from?: 'aws-recorded' | 'velocity-1.7';
  source?: string;
  notes?: string;
}

export function readCases(dir: string): VtlCase[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as VtlCase);
}

/** The API Gateway Lambda proxy event that carries a case's request. */
export function eventOf(c: VtlCase): Record<string, unknown> {
  const r = c.request ?? {};
  const body = r.body === undefined || r.body === null ? null : typeof r.body === 'string' ? r.body : JSON.stringify(r.body);
  return {
    body,
    isBase64Encoded: false,
    headers: r.headers ?? {},
    multiValueHeaders: r.multiValueHeaders ?? {},
    queryStringParameters: r.query ?? {},
    multiValueQueryStringParameters: r.multiValueQuery ?? {},
    pathParameters: r.path ?? {},
    stageVariables: r.stageVariables ?? {},
    requestContext: r.context ?? {},
  };
}

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object') return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortKeys((v as Record<string, unknown>)[k])]));
  return v;
}

/** Compare output with the expectation the way the case says (exact, json, json-ordered, trim). */
export function sameOutput(c: VtlCase, output: string): boolean {
  const expected = c.expected ?? '';
  switch (c.compare ?? 'exact') {
    case 'json':
      try {
        return JSON.stringify(sortKeys(JSON.parse(output))) === JSON.stringify(sortKeys(JSON.parse(expected)));
      } catch {
        return false;
      }
    case 'json-ordered':
      try {
        return JSON.stringify(JSON.parse(output)) === JSON.stringify(JSON.parse(expected));
      } catch {
        return false;
      }
    case 'trim':
      return output.trim() === expected.trim();
    default:
      return output === expected;
  }
}
