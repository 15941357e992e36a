import { AWS_SERVICE_URI, COGNITO_POOL_ARN, IAM_ROLE_ARN } from '../aws/arn.js';
import { LAMBDA_APIGATEWAY_PREFIX, LAMBDA_ARN_PREFIX } from '../aws/lambda.js';
import { MAX_MINIMUM_COMPRESSION_SIZE, MIN_INTEGRATION_TIMEOUT_MS, REST_MAX_INTEGRATION_TIMEOUT_MS } from '../aws/limits.js';
import { SUBTYPES } from '../aws/subtypes.js';
import {
  CONNECTION_TYPES, CONTENT_HANDLING, INTEGRATION_HTTP_METHODS, INTEGRATION_RESPONSE_FIELDS, INTEGRATION_TYPES, PASSTHROUGH_BEHAVIORS,
} from './helpers/aws.js';
import { DOCS } from './helpers/docs.js';

/**
 * The `x-amazon-apigateway-*` objects as data: what each field holds and which existing rule
 * (and message) reports a value that breaks it. `struct.ts` walks this table; a new "field X
 * must be Y" rule is one row here plus its rule file (id, meta, messages, docs), with no visitor.
 * Sources: the API Gateway extensions to OpenAPI pages (`docsUrl` of each type) and
 * reference lint-rules.md §A.1.
 */

/**
 * How a value is read before it is judged. `integer`: a JSON number without a fraction.
 * `whole-number`: that, or a string of digits (API Gateway imports `timeoutInMillis: "29000"`).
 * `version`: `1.0` written as a number or a string. `text`: a string, or a number or boolean as
 * written (`statusCode: 200`).
 */
export type Reading = 'integer' | 'whole-number' | 'version' | 'text';

export type FieldType = 'string' | 'boolean' | 'list' | 'string-list' | Reading;

/** One check and the finding it makes; a row with several checks fails when any of them does. */
export interface FieldRow {
  /** The field of the object, or none for the object's own value (`x-amazon-apigateway-api-key-source: HEADER`). */
  field?: string;
  rule: string;
  messageId: string;
  /** The field must be present. Reported on the object's key unless `on` says otherwise. */
  required?: true;
  /** The field must be absent. Reported on the field's key. */
  forbidden?: true;
  type?: FieldType;
  /** Accepted values; compared as written, or ignoring case when API Gateway does (`caseInsensitive`). */
  enum?: ReadonlyArray<string | number>;
  caseInsensitive?: true;
  /** A string (a `text` reading, when `read` says so) that matches. */
  pattern?: RegExp;
  /** Bounds of a number, read as `read` says (default `whole-number`); a value that is no number is left to a `type` row. */
  min?: number;
  max?: number;
  minItems?: number;
  /** At most this many characters as JSON (`{{size}}` in the message). */
  maxSize?: number;
  /** Each item of a list, reported at the item. */
  items?: { pattern: RegExp };
  read?: Reading;
  /** Only for this kind of API (the rule itself may apply to both). */
  apiType?: 'rest' | 'http';
  /** Only when the object says so (an authorizer of a given type). */
  when?: (value: Record<string, unknown>) => boolean;
  /**
   * The walker leaves out values the document does not state (CloudFormation intrinsics, `${…}`
   * placeholders): this row judges them too, as its rule always has.
   */
  judgeUnknown?: true;
  /** Likewise for the items of a list. */
  judgeUnknownItems?: true;
  on?: 'key' | 'value';
  /** How `{{value}}` is written: `describe` (default: `"text"`, `an object`), `json`. */
  show?: 'describe' | 'json';
  /** Fixed message data (`{{expected}}`). */
  data?: Record<string, string>;
  /** `{{hint}}` for a value or a field name. */
  hint?: 'did-you-mean' | ((value: unknown) => string);
}

export interface ClosedRow {
  rule: string;
  messageId: string;
  fields: ReadonlySet<string>;
  /** `x-…` fields are the user's own and always allowed. */
  allowExtensions?: true;
  /** An object the document does not state (an intrinsic) is judged too: its keys are not fields. */
  judgeUnknown?: true;
  /** A field is judged by its name even when its value is not stated. */
  judgeUnknownFields?: true;
  hint?: 'did-you-mean' | ((field: string) => string);
}

/** Where the walker finds objects of a type: a node of the model, or a key of the definition. */
export type Place =
  | 'Integration' | 'IntegrationResponse' | 'Authorizer' | 'RequestValidator' | 'GatewayResponse'
  | { operationKey: string } | { rootKey: string } | 'EndpointConfiguration';

