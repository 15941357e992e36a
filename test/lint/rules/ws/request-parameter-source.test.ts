import { describeRule } from '../../../support/rule-tester.js';

// Integration request data mapping: the request query string, header and their multi-value forms are
// "supported only for the $connect route"; route.request.body, stageVariables, context and 'static'
// values everywhere: https://docs.aws.amazon.com/apigateway/latest/developerguide/websocket-api-data-mapping.html
describeRule('ws/request-parameter-source', [
  { name: 'accepts query strings on $connect and body, context, stage and static sources elsewhere', spec: 'pass.yaml', expected: [] },
  {
    name: 'reports a route parameter and integration sources of the upgrade request on a message route',
    spec: 'fail.yaml',
    expected: [
      ['routeParameter', '/Resources/SendRoute/Properties/RequestParameters/route.request.header.Authorization', 16, 9, 'route sendmessage (SendRoute) declares request parameter route.request.header.Authorization, but a message has no header: only the $connect request does, so it is never present'],
      ['integrationSource', '/Resources/SendIntegration/Properties/RequestParameters/integration.request.header.Authorization', 28, 51, 'Integration SendIntegration maps integration.request.header.Authorization from route.request.header.Authorization, which exists only on the $connect route, but it serves route sendmessage (SendRoute); there the value is missing. Map from route.request.body, stageVariables, context or a static value'],
      ['integrationSource', '/Resources/SendIntegration/Properties/RequestParameters/integration.request.querystring.tags', 29, 47, 'Integration SendIntegration maps integration.request.querystring.tags from route.request.multivaluequerystring.tag, which exists only on the $connect route, but it serves route sendmessage (SendRoute); there the value is missing. Map from route.request.body, stageVariables, context or a static value'],
    ],
  },
]);
