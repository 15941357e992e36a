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
