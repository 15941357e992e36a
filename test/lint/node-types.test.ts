import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/lint/config.js';
import { lintText } from '../../src/lint/index.js';
import { type FieldRow, NODE_TYPES, type NodeType } from '../../src/lint/node-types.js';
import { byNodeTypes } from '../../src/lint/rule.js';
import { rulesById } from '../../src/lint/rules/index.js';

const rowsOf = (t: NodeType) => [...(t.notObject ?? []), ...(t.closed ? [t.closed] : []), ...t.fields];
const allRows = NODE_TYPES.flatMap((t) => rowsOf(t).map((row) => ({ type: t, row })));

describe('the node-type table', () => {
  it.each(allRows.map(({ type, row }) => [type.name, row.rule, row.messageId]))('%s: %s reports %s, a message it declares', (_name, rule, messageId) => {
    expect(rulesById.get(rule)?.messages).toHaveProperty(messageId);
  });

  it('limits a row to an API kind only when its rule runs on that kind', () => {
    for (const { row } of allRows) {
      const apiType = (row as FieldRow).apiType;
      const appliesTo = rulesById.get(row.rule)!.meta.appliesTo;
      if (apiType) expect([apiType, 'both']).toContain(appliesTo);
    }
  });

  it('holds every message of the rules that are only table rows', () => {
    const tableOnly = [...rulesById.values()].filter((r) => r.create === byNodeTypes);
    expect(tableOnly.length).toBeGreaterThan(20);
    for (const rule of tableOnly) {
      const produced = new Set(allRows.filter(({ row }) => row.rule === rule.id).map(({ row }) => row.messageId));
      expect([rule.id, ...Object.keys(rule.messages).filter((m) => !produced.has(m))]).toEqual([rule.id]);
    }
  });
});

/**
 * A definition holding one object of the type, with `field` (or the object itself) set to
 * `value`, and the pointer at which the row reports. Swagger 2 keeps every place simple: the
 * endpoint configuration at the top level, authorizers under securityDefinitions.
 */
