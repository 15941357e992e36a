import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createServer } from '../../src/serve/server.js';
import { connect, refusal } from './websocket-support.js';

// Every real WebSocket template of fixtures/websocket (sources in its manifest.json) is served without a --lambda: the
// server starts, names what it cannot run, takes a connection or refuses it as the template's $connect says, answers a
// message, and closes.
const templates = readdirSync('fixtures/websocket').filter((f) => /\.(ya?ml|json)$/.test(f) && f !== 'manifest.json');

describe('serve: real WebSocket templates', () => {
  it.each(templates)('%s', async (file) => {
    const server = createServer(`fixtures/websocket/${file}`, { apiType: 'websocket' });
    try {
      expect(server.apiType).toBe('websocket');
      const url = `${(await server.listen(0)).replace('http', 'ws')}/local`;
      const connectNotEmulated = server.notEmulated.some((n) => n.route === '$connect');
      if (connectNotEmulated) {
        expect((await refusal(url)).status).toBe(500);
        return;
      }
      const c = await connect(url);
      c.ws.send('{"action":"sendmessage","data":"x"}');
      c.ws.send('not json');
      await c.close();
    } finally {
      await server.close();
    }
  });
});

describe('serve: CDK-written WebSocket integrations', () => {
  // CDK writes Lambda integration and authorizer uris with Fn::Join (["arn:", {Ref: AWS::Partition}, ":apigateway:", …,
  // {Fn::GetAtt: [Fn, Arn]}, "/invocations"]): the function is the logical id of the GetAtt, the service of an AWS
  // integration the part after the region.
  it('reads the function and the service of Fn::Join uris', async () => {
    const file = 'fixtures/websocket/sc__wssqs-con-discon-default-custom-route.template.json';
    const without = createServer(file);
    const withLambda = createServer(file, { lambdas: { disconnect829B70D0: './fixtures/serve/websocket/handlers.mjs#disconnect' } });
    try {
      expect(without.notEmulated.filter((n) => n.route === '$disconnect' || n.route === '$default').map((n) => n.reason)).toEqual([
        'no --lambda given for function disconnect829B70D0', 'AWS service integrations (sqs) are not emulated',
      ]);
      expect(withLambda.notEmulated.some((n) => n.route === '$disconnect')).toBe(false);
    } finally {
      await without.close();
      await withLambda.close();
    }
  });
});
