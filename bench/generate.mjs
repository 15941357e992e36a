// Synthetic API Gateway definitions for the benchmark: a realistic mix of Lambda proxy,
// Lambda custom (VTL request/response templates), HTTP proxy and mock (CORS) integrations,
// authorizers, request validators, parameters and model $refs.
import yaml from 'js-yaml';

const LAMBDA = (name) =>
  `arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:${name}/invocations`;

const REQUEST_TEMPLATE = `#set($body = $input.path('$'))
{
  "id": "$input.params('id')",
  "stage": "$context.stage",
  "requestId": "$context.requestId",
  "items": [
#foreach($item in $body.items)
    {"name": "$util.escapeJavaScript($item.name)", "qty": $item.qty}#if($foreach.hasNext),#end
#end
  ],
  "raw": $input.json('$.meta')
}`;

const RESPONSE_TEMPLATE = `#set($r = $input.path('$'))
{"ok": true, "count": $r.count, "next": "$util.urlEncode($r.next)"}`;

function indent(text, n) {
  const pad = ' '.repeat(n);
  return text.split('\n').map((l) => pad + l).join('\n');
}

function operation(i, method, kind) {
  const lines = [];
  lines.push(`    ${method}:`);
  lines.push(`      operationId: op${i}${method}`);
  lines.push(`      summary: Operation ${i} (${kind})`);
  lines.push(`      description: >-`);
  lines.push(`        Returns or changes item {id} of resource collection ${i}. Callers pass a trace id header that is`);
  lines.push(`        forwarded to the back end; responses carry CORS headers. Limits apply per API key and stage, and`);
  lines.push(`        the integration times out after the configured period. See the service guide for error codes.`);
  lines.push(`      tags: [items, generated]`);
  lines.push(`      produces: [application/json]`);
  lines.push(`      security:`);
  lines.push(`        - ${i % 3 === 0 ? 'cognito' : 'tokenAuth'}: []`);
  lines.push(`      x-amazon-apigateway-request-validator: ${method === 'post' || method === 'put' ? 'all' : 'params'}`);
  lines.push(`      parameters:`);
  lines.push(`        - name: id`);
  lines.push(`          in: path`);
  lines.push(`          required: true`);
  lines.push(`          type: string`);
  lines.push(`        - $ref: '#/parameters/Limit'`);
  lines.push(`        - name: x-trace-id`);
  lines.push(`          in: header`);
  lines.push(`          type: string`);
  if (method === 'post' || method === 'put') {
    lines.push(`        - name: body`);
    lines.push(`          in: body`);
    lines.push(`          schema:`);
    lines.push(`            $ref: '#/definitions/Item${i % 50}'`);
  }
  lines.push(`      responses:`);
  lines.push(`        '200':`);
  lines.push(`          description: OK`);
  lines.push(`          schema:`);
  lines.push(`            $ref: '#/definitions/Item${i % 50}'`);
  lines.push(`          headers:`);
  lines.push(`            Access-Control-Allow-Origin:`);
  lines.push(`              type: string`);
  lines.push(`        '400':`);
  lines.push(`          description: Bad request`);
  lines.push(`          schema:`);
  lines.push(`            type: object`);
  lines.push(`            properties:`);
  lines.push(`              message: {type: string}`);
  lines.push(`              code: {type: integer}`);
  lines.push(`        '404':`);
  lines.push(`          description: Not found`);
  lines.push(`      x-amazon-apigateway-integration:`);
  if (kind === 'proxy') {
    lines.push(`        type: aws_proxy`);
    lines.push(`        httpMethod: POST`);
    lines.push(`        uri: ${LAMBDA(`fn${i % 40}`)}`);
    lines.push(`        timeoutInMillis: 29000`);
  } else if (kind === 'custom') {
    lines.push(`        type: aws`);
    lines.push(`        httpMethod: POST`);
    lines.push(`        uri: ${LAMBDA(`fn${i % 40}`)}`);
    lines.push(`        credentials: arn:aws:iam::123456789012:role/apigw-invoke`);
    lines.push(`        passthroughBehavior: when_no_templates`);
    lines.push(`        requestParameters:`);
    lines.push(`          integration.request.header.x-trace-id: method.request.header.x-trace-id`);
    lines.push(`        requestTemplates:`);
    lines.push(`          application/json: |`);
    lines.push(indent(REQUEST_TEMPLATE, 12));
    lines.push(`        responses:`);
    lines.push(`          default:`);
    lines.push(`            statusCode: '200'`);
    lines.push(`            responseParameters:`);
    lines.push(`              method.response.header.Access-Control-Allow-Origin: "'*'"`);
    lines.push(`            responseTemplates:`);
    lines.push(`              application/json: |`);
    lines.push(indent(RESPONSE_TEMPLATE, 16));
    lines.push(`          '.*"status":400.*':`);
    lines.push(`            statusCode: '400'`);
  } else {
    lines.push(`        type: http_proxy`);
    lines.push(`        httpMethod: ANY`);
    lines.push(`        uri: https://backend.example.com/items/{id}`);
    lines.push(`        connectionType: VPC_LINK`);
    lines.push(`        connectionId: \${stageVariables.vpcLinkId}`);
    lines.push(`        requestParameters:`);
    lines.push(`          integration.request.path.id: method.request.path.id`);
    lines.push(`          integration.request.header.x-trace-id: method.request.header.x-trace-id`);
    lines.push(`        cacheKeyParameters:`);
    lines.push(`          - method.request.path.id`);
  }
  return lines;
}

