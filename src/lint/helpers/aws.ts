import { lookupTable } from '../../document/own.js';
/** Facts about API Gateway's accepted values, with their sources in reference lint-rules.md §A. */

export const INTEGRATION_TYPES = ['aws', 'aws_proxy', 'http', 'http_proxy', 'mock'];
export const INTEGRATION_HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'ANY'];
export const PASSTHROUGH_BEHAVIORS = ['when_no_match', 'when_no_templates', 'never'];
export const CONTENT_HANDLING = ['CONVERT_TO_TEXT', 'CONVERT_TO_BINARY'];
export const CONNECTION_TYPES = ['INTERNET', 'VPC_LINK'];

export const INTEGRATION_FIELDS = new Set([
  'type', 'uri', 'httpMethod', 'passthroughBehavior', 'contentHandling', 'requestParameters', 'requestTemplates',
  'responses', 'responseParameters', 'cacheKeyParameters', 'cacheNamespace', 'connectionType', 'connectionId',
  'credentials', 'timeoutInMillis', 'tlsConfig', 'payloadFormatVersion', 'integrationSubtype',
  'responseTransferMode', 'integrationTarget', 'description',
]);

export const INTEGRATION_RESPONSE_FIELDS = new Set(['statusCode', 'responseParameters', 'responseTemplates', 'contentHandling']);

/** Placement of every extension (lint-rules.md §A.1). */
export type ExtensionPlace = 'root' | 'operation' | 'pathItem' | 'securityScheme' | 'components' | 'server' | 'tag' | 'integration';
export const EXTENSIONS = lookupTable<ExtensionPlace[]>({
  'x-amazon-apigateway-any-method': ['pathItem'],
  'x-amazon-apigateway-integration': ['operation'],
  'x-amazon-apigateway-integrations': ['components'],
  'x-amazon-apigateway-authorizer': ['securityScheme'],
  'x-amazon-apigateway-authtype': ['securityScheme'],
  'x-amazon-apigateway-auth': ['operation'],
  'x-amazon-apigateway-api-key-source': ['root'],
  'x-amazon-apigateway-binary-media-types': ['root'],
  'x-amazon-apigateway-minimum-compression-size': ['root'],
  'x-amazon-apigateway-policy': ['root'],
  'x-amazon-apigateway-endpoint-configuration': ['root', 'server'],
  'x-amazon-apigateway-gateway-responses': ['root'],
  'x-amazon-apigateway-request-validators': ['root'],
  'x-amazon-apigateway-request-validator': ['root', 'operation'],
  'x-amazon-apigateway-documentation': ['root'],
  'x-amazon-apigateway-cors': ['root'],
  'x-amazon-apigateway-importexport-version': ['root'],
  'x-amazon-apigateway-importer-version': ['root'],
  'x-amazon-apigateway-tag-value': ['tag'],
  'x-amazon-apigateway-security-policy': ['root'],
  'x-amazon-apigateway-endpoint-access-mode': ['root'],
});

/** Gateway response types and their default status codes (gateway responses reference). */
export const GATEWAY_RESPONSE_TYPES = [
  'ACCESS_DENIED', 'API_CONFIGURATION_ERROR', 'AUTHORIZER_CONFIGURATION_ERROR', 'AUTHORIZER_FAILURE',
  'BAD_REQUEST_PARAMETERS', 'BAD_REQUEST_BODY', 'DEFAULT_4XX', 'DEFAULT_5XX', 'EXPIRED_TOKEN', 'INTEGRATION_FAILURE',
  'INTEGRATION_TIMEOUT', 'INVALID_API_KEY', 'INVALID_SIGNATURE', 'MISSING_AUTHENTICATION_TOKEN', 'QUOTA_EXCEEDED',
  'REQUEST_TOO_LARGE', 'RESOURCE_NOT_FOUND', 'THROTTLED', 'UNAUTHORIZED', 'UNSUPPORTED_MEDIA_TYPE', 'WAF_FILTERED',
];

const PARTITION = 'aws(?:-[a-z]+)*';
const REGION = '[a-z]{2}(?:-[a-z]+)+-\\d';
/** `arn:aws:lambda:us-east-1:123456789012:function:name(:alias)?` */
export const LAMBDA_FUNCTION_ARN = new RegExp(`^arn:${PARTITION}:lambda:${REGION}:\\d{12}:function:[A-Za-z0-9_-]{1,64}(?::[A-Za-z0-9_$-]+)?$`);
/** Lambda invocation URI, standard or response-streaming (integration extension `uri`). */
export const LAMBDA_INVOCATION_URI = new RegExp(
  `^arn:${PARTITION}:apigateway:${REGION}:lambda:path/(2015-03-31/functions/(.+)/invocations|2021-11-15/functions/(.+)/response-streaming-invocations)$`,
);
export const AWS_SERVICE_URI = new RegExp(`^arn:${PARTITION}:apigateway:${REGION}:([a-z0-9.-]+\\.)?[a-z0-9-]+:(path|action)/.+$`);
export const IAM_ROLE_ARN = new RegExp(`^arn:${PARTITION}:iam::(\\d{12}|\\*):(role/.+|user/\\*)$`);
export const COGNITO_POOL_ARN = new RegExp(`^arn:${PARTITION}:cognito-idp:${REGION}:\\d{12}:userpool/${REGION}_[A-Za-z0-9]+$`);