function definitionWith(type: NodeType, row: FieldRow, value: unknown): { doc: Record<string, unknown>; pointer: string } {
  const set = (obj: Record<string, unknown>) => (row.field === undefined ? value : { ...obj, [row.field]: value });
  const at = (base: string) => (row.field === undefined ? base : `${base}/${row.field}`);
  const doc: Record<string, unknown> = { swagger: '2.0', info: { title: 't', version: '1' }, paths: {} };
  const integration = { type: 'mock', requestTemplates: { 'application/json': '{}' } };
  const op = '/paths/~1p/get';
  const place = type.place;
  if (place === 'Integration') {
    doc.paths = { '/p': { get: { responses: {}, 'x-amazon-apigateway-integration': set(integration) } } };
    return { doc, pointer: at(`${op}/x-amazon-apigateway-integration`) };
  }
  if (place === 'IntegrationResponse') {
    doc.paths = { '/p': { get: { responses: { 200: { description: 'ok' } }, 'x-amazon-apigateway-integration': { ...integration, responses: { default: set({ statusCode: '200' }) } } } } };
    return { doc, pointer: at(`${op}/x-amazon-apigateway-integration/responses/default`) };
  }
  if (place === 'Authorizer') {
    const authorizer = { type: 'request', identitySource: 'method.request.header.A', authorizerUri: 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:f/invocations' };
    doc.securityDefinitions = { a: { type: 'apiKey', name: 'A', in: 'header', 'x-amazon-apigateway-authorizer': set(authorizer) } };
    return { doc, pointer: at('/securityDefinitions/a/x-amazon-apigateway-authorizer') };
  }
  if (place === 'RequestValidator') {
    doc['x-amazon-apigateway-request-validators'] = { all: set({ validateRequestBody: true }) };
    return { doc, pointer: at('/x-amazon-apigateway-request-validators/all') };
  }
  if (place === 'GatewayResponse') {
    doc['x-amazon-apigateway-gateway-responses'] = { DEFAULT_4XX: set({ statusCode: 400 }) };
    return { doc, pointer: at('/x-amazon-apigateway-gateway-responses/DEFAULT_4XX') };
  }
  if (place === 'EndpointConfiguration') {
    doc['x-amazon-apigateway-endpoint-configuration'] = set({});
    return { doc, pointer: at('/x-amazon-apigateway-endpoint-configuration') };
  }
  if ('operationKey' in place) {
    doc.paths = { '/p': { get: { responses: {}, [place.operationKey]: set({}) } } };
    return { doc, pointer: at(`${op}/${place.operationKey.replace(/\//g, '~1')}`) };
  }
  doc[place.rootKey] = set({});
  return { doc, pointer: at(`/${place.rootKey}`) };
}

function findingsOf(type: NodeType, row: FieldRow, value: unknown) {
  const rule = rulesById.get(row.rule)!;
  const apiType = row.apiType ?? (rule.meta.appliesTo === 'http' ? 'http' : 'rest');
  const { doc, pointer } = definitionWith(type, row, value);
  const { diagnostics } = lintText(JSON.stringify(doc, null, 2), 'inline.json', {
    apiType, only: [row.rule], rules: { [row.rule]: 'error' }, config: defaultConfig(process.cwd()),
  });
  return { pointer, found: diagnostics.filter((d) => d.messageId === row.messageId).map((d) => d.pointer) };
}

const enumRows = NODE_TYPES.flatMap((type) => type.fields.filter((row) => row.enum && !row.when).map((row) => ({ type, row })));

describe('an enum row', () => {
  it.each(enumRows.map(({ type, row }) => [`${type.name} ${row.field ?? '(value)'}`, type, row] as const))('%s: a value outside the enum is reported', (_name, type, row) => {
    const { pointer, found } = findingsOf(type, row, 'NOT_A_VALUE');
    expect(found).toEqual([pointer]);
  });

  it.each(enumRows.map(({ type, row }) => [`${type.name} ${row.field ?? '(value)'}`, type, row] as const))('%s: every listed value passes', (_name, type, row) => {
    for (const value of row.enum!) expect(findingsOf(type, row, value).found).toEqual([]);
  });

  // Compared ignoring case by API Gateway: integration type and passthroughBehavior (AWS-validated
  // corpus definitions import with AWS, HTTP_PROXY, AWS_PROXY, WHEN_NO_MATCH, NEVER), the integration's
  // httpMethod, the authorizer type and x-amazon-apigateway-auth's type (reference lint-rules.md §A.1-A.3).
  // https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration.html
  // https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-auth.html
  // Every other enum is compared as written.
  const caseInsensitive = new Set([
    'x-amazon-apigateway-integration type', 'x-amazon-apigateway-integration httpMethod',
    'x-amazon-apigateway-integration passthroughBehavior', 'x-amazon-apigateway-authorizer type', 'x-amazon-apigateway-auth type',
  ]);
  it.each(enumRows.filter(({ row }) => row.enum!.some((e) => typeof e === 'string' && /[a-z]/i.test(e)))
    .map(({ type, row }) => [`${type.name} ${row.field ?? '(value)'}`, type, row] as const))('%s: the case rule holds', (name, type, row) => {
    const written = row.enum!.find((e): e is string => typeof e === 'string' && /[a-z]/i.test(e))!;
    const other = written === written.toUpperCase() ? written.toLowerCase() : written.toUpperCase();
    const { pointer, found } = findingsOf(type, row, other);
    expect(found).toEqual(caseInsensitive.has(name) ? [] : [pointer]);
  });

  it.each(enumRows.filter(({ row }) => !row.judgeUnknown).map(({ type, row }) => [`${type.name} ${row.field ?? '(value)'}`, type, row] as const))(
    '%s: a ${…} placeholder or an intrinsic is not judged', (_name, type, row) => {
      expect(findingsOf(type, row, '${stageVariables.value}').found).toEqual([]);
      expect(findingsOf(type, row, { 'Fn::If': ['c', 'a', 'b'] }).found).toEqual([]);
    },
  );
});

describe('the integration type row', () => {
  it('reports case-insensitively, naming the rule that owns the row', () => {
    const row = NODE_TYPES[0]!.fields.find((r) => r.field === 'type' && r.enum)!;
    expect(row).toMatchObject({ rule: 'int/type-invalid', messageId: 'invalid', caseInsensitive: true });
    expect(findingsOf(NODE_TYPES[0]!, row, 'AWS_PROXY').found).toEqual([]);
    expect(findingsOf(NODE_TYPES[0]!, row, 'lambda').found).toEqual(['/paths/~1p/get/x-amazon-apigateway-integration/type']);
  });
});
