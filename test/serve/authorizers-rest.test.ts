import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiServer, type AccessLogEntry, createServer } from '../../src/serve/server.js';
import { type InvokeServer, startInvokeServer } from './invoke-server.js';
import { send, sendRaw } from './support.js';

const A = 'fixtures/serve/authorizers.mjs';
const H = 'fixtures/serve/handlers.mjs';
let remote: InvokeServer;
let api: ApiServer;
const log: AccessLogEntry[] = [];
const allowAll = (event: any) => ({ result: { principalId: 'remote', policyDocument: { Version: '2012-10-17', Statement: [{ Action: 'execute-api:Invoke', Effect: 'Allow', Resource: event.methodArn }] } } });

beforeAll(async () => {
  // The TTL-cached authorizers run behind the Invoke API test server, which counts their invocations.
  remote = await startInvokeServer({ counted: allowAll, counted2: allowAll });
  api = createServer('fixtures/serve/rest-auth.yaml', {
    lambdas: { token: `${A}#token`, request: `${A}#request`, echo: `${H}#echo`, counted: remote.url, counted2: remote.url },
    stageVariables: { env: 'test' }, onRequest: (e) => log.push(e),
  });
  await api.listen(0);
});
afterAll(async () => {
  await api?.close();
  await remote?.close();
});

type Event = Record<string, any>;
const get = (path: string, token?: string) => send(api.url, 'GET', path, { headers: token === undefined ? {} : { Authorization: token } });

describe('serve: REST TOKEN authorizer', () => {
  // A missing token: 401 {"message":"Unauthorized"} with x-amzn-ErrorType UnauthorizedException, the function not called;
  // AWS responses with headers in https://loige.co/debugging-custom-apigateway-authorizers/ and
  // https://repost.aws/knowledge-center/api-gateway-401-error-lambda-authorizer.
  it('answers 401 without a token', async () => {
    const r = await get('/pets/1');
    expect([r.status, r.text]).toEqual([401, '{"message":"Unauthorized"}']);
    expect(r.headers.get('x-amzn-errortype')).toBe('UnauthorizedException');
    expect(log.at(-1)?.note).toBe('authorizer tok: no value for identity source method.request.header.Authorization');
  });

  // Allow for the method ARN: the integration runs and sees requestContext.authorizer with principalId and the
  // context stringified (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-lambda-authorizer-output.html).
  it('passes principalId and context to the proxy event', async () => {
    const r = await get('/pets/1', 'allow');
    expect(r.status).toBe(200);
    const e = r.json() as Event;
    expect(e.requestContext.authorizer).toMatchObject({ principalId: 'user-1', role: 'admin', level: '7', ok: 'true' });
    expect(typeof e.requestContext.authorizer.integrationLatency).toBe('number');
  });

  // $context.authorizer.principalId and $context.authorizer.<key> in a mapping template (same page).
  it('fills $context.authorizer in mapping templates', async () => {
    const r = await get('/mock', 'allow');
    expect([r.status, r.json()]).toEqual([200, { principal: 'user-1', role: 'admin', level: '7' }]);
  });

  // The TOKEN event: type, authorizationToken, methodArn arn:aws:execute-api:{region}:{account}:{apiId}/{stage}/{METHOD}/{path}
  // (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-lambda-authorizer-input.html).
  it('sends the TOKEN event', async () => {
    const e = JSON.parse(((await get('/pets/42', 'event')).json() as Event).requestContext.authorizer.event);
    expect(e).toEqual({ type: 'TOKEN', authorizationToken: 'event', methodArn: 'arn:aws:execute-api:us-east-1:123456789012:local/local/GET/pets/42' });
  });

  // Policy evaluation against the method ARN: an explicit Deny wins over an Allow (403 {"Message":"… with an explicit deny"},
  // AccessDeniedException, capital M as AWS sends it: https://loige.co/debugging-custom-apigateway-authorizers/); no matching
  // statement is an implicit deny, {"Message":"User is not authorized to access this resource"}
  // (https://repost.aws/knowledge-center/api-gateway-403-error-lambda-authorizer); IAM wildcards * and ?
  // (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html).
  const explicit = '{"Message":"User is not authorized to access this resource with an explicit deny"}';
  const implicit = '{"Message":"User is not authorized to access this resource"}';
  it.each([
    { token: 'deny', path: '/pets/1', status: 403, text: explicit },
    { token: 'both', path: '/pets/1', status: 403, text: explicit },
    { token: 'elsewhere', path: '/pets/1', status: 403, text: implicit },
    { token: 'other', path: '/pets/1', status: 403, text: explicit },
    { token: 'star', path: '/pets/1', status: 200 },
    { token: 'star', path: '/mock', status: 403, text: implicit },
    { token: 'qmark', path: '/pets/1', status: 200 },
    { token: 'qmark', path: '/pets/12', status: 403, text: implicit },
  ])('$token on $path: $status', async ({ token, path, status, text }) => {
    const r = await get(path, token);
    expect(r.status).toBe(status);
    if (text) {
      expect(r.text).toBe(text);
      expect(r.headers.get('x-amzn-errortype')).toBe('AccessDeniedException');
    }
  });

  // The function raising "Unauthorized" is 401; any other error, or an output that is not a policy, or a context value that
  // is an object, is 500 {"message":null} with AuthorizerConfigurationException (https://loige.co/debugging-custom-apigateway-authorizers/;
  // https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-lambda-authorizer-output.html).
  it.each([
    { token: 'unauthorized', status: 401, text: '{"message":"Unauthorized"}', type: 'UnauthorizedException' },
    { token: 'boom', status: 500, text: '{"message":null}', type: 'AuthorizerConfigurationException' },
    { token: 'garbage', status: 500, text: '{"message":null}', type: 'AuthorizerConfigurationException' },
    { token: 'nested', status: 500, text: '{"message":null}', type: 'AuthorizerConfigurationException' },
  ])('$token: $status', async ({ token, status, text, type }) => {
    const r = await get('/pets/1', token);
    expect([r.status, r.text, r.headers.get('x-amzn-errortype')]).toEqual([status, text, type]);
  });

  // identityValidationExpression: a token it does not match (whole token, as Java's Pattern.matches) is 401 without a call.
  it('refuses a token the validation expression does not match', async () => {
    const bad = await send(api.url, 'GET', '/validated', { headers: { 'X-Token': 'deny' } });
    expect([bad.status, bad.text]).toEqual([401, '{"message":"Unauthorized"}']);
    expect(log.at(-1)?.note).toBe('authorizer validated: the token does not match identityValidationExpression all.*');
    // 'allow' matches 'all.*' and reaches the function, which allows it.
    expect((await send(api.url, 'GET', '/validated', { headers: { 'X-Token': 'allow' } })).status).toBe(200);
  });

  it('leaves methods without security alone', async () => {
    expect((await get('/open')).status).toBe(200);
  });
});

