/**
 * The first segment of every `$context` variable of a REST API (`$context.identity.sourceIp` →
 * `identity`, and the segments under it), as the mapping template reference lists them
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html#context-variable-reference).
 */
export const CONTEXT_VARIABLES: ReadonlySet<string> = new Set([
  'accountId', 'apiId', 'authorizer', 'awsEndpointRequestId', 'awsEndpointRequestId2', 'customDomain', 'deploymentId',
  'domainName', 'domainPrefix', 'error', 'extendedRequestId', 'httpMethod', 'identity', 'integration', 'integrationLatency',
  'integrationStatus', 'isCanaryRequest', 'path', 'protocol', 'requestId', 'requestOverride', 'requestTime', 'requestTimeEpoch',
  'resourceId', 'resourcePath', 'responseLatency', 'responseOverride', 'stage', 'status', 'waf', 'wafResponseCode',
  'webaclArn', 'xrayTraceId', 'apiKey', 'apiKeyId', 'caller', 'user', 'userAgent', 'userArn', 'sourceIp',
  'authorize', 'authenticate', 'cognitoAuthenticationProvider', 'cognitoAuthenticationType', 'cognitoIdentityId',
  'cognitoIdentityPoolId', 'principalOrgId', 'clientCert', 'vpce', 'vpcId', 'dataProcessed',
]);

/**
 * The first segment of every `$context` variable a WebSocket API sets in mapping templates, as
 * the WebSocket mapping template reference lists them
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-mapping-template-reference.html),
 * and `messageDirection`, which the requestContext of WebSocket Lambda events carries
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-lambda-auth.html).
 * `authorizer`, `error` and `identity` have segments under them.
 */
export const WEBSOCKET_CONTEXT_VARIABLES: ReadonlySet<string> = new Set([
  'apiId', 'authorizer', 'connectedAt', 'connectionId', 'domainName', 'error', 'eventType', 'extendedRequestId',
  'identity', 'messageDirection', 'messageId', 'requestId', 'requestTime', 'requestTimeEpoch', 'routeKey', 'stage', 'status',
]);
