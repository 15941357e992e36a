import { describe, expect, it } from 'vitest';
import { send, startServer } from './support.js';

const api = startServer('fixtures/serve/rest-limits.yaml', { apiKeys: ['k1'] });

describe('serve: what is not emulated, named at start', () => {
  // Nothing is silently approximated: routes whose integration cannot run (AWS service integrations, VPC links)
  // answer 500, and what API Gateway applies around the routes (usage plans, stage throttling, WAF, mutual TLS of a
  // custom domain name) is named as ignored.
  it('lists every route it cannot serve and everything around the routes it does not apply', () => {
    expect(api.server.notEmulated).toEqual([
      { route: 'POST /queue', reason: 'AWS service integrations are not emulated' },
      { route: 'GET /private', reason: 'VPC link integrations are not emulated' },
      { route: 'API keys', reason: 'usage plan throttling and quotas are not applied', effect: 'ignored' },
      { route: 'Stage', reason: 'stage throttling is not applied', effect: 'ignored' },
      { route: 'Plan', reason: 'usage plan throttling and quotas are not applied', effect: 'ignored' },
      { route: 'Waf', reason: 'its WAF web ACL is not applied', effect: 'ignored' },
      { route: 'Domain', reason: 'mutual TLS of this custom domain name is not checked', effect: 'ignored' },
    ]);
  });

  // A REST API's internal error is 500 {"message": "Internal server error"} (DEFAULT_5XX,
  // https://docs.aws.amazon.com/apigateway/latest/developerguide/supported-gateway-response-types.html).
  it('answers 500 for an AWS service integration and logs that it is not emulated', async () => {
    const r = await send(api.url, 'POST', '/queue', { body: '{}' });
    expect([r.status, r.text]).toEqual([500, '{"message": "Internal server error"}']);
    expect(api.log.at(-1)).toMatchObject({ route: 'POST /queue', integration: 'AWS', status: 500, note: 'not emulated: AWS service integrations are not emulated' });
  });

  it('still serves the routes it can, keys checked', async () => {
    expect((await send(api.url, 'GET', '/keyed', { headers: { 'x-api-key': 'k1' } })).status).toBe(200);
    expect((await send(api.url, 'GET', '/keyed')).status).toBe(403);
  });
});