describe('serve: REST REQUEST authorizer', () => {
  // Every identity source must be present: a missing header or query value is 401 without a call.
  it.each([
    { name: 'no header', headers: [], query: '?tenant=t1' },
    { name: 'no query value', headers: ['X-User', 'ann'], query: '' },
    { name: 'an empty header', headers: ['X-User', ''], query: '?tenant=t1' },
  ])('$name: 401', async ({ headers, query }) => {
    const r = await sendRaw(api.url, 'POST', `/req/9${query}`, headers);
    expect([r.status, r.text]).toEqual([401, '{"message":"Unauthorized"}']);
  });

  // The REQUEST event (api-gateway-lambda-authorizer-input.html): type, methodArn, resource, path, httpMethod, headers,
  // multiValueHeaders, query strings, pathParameters, stageVariables, requestContext; no body.
  it('sends the REQUEST event', async () => {
    const r = await sendRaw(api.url, 'POST', '/req/9?tenant=t1&tenant=t2', ['X-User', 'ann', 'Content-Type', 'application/json', 'Content-Length', '2'], '{}');
    expect(r.status).toBe(200);
    const e = JSON.parse((r.json() as Event).requestContext.authorizer.event);
    expect(e).toMatchObject({
      type: 'REQUEST', methodArn: 'arn:aws:execute-api:us-east-1:123456789012:local/local/POST/req/9', resource: '/req/{id}', path: '/req/9', httpMethod: 'POST',
      queryStringParameters: { tenant: 't2' }, multiValueQueryStringParameters: { tenant: ['t1', 't2'] }, pathParameters: { id: '9' }, stageVariables: { env: 'test' },
    });
    expect(e.headers['X-User']).toBe('ann');
    expect(e.multiValueHeaders['X-User']).toEqual(['ann']);
    expect(e.requestContext).toMatchObject({ resourcePath: '/req/{id}', httpMethod: 'POST', stage: 'local' });
    expect(e.body).toBeUndefined();
    expect(e.isBase64Encoded).toBeUndefined();
  });
});

describe('serve: authorizer result cache', () => {
  // The result is cached by the identity source values for authorizerResultTtlInSeconds (300 when not given), 0 turns
  // caching off (https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-use-lambda-authorizer.html).
  it('calls a cached authorizer once per token within the TTL', async () => {
    for (let i = 0; i < 3; i++) expect((await get('/cached', 'token-a')).status).toBe(200);
    expect(remote.calls.get('counted')).toBe(1);
    expect((await get('/cached', 'token-b')).status).toBe(200);
    expect(remote.calls.get('counted')).toBe(2);
  });

  it('calls an authorizer with TTL 0 every time', async () => {
    for (let i = 0; i < 3; i++) expect((await get('/uncached', 'token-a')).status).toBe(200);
    expect(remote.calls.get('counted2')).toBe(3);
  });
});

