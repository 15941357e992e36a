import { exportJWK, generateKeyPair, type JWK, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiServer, type AccessLogEntry, createServer } from '../../src/serve/server.js';
import { send } from './support.js';

const H = 'fixtures/serve/handlers.mjs';
type Key = Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];
let rsa: Key;
let other: Key;
let ec: Key;
let jwks: { keys: JWK[] };
let http: ApiServer;
let rest: ApiServer;
let unverified: ApiServer;
const log: AccessLogEntry[] = [];
const now = () => Math.floor(Date.now() / 1000);

beforeAll(async () => {
  // Keys made here: the JWKS holds the RSA key 'k1' and an EC key 'e1'; 'other' signs tokens nobody trusts.
  const a = await generateKeyPair('RS256');
  const b = await generateKeyPair('RS256');
  const c = await generateKeyPair('ES256');
  rsa = a.privateKey;
  other = b.privateKey;
  ec = c.privateKey;
  jwks = { keys: [{ ...(await exportJWK(a.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' }, { ...(await exportJWK(c.publicKey)), kid: 'e1', alg: 'ES256', use: 'sig' }] };
  http = createServer('fixtures/serve/http-auth.yaml', { lambdas: { echo: `${H}#echo` }, jwks, stage: '$default', onRequest: (e) => log.push(e) });
  rest = createServer('fixtures/serve/rest-cognito.yaml', { lambdas: { echo: `${H}#echo` }, jwks, onRequest: (e) => log.push(e) });
  unverified = createServer('fixtures/serve/http-auth.yaml', { lambdas: { echo: `${H}#echo` } });
  await Promise.all([http.listen(0), rest.listen(0), unverified.listen(0)]);
});
afterAll(async () => {
  await Promise.all([http?.close(), rest?.close(), unverified?.close()]);
});

interface TokenSpec {
  claims?: Record<string, unknown>;
  key?: 'rsa' | 'other' | 'ec';
  kid?: string | null;
}

async function token({ claims = {}, key = 'rsa', kid }: TokenSpec = {}): Promise<string> {
  const alg = key === 'ec' ? 'ES256' : 'RS256';
  const header: { alg: string; kid?: string } = { alg };
  const chosenKid = kid === undefined ? (key === 'ec' ? 'e1' : 'k1') : kid;
  if (chosenKid !== null) header.kid = chosenKid;
  const base = { iss: 'https://issuer.example.com', aud: 'api', sub: 'u-1', exp: now() + 600, iat: now() };
  return new SignJWT({ ...base, ...claims } as Record<string, any>).setProtectedHeader(header).sign(key === 'ec' ? ec : key === 'other' ? other : rsa);
}

const call = (server: ApiServer, path: string, auth?: string) => send(server.url, 'GET', path, { headers: auth === undefined ? {} : { Authorization: auth } });

// HTTP API JWT authorizer (https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-jwt-authorizer.html):
// the token alone or after "Bearer "; RSA signature by the key its kid names; iss; aud, or client_id when there is no aud;
// exp and nbf; then the route's scopes. Refusals are 401 {"message":"Unauthorized"} with a www-authenticate challenge, the
// audience one worded as AWS documents it (https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-troubleshooting-jwt.html).
describe('serve: HTTP API JWT authorizer', () => {
  it('passes claims and scopes to requestContext.authorizer.jwt', async () => {
    const r = await call(http, '/jwt', `Bearer ${await token({ claims: { scope: 'read write', groups: ['a', 'b'] } })}`);
    expect(r.status).toBe(200);
    const { authorizer } = (r.json() as any).requestContext;
    expect(authorizer.jwt.scopes).toEqual(['read', 'write']);
    expect(authorizer.jwt.claims).toMatchObject({ sub: 'u-1', iss: 'https://issuer.example.com', aud: 'api', groups: '[a b]' });
  });

  // A payload 1.0 integration gets {claims, scopes} at the top of requestContext.authorizer (http-api-develop-integrations-lambda.html).
  it('passes {claims, scopes} to a payload 1.0 integration', async () => {
    const r = await call(http, '/jwt-v1', await token({ claims: { scope: 'read' } }));
    expect(r.status).toBe(200);
    expect((r.json() as any).requestContext.authorizer).toMatchObject({ claims: { sub: 'u-1' }, scopes: ['read'] });
  });

  it('takes the token without Bearer, and client_id when there is no aud', async () => {
    expect((await call(http, '/jwt', await token())).status).toBe(200);
    expect((await call(http, '/jwt', await token({ claims: { aud: undefined, client_id: 'api' } }))).status).toBe(200);
  });

  const challenge = 'Bearer scope="" error="invalid_token"';
  it.each([
    { name: 'no token', auth: async () => undefined, www: null },
    { name: 'not a JWT', auth: async () => 'Bearer abc', www: challenge },
    { name: 'another key', auth: () => token({ key: 'other' }), www: challenge },
    { name: 'no kid', auth: () => token({ kid: null }), www: challenge },
    { name: 'an EC key (only RSA algorithms)', auth: () => token({ key: 'ec' }), www: challenge },
    { name: 'another issuer', auth: () => token({ claims: { iss: 'https://evil.example.com' } }), www: challenge },
    { name: 'another audience', auth: () => token({ claims: { aud: 'web' } }), www: `${challenge} error_description="the token does not have a valid audience"` },
    { name: 'expired', auth: () => token({ claims: { exp: now() - 10 } }), www: challenge },
    { name: 'not valid yet', auth: () => token({ claims: { nbf: now() + 600 } }), www: challenge },
  ])('$name: 401', async ({ auth, www }) => {
    const r = await call(http, '/jwt', await auth());
    expect([r.status, r.text]).toEqual([401, '{"message":"Unauthorized"}']);
    expect(r.headers.get('www-authenticate')).toBe(www);
  });

  // The token must include one of the route's scopes (scope or scp); a valid token without it is 403 Forbidden.
  it.each([
    { claims: { scope: 'read' }, status: 200 },
    { claims: { scp: ['write', 'read'] }, status: 200 },
    { claims: { scope: 'write' }, status: 403 },
    { claims: {}, status: 403 },
  ])('scopes $claims: $status', async ({ claims, status }) => {
    expect((await call(http, '/scoped', await token({ claims }))).status).toBe(status);
  });

  // Without --jwks the signature is not checked (the claims still are), and the routes are named for a loud warning.
  it('without --jwks decodes only, and names the routes', async () => {
    expect(unverified.unverifiedTokens).toEqual(['GET /jwt', 'GET /scoped', 'GET /jwt-v1']);
    expect(http.unverifiedTokens).toEqual([]);
    expect((await call(unverified, '/jwt', await token({ key: 'other' }))).status).toBe(200);
    expect((await call(unverified, '/jwt', await token({ key: 'other', claims: { exp: now() - 10 } }))).status).toBe(401);
  });
});

// REST Cognito user pool authorizer: a token from the pool named in providerARNs (iss
// https://cognito-idp.{region}.amazonaws.com/{poolId}), unexpired, an ID token unless the method has scopes, then an
// access token with one of them; every refusal 401 {"message":"Unauthorized"}
// (https://repost.aws/knowledge-center/api-gateway-cognito-401-unauthorized). Claims reach $context.authorizer.claims and
// requestContext.authorizer.claims as strings, exp and iat as Java dates (AWS output quoted in
// https://github.com/amazon-archives/amazon-cognito-identity-js/issues/92).
describe('serve: REST Cognito user pool authorizer', () => {
  const pool = 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Pool1';
  const idToken = (claims: Record<string, unknown> = {}) => token({ claims: { iss: pool, aud: 'client', token_use: 'id', email: 'ann@example.com', email_verified: true, ...claims } });

  it('fills $context.authorizer.claims in templates', async () => {
    const r = await call(rest, '/me', await idToken());
    expect([r.status, r.json()]).toEqual([200, { email: 'ann@example.com', sub: 'u-1' }]);
  });

  it('passes the claims, all strings, to the proxy event', async () => {
    const r = await call(rest, '/echo', `Bearer ${await idToken({ exp: 2000000000, iat: 1469814773, auth_time: 1469814773 })}`);
    expect(r.status).toBe(200);
    expect((r.json() as any).requestContext.authorizer.claims).toMatchObject({
      email_verified: 'true', auth_time: '1469814773', exp: 'Wed May 18 03:33:20 UTC 2033', iat: 'Fri Jul 29 17:52:53 UTC 2016', token_use: 'id',
    });
  });

  it.each([
    { name: 'no token', auth: async () => undefined },
    { name: 'another pool', auth: () => idToken({ iss: 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Other' }) },
    { name: 'another key', auth: () => token({ key: 'other', claims: { iss: pool, token_use: 'id' } }) },
    { name: 'expired', auth: () => idToken({ exp: now() - 1 }) },
    { name: 'an access token on a method without scopes', auth: () => idToken({ token_use: 'access', scope: 'api/read' }) },
  ])('$name: 401', async ({ auth }) => {
    const r = await call(rest, '/echo', await auth());
    expect([r.status, r.text, r.headers.get('x-amzn-errortype')]).toEqual([401, '{"message":"Unauthorized"}', 'UnauthorizedException']);
  });

  it.each([
    { name: 'an access token with the scope', claims: { token_use: 'access', scope: 'openid api/read' }, status: 200 },
    { name: 'an access token without it', claims: { token_use: 'access', scope: 'openid' }, status: 401 },
  ])('a method with scopes: $name: $status', async ({ claims, status }) => {
    expect((await call(rest, '/scoped', await idToken(claims))).status).toBe(status);
  });
});