/** A Swagger 2.0 REST API definition with `operations` operations, as YAML text. */
export function generateSpec(operations) {
  const out = [];
  out.push(`swagger: '2.0'`);
  out.push(`info:`);
  out.push(`  title: Synthetic benchmark API`);
  out.push(`  version: '1.0'`);
  out.push(`basePath: /v1`);
  out.push(`schemes: [https]`);
  out.push(`x-amazon-apigateway-request-validators:`);
  out.push(`  all:`);
  out.push(`    validateRequestBody: true`);
  out.push(`    validateRequestParameters: true`);
  out.push(`  params:`);
  out.push(`    validateRequestBody: false`);
  out.push(`    validateRequestParameters: true`);
  out.push(`x-amazon-apigateway-binary-media-types: ['image/png', 'application/octet-stream']`);
  out.push(`x-amazon-apigateway-gateway-responses:`);
  out.push(`  DEFAULT_4XX:`);
  out.push(`    responseParameters:`);
  out.push(`      gatewayresponse.header.Access-Control-Allow-Origin: "'*'"`);
  out.push(`    responseTemplates:`);
  out.push(`      application/json: '{"message": $context.error.messageString}'`);
  out.push(`paths:`);
  const kinds = ['proxy', 'custom', 'proxy', 'http', 'custom', 'proxy'];
  let i = 0;
  for (let r = 0; i < operations; r++) {
    out.push(`  /resource${r}/{id}:`);
    for (const method of ['get', 'post', 'put', 'delete']) {
      if (i >= operations) break;
      out.push(...operation(i, method, kinds[i % kinds.length]));
      i++;
    }
    if (i < operations) {
      out.push(`    options:`);
      out.push(`      parameters:`);
      out.push(`        - {name: id, in: path, required: true, type: string}`);
      out.push(`      responses:`);
      out.push(`        '200':`);
      out.push(`          description: CORS`);
      out.push(`          headers:`);
      out.push(`            Access-Control-Allow-Methods:`);
      out.push(`              type: string`);
      out.push(`      x-amazon-apigateway-integration:`);
      out.push(`        type: mock`);
      out.push(`        requestTemplates:`);
      out.push(`          application/json: '{"statusCode": 200}'`);
      out.push(`        responses:`);
      out.push(`          default:`);
      out.push(`            statusCode: '200'`);
      out.push(`            responseParameters:`);
      out.push(`              method.response.header.Access-Control-Allow-Methods: "'GET,POST,PUT,DELETE,OPTIONS'"`);
      i++;
    }
  }
  out.push(`securityDefinitions:`);
  out.push(`  tokenAuth:`);
  out.push(`    type: apiKey`);
  out.push(`    name: Authorization`);
  out.push(`    in: header`);
  out.push(`    x-amazon-apigateway-authtype: custom`);
  out.push(`    x-amazon-apigateway-authorizer:`);
  out.push(`      type: token`);
  out.push(`      authorizerUri: ${LAMBDA('authorizer')}`);
  out.push(`      identitySource: method.request.header.Authorization`);
  out.push(`      authorizerResultTtlInSeconds: 300`);
  out.push(`  cognito:`);
  out.push(`    type: apiKey`);
  out.push(`    name: Authorization`);
  out.push(`    in: header`);
  out.push(`    x-amazon-apigateway-authtype: cognito_user_pools`);
  out.push(`    x-amazon-apigateway-authorizer:`);
  out.push(`      type: cognito_user_pools`);
  out.push(`      providerARNs:`);
  out.push(`        - arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_AbCdEf123`);
  out.push(`parameters:`);
  out.push(`  Limit:`);
  out.push(`    name: limit`);
  out.push(`    in: query`);
  out.push(`    type: integer`);
  out.push(`definitions:`);
  for (let m = 0; m < 50; m++) {
    out.push(`  Item${m}:`);
    out.push(`    type: object`);
    out.push(`    required: [name]`);
    out.push(`    properties:`);
    out.push(`      name: {type: string, maxLength: 100}`);
    out.push(`      qty: {type: integer, minimum: 0}`);
    out.push(`      tags: {type: array, items: {type: string}}`);
    out.push(`      owner: {$ref: '#/definitions/Item${(m + 1) % 50}'}`);
  }
  return out.join('\n') + '\n';
}

/** The same definition as JSON: pretty-printed (two spaces), or minified on one line. */
export function generateJson(operations, pretty) {
  const doc = yaml.load(generateSpec(operations));
  return (pretty ? JSON.stringify(doc, null, 2) : JSON.stringify(doc)) + '\n';
}
