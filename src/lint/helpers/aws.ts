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

export const REST_PARAM_LOCATIONS = ['path', 'querystring', 'multivaluequerystring', 'header', 'multivalueheader'];
export const PARAM_NAME = /^[a-zA-Z0-9._$-]+$/;

/** Proxy integrations pass the request and the back end's response through: their templates and integration responses are ignored. */
export function isProxy(integration: { type?: string }): boolean {
  return integration.type === 'aws_proxy' || integration.type === 'http_proxy';
}
