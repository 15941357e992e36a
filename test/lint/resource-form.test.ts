import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseText } from '../../src/document/load.js';
import { UserError } from '../../src/errors.js';
import { httpResources, restResources } from '../../src/export/cfn/resources.js';
import { lint } from '../../src/lint/index.js';
import { rules as allRules } from '../../src/lint/rules/index.js';
import { graphApis, readGraphApi } from '../../src/model/resource-graph.js';
import { fixturePath } from '../support/rule-tester.js';

/**
 * The same faults written as an OpenAPI body and as CloudFormation resources must be found alike:
 * every rule's failing fixture is converted to resources by our own converter
 * (`export cfn --form resources`) and linted again with only that rule.
 */
// About the file's text (comments, YAML scalars, parse errors), which a conversion does not carry.
const TEXT_RULES = new Set(['doc/disable-directive', 'doc/parse-error', 'doc/yaml-lenient-parse']);
// What CloudFormation's resources cannot say, so the converter refuses it by name.
const INEXPRESSIBLE: Record<string, RegExp> = {
  'http/rest-only-feature': /integration field passthroughBehavior/,
  'int/response-streaming-type': /integration field responseTransferMode/,
  'int/streaming-uri-mismatch': /integration field responseTransferMode/,
  'int/tls-skip-wrong-type': /integration field tlsConfig/,
  'root/endpoint-access-mode': /x-amazon-apigateway-endpoint-access-mode/,
  'root/security-policy': /x-amazon-apigateway-security-policy/,
  'val/on-http-api': /x-amazon-apigateway-request-validators/,
};

describe('faults written as resources are found as in bodies', () => {
  const dir = mkdtempSync(join(tmpdir(), 'apigw-resource-form-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finds at least 85 % of the body findings, at the template pointer the reader gives the body pointer', async () => {
    let total = 0;
    let found = 0;
    let placed = 0;
    const refused: Record<string, string> = {};
    const missed: string[] = [];
    const misplaced: string[] = [];
    for (const rule of allRules) {
      if (TEXT_RULES.has(rule.id) || (rule.meta.forms && !rule.meta.forms.includes('resources'))) continue;
      const file = fixturePath(rule.id, 'fail.yaml');
      if (!existsSync(file)) continue;
      const source = parseText(readFileSync(file, 'utf8'), file, file);
      const doc = source.root as Record<string, unknown>;
      if (doc.Resources !== undefined) continue; // already a template
      const apiType = rule.meta.appliesTo === 'http' ? 'http' : 'rest';
      const body = await lint(file, { only: [rule.id], apiType });
      if (body.diagnostics.length === 0) continue;
      let resources;
      try {
        resources = (apiType === 'http' ? httpResources : restResources)(doc, file).resources;
      } catch (err) {
        if (!(err instanceof UserError)) throw err;
        refused[rule.id] = err.message;
        continue;
      }
      const out = join(dir, `${rule.id.replace('/', '__')}.json`);
      const text = JSON.stringify({ AWSTemplateFormatVersion: '2010-09-09', Resources: resources }, null, 2);
      writeFileSync(out, text);
      const template = parseText(text, out, out);
      const api = graphApis(template.root as Record<string, unknown>)[0]!;
      const read = readGraphApi(template, api);
      const pool = [...(await lint(out, { only: [rule.id] })).diagnostics];
      for (const d of body.diagnostics) {
        total++;
        // Swagger 2's places move to OpenAPI 3's in the conversion; a finding on a key (a path, a
        // selection pattern, a model name) is at the property that holds that key.
        const moved = d.pointer.replace(/^\/securityDefinitions\//, '/components/securitySchemes/').replace(/^\/definitions\//, '/components/schemas/');
        const at = [read.source.publicPointer(moved), read.source.publicPointer(moved, 'key')];
        const exact = pool.findIndex((r) => r.messageId === d.messageId && at.includes(r.pointer));
        const any = exact >= 0 ? exact : pool.findIndex((r) => r.messageId === d.messageId);
        if (any < 0) {
          missed.push(`${rule.id} ${d.messageId} ${d.pointer}`);
          continue;
        }
        found++;
        if (exact >= 0) placed++;
        else misplaced.push(`${rule.id} ${d.pointer} -> ${at.join(' | ')} but ${pool[any]!.pointer}`);
        pool.splice(any, 1);
      }
    }
    expect(Object.keys(refused).sort()).toEqual(Object.keys(INEXPRESSIBLE).sort());
    for (const [id, message] of Object.entries(refused)) expect(message, id).toMatch(INEXPRESSIBLE[id]!);
    console.log(`resource form: ${found} of ${total} body findings found (${((found / total) * 100).toFixed(1)} %), ${placed} at the corresponding template pointer (${((placed / total) * 100).toFixed(1)} %); missed: ${missed.join('; ')}`);
    if (process.env.SHOW_MISPLACED) console.log(misplaced.join('\n'));
    expect(total).toBeGreaterThan(100);
    expect(found / total).toBeGreaterThanOrEqual(0.85);
    expect(placed / total).toBeGreaterThanOrEqual(0.85);
  });
});