export function isLambdaUri(uri: string): boolean {
  return /^arn:[^:]+:apigateway:[^:]*:lambda:path\//.test(uri) || /:lambda:[^:]*:\d{12}:function:/.test(uri);
}

/** The function ARN inside a Lambda invocation URI. */
export function functionArnOf(uri: string): string | undefined {
  const m = LAMBDA_INVOCATION_URI.exec(uri);
  return m ? (m[2] ?? m[3]) : undefined;
}

export const REST_PARAM_LOCATIONS = ['path', 'querystring', 'multivaluequerystring', 'header', 'multivalueheader'];
export const PARAM_NAME = /^[a-zA-Z0-9._$-]+$/;

/** `$context` variables usable in REST parameter mapping (mapping template reference, $context). */
export const CONTEXT_VARIABLES = new Set([
  'accountId', 'apiId', 'authorizer', 'awsEndpointRequestId', 'awsEndpointRequestId2', 'customDomain', 'deploymentId',
  'domainName', 'domainPrefix', 'error', 'extendedRequestId', 'httpMethod', 'identity', 'integration', 'integrationLatency',
  'integrationStatus', 'isCanaryRequest', 'path', 'protocol', 'requestId', 'requestOverride', 'requestTime', 'requestTimeEpoch',
  'resourceId', 'resourcePath', 'responseLatency', 'responseOverride', 'stage', 'status', 'waf', 'wafResponseCode',
  'webaclArn', 'xrayTraceId', 'apiKey', 'apiKeyId', 'caller', 'user', 'userAgent', 'userArn', 'sourceIp',
  'authorize', 'authenticate', 'cognitoAuthenticationProvider', 'cognitoAuthenticationType', 'cognitoIdentityId',
  'cognitoIdentityPoolId', 'principalOrgId', 'clientCert', 'vpce', 'vpcId', 'dataProcessed',
]);

/** Headers that HTTP API parameter mapping refuses (HTTP API parameter mapping, reserved headers). */
export function isReservedHttpHeader(name: string): boolean {
  const h = name.toLowerCase();
  return (
    h.startsWith('access-control-') || h.startsWith('apigw-') || h.startsWith('x-amz-') || h.startsWith('x-amzn-') ||
    ['authorization', 'connection', 'content-encoding', 'content-length', 'content-location', 'forwarded', 'keep-alive',
      'origin', 'proxy-authenticate', 'proxy-authorization', 'te', 'trailers', 'transfer-encoding', 'upgrade',
      'x-forwarded-for', 'x-forwarded-host', 'x-forwarded-proto', 'via'].includes(h)
  );
}

/** HTTP API integration subtypes with required and optional parameters (integration subtype reference). */
export const SUBTYPES = lookupTable<{ required: string[]; optional: string[] }>({
  'EventBridge-PutEvents': { required: ['Detail', 'DetailType', 'Source'], optional: ['Time', 'EventBusName', 'Region', 'Resources', 'TraceHeader'] },
  'SQS-SendMessage': { required: ['QueueUrl', 'MessageBody'], optional: ['DelaySeconds', 'MessageAttributes', 'MessageDeduplicationId', 'MessageGroupId', 'MessageSystemAttributes', 'Region'] },
  'SQS-ReceiveMessage': { required: ['QueueUrl'], optional: ['AttributeNames', 'MaxNumberOfMessages', 'MessageAttributeNames', 'ReceiveRequestAttemptId', 'VisibilityTimeout', 'WaitTimeSeconds', 'Region'] },
  'SQS-DeleteMessage': { required: ['QueueUrl', 'ReceiptHandle'], optional: ['Region'] },
  'SQS-PurgeQueue': { required: ['QueueUrl'], optional: ['Region'] },
  'AppConfig-GetConfiguration': { required: ['Application', 'Environment', 'Configuration', 'ClientId'], optional: ['Region', 'ClientConfigurationVersion'] },
  'Kinesis-PutRecord': { required: ['StreamName', 'Data', 'PartitionKey'], optional: ['SequenceNumberForOrdering', 'ExplicitHashKey', 'Region'] },
  'StepFunctions-StartExecution': { required: ['StateMachineArn'], optional: ['Name', 'Input', 'Region'] },
  'StepFunctions-StartSyncExecution': { required: ['StateMachineArn'], optional: ['Name', 'Input', 'Region', 'TraceHeader'] },
  'StepFunctions-StopExecution': { required: ['ExecutionArn'], optional: ['Cause', 'Error', 'Region'] },
});

export function eqIgnoreCase(a: unknown, list: readonly string[]): boolean {
  return typeof a === 'string' && list.some((x) => x.toLowerCase() === a.toLowerCase());
}

/** Proxy integrations pass the request and the back end's response through: their templates and integration responses are ignored. */
export function isProxy(integration: { type?: string }): boolean {
  return integration.type === 'aws_proxy' || integration.type === 'http_proxy';
}
