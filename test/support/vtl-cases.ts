import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { apigw } from './cli.js';

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

/**
 * Render a case with `apigw render-template`, writing its files into `dir`. A case with a
 * preTemplate is an integration request template followed by a response template that sees the
 * same $context: written as a mock integration and rendered with --response.
 */
export function renderWithCli(c: VtlCase, dir: string): { status: number | null; stderr: string; output: string } {
  const event = join(dir, `${c.name}.event.json`);
  writeFileSync(event, JSON.stringify(eventOf(c)));
  let args: string[];
  if (c.preTemplate) {
    const spec = join(dir, `${c.name}.json`);
    writeFileSync(spec, JSON.stringify({
      swagger: '2.0',
      info: { title: c.name, version: '1' },
      paths: {
        '/case': {
          post: {
            responses: { '200': { description: 'ok' } },
            'x-amazon-apigateway-integration': {
              type: 'mock',
              requestTemplates: { 'application/json': c.preTemplate },
              responses: { default: { statusCode: '200', responseTemplates: { 'application/json': c.template } } },
            },
          },
        },
      },
    }));
    args = ['render-template', '--spec', spec, '-m', 'POST', '-p', '/case', '--event', event, '--response', '--format', 'json'];
  } else {
    const template = join(dir, `${c.name}.vtl`);
    writeFileSync(template, c.template);
    args = ['render-template', template, '--event', event];
  }
  const r = apigw(args);
  const output = c.preTemplate && r.status === 0 ? (JSON.parse(r.stdout) as { body: string }).body : r.stdout;
  return { status: r.status, stderr: r.stderr, output };
}