export interface NodeType {
  name: string;
  place: Place;
  docsUrl: string;
  /** Findings when the value is not a mapping (a list, a string). */
  notObject?: Array<Pick<FieldRow, 'rule' | 'messageId' | 'judgeUnknown' | 'on'>>;
  /** Unknown fields: the object is closed (API Gateway ignores or rejects other fields). */
  closed?: ClosedRow;
  fields: FieldRow[];
}

const STATUS_CODE = /^[1-5]\d\d$/;
const VERSIONS = ['1.0', '2.0'];
const isType = (type: string) => (v: Record<string, unknown>) => typeof v.type === 'string' && v.type.toLowerCase() === type;
const isAwsServiceUri = (v: Record<string, unknown>) =>
  isType('aws')(v) && typeof v.uri === 'string' && v.uri !== '' && !LAMBDA_APIGATEWAY_PREFIX.test(v.uri) && !LAMBDA_ARN_PREFIX.test(v.uri);

export const NODE_TYPES: NodeType[] = [
  {
    name: 'x-amazon-apigateway-integration', place: 'Integration', docsUrl: DOCS.integration,
    fields: [
      { field: 'type', rule: 'int/type-missing', messageId: 'missing', required: true },
      { field: 'type', rule: 'int/type-invalid', messageId: 'invalid', enum: INTEGRATION_TYPES, caseInsensitive: true },
      { field: 'httpMethod', rule: 'int/http-method-invalid', messageId: 'invalid', enum: INTEGRATION_HTTP_METHODS, caseInsensitive: true },
      { field: 'passthroughBehavior', rule: 'int/passthrough-invalid', messageId: 'invalid', enum: PASSTHROUGH_BEHAVIORS, caseInsensitive: true },
      { field: 'connectionType', rule: 'int/connection-type-invalid', messageId: 'invalid', enum: CONNECTION_TYPES },
      { field: 'contentHandling', rule: 'int/content-handling-invalid', messageId: 'invalid', enum: CONTENT_HANDLING, data: { where: 'Integration' } },
      { field: 'credentials', rule: 'int/credentials-format', messageId: 'invalid', pattern: IAM_ROLE_ARN },
      { field: 'responseTransferMode', rule: 'int/response-streaming-type', messageId: 'invalid', enum: ['BUFFERED', 'STREAM'] },
      { field: 'timeoutInMillis', rule: 'int/timeout-range', messageId: 'notInteger', type: 'whole-number' },
      { field: 'timeoutInMillis', rule: 'int/timeout-range', messageId: 'tooSmall', min: MIN_INTEGRATION_TIMEOUT_MS },
      // REST APIs go up to 300,000 ms with a raised quota (quotas page, June 2024 change).
      { field: 'timeoutInMillis', rule: 'int/timeout-range', messageId: 'tooLarge', max: REST_MAX_INTEGRATION_TIMEOUT_MS, apiType: 'rest' },
      { field: 'payloadFormatVersion', rule: 'http/payload-format-invalid', messageId: 'invalid', enum: VERSIONS, read: 'version', show: 'json' },
      { field: 'integrationSubtype', rule: 'http/subtype-unknown', messageId: 'unknown', enum: Object.keys(SUBTYPES), hint: 'did-you-mean' },
      { field: 'cacheKeyParameters', rule: 'int/cache-key-undeclared', messageId: 'notList', type: 'list' },
      // A Lambda uri of an aws integration has its own rules (uri/lambda-arn-format, uri/raw-lambda-arn-on-rest).
      { field: 'uri', rule: 'uri/aws-service-arn-format', messageId: 'invalid', pattern: AWS_SERVICE_URI, when: isAwsServiceUri },
    ],
  },
  {
    name: 'x-amazon-apigateway-integration.response', place: 'IntegrationResponse', docsUrl: DOCS.integrationResponse,
    notObject: [{ rule: 'resp/status-code-missing', messageId: 'missing', on: 'key', judgeUnknown: true }],
    closed: {
      rule: 'resp/unknown-field', messageId: 'unknown', fields: INTEGRATION_RESPONSE_FIELDS, allowExtensions: true, judgeUnknown: true, judgeUnknownFields: true,
      hint: (key) => (key.includes('/') ? ' (templates go under responseTemplates)' : ''),
    },
    fields: [
      { field: 'statusCode', rule: 'resp/status-code-missing', messageId: 'missing', required: true, judgeUnknown: true },
      { field: 'statusCode', rule: 'resp/status-code-format', messageId: 'invalid', pattern: STATUS_CODE, read: 'text' },
      { field: 'contentHandling', rule: 'int/content-handling-invalid', messageId: 'invalid', enum: CONTENT_HANDLING },
    ],
  },
  {
    name: 'x-amazon-apigateway-authorizer', place: 'Authorizer', docsUrl: DOCS.authorizer,
    fields: [
      { field: 'type', rule: 'auth/type-invalid', messageId: 'missing', required: true, data: { allowed: 'token, request, cognito_user_pools', kind: 'REST' }, apiType: 'rest' },
      { field: 'type', rule: 'auth/type-invalid', messageId: 'missing', required: true, data: { allowed: 'request, jwt', kind: 'HTTP' }, apiType: 'http' },
      // A jwt authorizer in a REST API has its own rule (auth/jwt-on-rest).
      {
        field: 'type', rule: 'auth/type-invalid', messageId: 'invalid', enum: ['token', 'request', 'cognito_user_pools', 'jwt'], caseInsensitive: true,
        data: { allowed: 'token, request, cognito_user_pools', kind: 'REST' }, apiType: 'rest',
      },
      { field: 'type', rule: 'auth/type-invalid', messageId: 'invalid', enum: ['request', 'jwt'], caseInsensitive: true, data: { allowed: 'request, jwt', kind: 'HTTP' }, apiType: 'http' },
      { field: 'authorizerResultTtlInSeconds', rule: 'auth/ttl-range', messageId: 'invalid', type: 'whole-number' },
      { field: 'authorizerResultTtlInSeconds', rule: 'auth/ttl-range', messageId: 'invalid', min: 0, max: 3600 },
      { field: 'authorizerPayloadFormatVersion', rule: 'auth/http-payload-version', messageId: 'missing', required: true, when: isType('request') },
      { field: 'authorizerPayloadFormatVersion', rule: 'auth/http-payload-version', messageId: 'invalid', enum: VERSIONS, read: 'version', show: 'json', when: isType('request') },
      { field: 'providerARNs', rule: 'auth/cognito-provider-arns', messageId: 'missing', required: true, when: isType('cognito_user_pools') },
      { field: 'providerARNs', rule: 'auth/cognito-provider-arns', messageId: 'empty', type: 'list', minItems: 1, when: isType('cognito_user_pools') },
      { field: 'providerARNs', rule: 'auth/cognito-provider-arns', messageId: 'invalid', items: { pattern: COGNITO_POOL_ARN }, show: 'json', when: isType('cognito_user_pools') },
    ],
  },
  {
    name: 'x-amazon-apigateway-request-validators.validator', place: 'RequestValidator', docsUrl: DOCS.requestValidators,
    notObject: [{ rule: 'val/validator-fields', messageId: 'notObject', judgeUnknown: true }],
    closed: { rule: 'val/validator-fields', messageId: 'unknown', fields: new Set(['validateRequestBody', 'validateRequestParameters']), judgeUnknown: true, judgeUnknownFields: true },
    fields: [
      { field: 'validateRequestBody', rule: 'val/validator-fields', messageId: 'notBoolean', type: 'boolean', judgeUnknown: true },
      { field: 'validateRequestParameters', rule: 'val/validator-fields', messageId: 'notBoolean', type: 'boolean', judgeUnknown: true },
    ],
  },
  {
    name: 'x-amazon-apigateway-gateway-responses.gatewayResponse', place: 'GatewayResponse', docsUrl: DOCS.gatewayResponses,
    fields: [{ field: 'statusCode', rule: 'gw/status-code-format', messageId: 'invalid', pattern: STATUS_CODE, read: 'text' }],
  },
  {
    name: 'x-amazon-apigateway-auth', place: { operationKey: 'x-amazon-apigateway-auth' }, docsUrl: DOCS.auth,
    notObject: [{ rule: 'auth/auth-type-invalid', messageId: 'invalid' }],
    fields: [
      { field: 'type', rule: 'auth/auth-type-invalid', messageId: 'invalid', required: true, on: 'value', judgeUnknown: true },
      { field: 'type', rule: 'auth/auth-type-invalid', messageId: 'invalid', enum: ['NONE', 'AWS_IAM'], caseInsensitive: true },
    ],
  },
  {
    name: 'x-amazon-apigateway-api-key-source', place: { rootKey: 'x-amazon-apigateway-api-key-source' }, docsUrl: DOCS.apiKeySource,
    fields: [{ rule: 'auth/api-key-source-invalid', messageId: 'invalid', enum: ['HEADER', 'AUTHORIZER'] }],
  },
  {
    name: 'x-amazon-apigateway-binary-media-types', place: { rootKey: 'x-amazon-apigateway-binary-media-types' }, docsUrl: DOCS.binaryMediaTypes,
    fields: [
      { rule: 'root/binary-media-types-format', messageId: 'notList', type: 'list' },
      {
        rule: 'root/binary-media-types-format', messageId: 'notMime', items: { pattern: /^[\w.+*-]+\/[\w.+*-]+$/ },
        hint: (t) => (typeof t === 'string' && t.includes('~1') ? '; "~1" escaping belongs to CloudFormation BinaryMediaTypes, not OpenAPI' : ''),
      },
    ],
  },
  {
    name: 'x-amazon-apigateway-minimum-compression-size', place: { rootKey: 'x-amazon-apigateway-minimum-compression-size' }, docsUrl: DOCS.minimumCompression,
    fields: [
      { rule: 'root/min-compression-range', messageId: 'invalid', type: 'whole-number' },
      { rule: 'root/min-compression-range', messageId: 'invalid', min: 0, max: MAX_MINIMUM_COMPRESSION_SIZE },
    ],
  },
  {
    name: 'x-amazon-apigateway-policy', place: { rootKey: 'x-amazon-apigateway-policy' }, docsUrl: DOCS.policy,
    notObject: [{ rule: 'root/policy-shape', messageId: 'notObject' }],
    fields: [
      { field: 'Version', rule: 'root/policy-shape', messageId: 'missing', required: true },
      { field: 'Statement', rule: 'root/policy-shape', messageId: 'missing', required: true },
      // Resource policies are limited to 8,192 characters (quotas page).
      { rule: 'root/policy-shape', messageId: 'tooLarge', maxSize: 8192, on: 'key' },
    ],
  },
  {
    name: 'x-amazon-apigateway-importexport-version', place: { rootKey: 'x-amazon-apigateway-importexport-version' }, docsUrl: DOCS.importExportVersion,
    fields: [{ rule: 'root/importexport-version', messageId: 'invalid', enum: ['1.0', 1], judgeUnknown: true }],
  },
  {
    name: 'x-amazon-apigateway-security-policy', place: { rootKey: 'x-amazon-apigateway-security-policy' }, docsUrl: DOCS.securityPolicy,
    fields: [{ rule: 'root/security-policy', messageId: 'invalid', pattern: /^(TLS_1_0|TLS_1_2|SecurityPolicy_[A-Za-z0-9_-]+)$/ }],
  },
  {
    name: 'x-amazon-apigateway-endpoint-access-mode', place: { rootKey: 'x-amazon-apigateway-endpoint-access-mode' }, docsUrl: DOCS.endpointAccessMode,
    fields: [{ rule: 'root/endpoint-access-mode', messageId: 'invalid', enum: ['BASIC', 'STRICT'] }],
  },
  {
    name: 'x-amazon-apigateway-cors', place: { rootKey: 'x-amazon-apigateway-cors' }, docsUrl: DOCS.cors,
    notObject: [{ rule: 'cors/shape', messageId: 'notObject' }],
    closed: {
      rule: 'cors/shape', messageId: 'unknown', judgeUnknownFields: true,
      fields: new Set(['allowOrigins', 'allowMethods', 'allowHeaders', 'exposeHeaders', 'allowCredentials', 'maxAge']),
    },
    fields: [
      ...['allowOrigins', 'allowMethods', 'allowHeaders', 'exposeHeaders'].map((field): FieldRow => ({
        field, rule: 'cors/shape', messageId: 'type', type: 'string-list', judgeUnknownItems: true, data: { expected: 'a list of strings' },
      })),
      { field: 'allowCredentials', rule: 'cors/shape', messageId: 'type', type: 'boolean', data: { expected: 'true or false' } },
      { field: 'maxAge', rule: 'cors/shape', messageId: 'type', type: 'integer', data: { expected: 'a whole number of seconds' } },
      { field: 'maxAge', rule: 'cors/max-age', messageId: 'range', min: 0, max: 86400, read: 'integer', judgeUnknown: true },
    ],
  },
  {
    name: 'x-amazon-apigateway-endpoint-configuration', place: 'EndpointConfiguration', docsUrl: DOCS.endpointConfiguration,
    notObject: [{ rule: 'root/endpoint-config-fields', messageId: 'notObject' }],
    closed: { rule: 'root/endpoint-config-fields', messageId: 'unknown', fields: new Set(['disableExecuteApiEndpoint', 'vpcEndpointIds', 'ipAddressType']) },
    fields: [
      { field: 'disableExecuteApiEndpoint', rule: 'root/endpoint-config-fields', messageId: 'type', type: 'boolean', data: { expected: 'true or false' } },
      // Private APIs, and so VPC endpoints, are REST only.
      { field: 'vpcEndpointIds', rule: 'root/endpoint-config-fields', messageId: 'vpcOnHttp', forbidden: true, apiType: 'http' },
      { field: 'vpcEndpointIds', rule: 'root/endpoint-config-fields', messageId: 'type', type: 'string-list', apiType: 'rest', data: { expected: 'a list of VPC endpoint ids' } },
      { field: 'ipAddressType', rule: 'root/endpoint-config-fields', messageId: 'type', enum: ['ipv4', 'dualstack'], data: { expected: 'ipv4 or dualstack' } },
    ],
  },
];
