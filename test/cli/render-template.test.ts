import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { apigw } from '../support/cli.js';

const SPEC = 'fixtures/render/api.yaml';
const EVENT = 'fixtures/render/event.json';
const tmp = mkdtempSync(join(tmpdir(), 'apigw-render-'));
const file = (name: string, content: string) => {
  const p = join(tmp, name);
  writeFileSync(p, content);
  return p;
};

describe('apigw render-template', () => {
  it('writes exactly the rendered bytes of a template file', () => {
    const t = file('t.vtl', '{"id": "$input.params(\'id\')", "q": "$input.params(\'q\')", "s": "$stageVariables.env", "c": "$context.authorizer.claims.sub"}');
    const r = apigw(['render-template', t, '--event', EVENT, '--query', 'q=a b', '--stage-var', 'env=dev', '--context', 'authorizer.claims.sub=u-1']);
    expect(r).toEqual({ status: 0, stdout: '{"id": "o-17", "q": "a b", "s": "dev", "c": "u-1"}', stderr: '' });
  });

  it('reads the event from standard input and takes --body and --header', () => {
    const t = file('h.vtl', '$input.params(\'X-Key\')|$input.body');
    const r = apigw(['render-template', t, '--event', '-', '--body', 'hello', '--header', 'x-key: k1'], { input: '{"body": "ignored"}' });
    expect(r.stdout).toBe('k1|hello');
  });

  it('picks the integration request template by Content-Type and says which', () => {
    const r = apigw(['render-template', '--spec', SPEC, '--method', 'POST', '--path', '/orders/{id}', '--event', EVENT]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('{"id": "o-17", "qty": 3, "note": "it\\\'s fragile"}\n');
    expect(r.stderr).toBe('apigw: using request template "application/json" of POST /orders/{id} (fixtures/render/api.yaml:25:11)\n');
  });

  it('matches a concrete path and fills its path parameters', () => {
    const r = apigw(['render-template', '--spec', SPEC, '-m', 'post', '-p', '/orders/o-99', '--body', '{"qty": 1, "note": "n"}']);
    expect(r.stdout).toBe('{"id": "o-99", "qty": 1, "note": "n"}\n');
  });

  it('answers 415 as API Gateway does when no template matches and passthrough is WHEN_NO_TEMPLATES', () => {
    const r = apigw(['render-template', '--spec', SPEC, '-m', 'POST', '-p', '/orders/1', '--content-type', 'text/plain', '--body', 'x']);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/no request template for text\/plain .*WHEN_NO_TEMPLATES; API Gateway answers 415 Unsupported Media Type/);
  });

  it('--check-json reports invalid JSON output with its line and column', () => {
    const r = apigw(['render-template', '--spec', SPEC, '-m', 'POST', '-p', '/orders/1', '--body', '{"qty": 1, "note": "it\'s"}', '--check-json']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/apigw: error: rendered output is not valid JSON: line 1, column 35: Bad escaped character/);
  });

  it('--response selects the integration response and maps its headers', () => {
    const resp = file('resp.json', '{"orderId": "o-17"}');
    const r = apigw(['render-template', '--spec', SPEC, '-m', 'POST', '-p', '/orders/o-17', '--event', EVENT, '--response', '--integration-response', resp, '--format', 'json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ statusCode: 200, headers: { 'X-Order': 'o-17' }, body: '{"order": "o-17", "stage": "prod"}\n' });
  });

  it('--response matches a Lambda errorMessage against the selection patterns as a Java regex', () => {
    const r = apigw(['render-template', '--spec', SPEC, '-m', 'POST', '-p', '/orders/1', '--event', EVENT, '--response', '--error-message', 'Order Not found: 1', '--format', 'json']);
    expect(JSON.parse(r.stdout)).toEqual({ statusCode: 404, headers: {}, body: '{"message": "Order Not found: 1"}' });
    expect(r.stderr).toContain('using integration response selection pattern ".*Not found.*" → 404');
  });

  it('reports a template syntax error at its place in the definition, exit 1', () => {
    const r = apigw(['render-template', '--spec', SPEC, '-m', 'GET', '-p', '/broken']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('apigw: error: fixtures/render/api.yaml:52:15: #if is never closed with #end (template line 2, column 3)\n');
  });

  describe('with a CloudFormation template as --spec', () => {
    const STACK = 'fixtures/templates/render.yaml';
    const render = (...args: string[]) => apigw(['render-template', '--spec', STACK, '-m', 'POST', ...args]);

    it('picks the REST API written inline that has the method, or the one --api names', () => {
      expect(render('-p', '/broken')).toMatchObject({ status: 1 }); // only OrdersApi has /broken
      const v2 = render('--api', 'OrdersV2Api', '-p', '/orders', '--body', '{"id": 7}');
      expect(v2).toEqual({ status: 0, stdout: '{"statusCode": 200, "order": 7}', stderr: `apigw: using request template "application/json" of POST /orders (${STACK}:52:19)\n` });
      expect(render('--api', 'OrdersApi', '-p', '/orders', '--body', '{"id": 7}').stdout).toBe('Action=SendMessage&MessageBody=%7B%22id%22%3A+7%7D');
    });

    it('asks for --api when several REST APIs have the method, and names them', () => {
      expect(render('-p', '/orders')).toEqual({
        status: 2, stdout: '',
        stderr: `apigw: error: ${STACK}: POST /orders is in several REST APIs of the CloudFormation template (OrdersApi, OrdersV2Api); choose one with --api\n`,
      });
      expect(render('--api', 'Nope', '-p', '/orders').stderr).toBe(
        `apigw: error: ${STACK}: the CloudFormation template has no REST API "Nope" written inline (REST APIs: OrdersApi, OrdersV2Api)\n`,
      );
    });

    it('reports a template syntax error at its place in the CloudFormation template', () => {
      expect(render('-p', '/broken').stderr).toBe(
        `apigw: error: ${STACK}:36:21: expected ")" to close #if( at 2:1, found "}" (template line 3, column 1)\n`,
      );
    });

    it('takes --api only with a template', () => {
      const r = apigw(['render-template', '--spec', SPEC, '--api', 'OrdersApi', '-m', 'GET', '-p', '/broken']);
      expect(r).toMatchObject({ status: 2, stderr: `apigw: error: ${SPEC}: --api picks a REST API in a CloudFormation template; this is a definition\n` });
    });
  });

  it('reports a template file error with file:line:col, exit 1', () => {
    const r = apigw(['render-template', file('bad.vtl', 'a\n  #foreach($x in $y)\n')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^apigw: error: .*bad\.vtl:2:3: #foreach is never closed with #end\n$/);
  });

  it('reports a Java exception in a method as a failed render, exit 1', () => {
    const r = apigw(['render-template', file('sub.vtl', "$input.body.substring(0, 99)"), '--body', 'short']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/rendering failed: java\.lang\.StringIndexOutOfBoundsException: begin 0, end 99, length 5 \(API Gateway would answer 500\)/);
  });

  it.each([
    [['render-template'], /give either a template file or --spec/],
    [['render-template', '--spec', SPEC], /--spec needs --method and --path/],
    [['render-template', '--spec', SPEC, '-m', 'DELETE', '-p', '/orders/1'], /no method DELETE \/orders\/1 in the definition/],
    [['render-template', 'nope.vtl'], /nope\.vtl: cannot read: no such file/],
    [['render-template', 'x.vtl', '--event', 'fixtures/render/list.json'], /fixtures\/render\/list\.json: event must be a JSON object/],
    [['render-template', 'x.vtl', '--header', 'nocolon'], /--header "nocolon": expected name:value/],
  ])('bad input %j: one line, exit 2', (args, message) => {
    const r = apigw(args as string[]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('names the line of an event that is not valid JSON', () => {
    const r = apigw(['render-template', file('ok.vtl', 'x'), '--event', file('bad.json', '{\n  "body": "x",\n  "headers": [1,\n')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/bad\.json:\d+:\d+: /);
  });
});
