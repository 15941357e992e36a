import { describeRule } from '../../../support/rule-tester.js';

// WebSocket API quotas: routes per API 300, integrations per API 300, Lambda authorizers per API 10,
// each "Can be increased: Yes" (so a warning, and the numbers are options):
// https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html#apigateway-execution-service-websocket-limits-table
describeRule('ws/quota', [
  { name: 'accepts a few routes, integrations and authorizers under the default quotas', spec: 'pass.yaml', expected: [] },
  {
    name: 'reports each quota exceeded at the first resource over it',
    spec: 'fail.yaml',
    options: { routes: 2, integrations: 2, authorizers: 2 },
    expected: [
      ['routes', '/Resources/Room3Route', 54, 3, 'WebSocket API ChatApi has 3 routes; the quota is 2 per WebSocket API, so the deployment fails unless it was raised'],
      ['integrations', '/Resources/Room3Integration', 60, 3, 'WebSocket API ChatApi has 3 integrations; the quota is 2 per WebSocket API, so the deployment fails unless it was raised'],
      ['authorizers', '/Resources/Room3Authorizer', 67, 3, 'WebSocket API ChatApi has 3 Lambda authorizers; the quota is 2 per WebSocket API, so the deployment fails unless it was raised'],
    ],
  },
]);
