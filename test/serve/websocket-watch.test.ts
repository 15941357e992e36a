import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Reload, watchServer, type WatchingServer } from '../../src/serve/watch.js';
import { closeAll, connect } from './websocket-support.js';

const source = readFileSync('fixtures/serve/websocket/mock.yaml', 'utf8');
const version = (v: string) => source.replace('"stage": "$context.stage"', `"stage": "$context.stage", "v": ${v}`);

describe('serve --watch with a WebSocket API', () => {
  let dir: string;
  let server: WatchingServer;
  let url: string;
  const waiting: Array<(r: Reload) => void> = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'apigw-ws-watch-'));
    writeFileSync(join(dir, 'api.yaml'), version('1'));
    server = watchServer('api.yaml', { cwd: dir, stage: 'dev', debounceMs: 20, onReload: (r) => waiting.splice(0).forEach((w) => w(r)) });
    url = `${(await server.listen(0)).replace('http', 'ws')}/dev`;
  });
  afterEach(() => closeAll());
  afterAll(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves the new definition to new connections; connections to the old one are closed with 1001', async () => {
    const old = await connect(url);
    old.ws.send('{"action":"echo"}');
    expect(JSON.parse(await old.next()).v).toBe(1);
    const reloaded = new Promise<Reload>((r) => waiting.push(r));
    writeFileSync(join(dir, 'api.yaml.tmp'), version('2'));
    renameSync(join(dir, 'api.yaml.tmp'), join(dir, 'api.yaml'));
    expect((await reloaded).ok).toBe(true);
    expect((await old.closed).code).toBe(1001);
    const fresh = await connect(url);
    fresh.ws.send('{"action":"echo"}');
    expect(JSON.parse(await fresh.next()).v).toBe(2);
    await fresh.close();
  });
});