// Gateway responses customise authorizer refusals: UNAUTHORIZED, ACCESS_DENIED, AUTHORIZER_CONFIGURATION_ERROR, with
// $context.error.messageString and $context.authorizer in their templates; a customised type keeps no AWS body quirk
// (https://docs.aws.amazon.com/apigateway/latest/developerguide/supported-gateway-response-types.html).
describe('serve: gateway responses for authorizer refusals', () => {
  const definition = {
    file: 'fixtures/serve/rest-auth-responses.yaml',
    text: `
swagger: '2.0'
info: { title: t, version: '1' }
securityDefinitions:
  tok:
    type: apiKey
    name: Authorization
    in: header
    x-amazon-apigateway-authorizer:
      type: token
      authorizerUri: arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:token/invocations
      authorizerResultTtlInSeconds: 0
x-amazon-apigateway-gateway-responses:
  UNAUTHORIZED:
    statusCode: 401
    responseParameters: { gatewayresponse.header.WWW-Authenticate: "'Bearer'" }
    responseTemplates: { application/json: '{"error": "login", "type": "$context.error.responseType"}' }
  ACCESS_DENIED:
    responseTemplates: { application/json: '{"denied": $context.error.messageString}' }
  AUTHORIZER_CONFIGURATION_ERROR:
    statusCode: 503
    responseTemplates: { application/json: '{"broken": $context.error.messageString}' }
paths:
  /p:
    get:
      security: [{ tok: [] }]
      x-amazon-apigateway-integration: { type: mock, requestTemplates: { application/json: '{"statusCode": 200}' }, responses: { default: { statusCode: '200' } } }
`,
  };
  let custom: ApiServer;
  beforeAll(async () => {
    custom = createServer(definition, { lambdas: { token: `${A}#token` } });
    await custom.listen(0);
  });
  afterAll(() => custom?.close());

  it.each([
    { token: undefined, status: 401, body: { error: 'login', type: 'UNAUTHORIZED' }, header: 'Bearer' },
    { token: 'deny', status: 403, body: { denied: 'User is not authorized to access this resource with an explicit deny' } },
    { token: 'boom', status: 503, body: { broken: null } },
  ])('$token: $status', async ({ token, status, body, header }) => {
    const r = await send(custom.url, 'GET', '/p', { headers: token ? { Authorization: token } : {} });
    expect([r.status, r.json()]).toEqual([status, body]);
    if (header) expect(r.headers.get('www-authenticate')).toBe(header);
  });
});

// IAM authorization (x-amazon-apigateway-authtype awsSigv4) needs SigV4 and IAM policies: reported, answered 500, never
// served unchecked (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-authtype.html).
describe('serve: IAM authorization', () => {
  it('is listed as not emulated', () => {
    const server = createServer({
      file: 'fixtures/serve/iam.yaml',
      text: `swagger: '2.0'
info: { title: t, version: '1' }
securityDefinitions:
  sigv4: { type: apiKey, name: Authorization, in: header, x-amazon-apigateway-authtype: awsSigv4 }
paths:
  /p:
    get:
      security: [{ sigv4: [] }]
      x-amazon-apigateway-integration: { type: mock, requestTemplates: { application/json: '{"statusCode": 200}' }, responses: { default: { statusCode: '200' } } }
`,
    });
    expect(server.notEmulated).toEqual([{ route: 'GET /p', reason: 'IAM authorization (scheme sigv4, awsSigv4) is not emulated' }]);
  });
});

// A SAM template's Auth.Authorizers become security schemes only at deployment
// (https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-api-apiauth.html): a method
// secured by one is reported, never served without its authorizer.
describe('serve: SAM Auth.Authorizers', () => {
  it('are listed as not emulated', () => {
    const server = createServer({
      file: 'fixtures/serve/sam-auth.yaml',
      text: `Transform: AWS::Serverless-2016-10-31
Resources:
  Api:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
      Auth:
        Authorizers:
          MyAuth: { FunctionArn: !GetAtt AuthFn.Arn }
      DefinitionBody:
        swagger: '2.0'
        info: { title: t, version: '1' }
        paths:
          /p:
            get:
              security: [{ MyAuth: [] }]
              x-amazon-apigateway-integration: { type: mock, requestTemplates: { application/json: '{"statusCode": 200}' }, responses: { default: { statusCode: '200' } } }
`,
    });
    expect(server.notEmulated).toEqual([{ route: 'GET /p', reason: "authorizer MyAuth is defined in the SAM resource's Auth.Authorizers, which serve does not read yet" }]);
  });
});
