/**
 * The REST → HTTP API feature table as data (reference http-compat.md §2, from AWS's "Choose
 * between REST APIs and HTTP APIs" page and the HTTP API developer guide).
 */
export type Verdict = 'supported' | 'convertible-with-change' | 'blocking';

export const VERDICT_RANK: Record<Verdict, number> = { supported: 0, 'convertible-with-change': 1, blocking: 2 };

export interface FeatureInfo {
  id: string;
  title: string;
  verdict: Verdict;
  migration: string;
}

const f = (id: string, title: string, verdict: Verdict, migration: string): FeatureInfo => ({ id, title, verdict, migration });

export const FEATURES: readonly FeatureInfo[] = [
  f('endpoint.edge', 'Edge-optimized endpoint', 'convertible-with-change', 'HTTP APIs are Regional only: re-create as Regional and, if edge locations matter, put your own CloudFront distribution in front. Edge custom domains become Regional domains (a DNS change; CloudFront-* request headers disappear).'),
  f('endpoint.regional', 'Regional endpoint', 'supported', 'Nothing to change.'),
  f('endpoint.private', 'Private (VPC-only) endpoint', 'blocking', 'There is no private HTTP API: keep the REST API, or expose the back end privately another way (internal ALB, VPC Lattice).'),
  f('security.mtls', 'Mutual TLS on a custom domain', 'supported', 'Use an AWS::ApiGatewayV2::DomainName with the same trust store; HTTP custom domains accept TLS 1.2 only. Disable the default execute-api endpoint so mTLS cannot be bypassed.'),
  f('security.backend-client-cert', 'Client certificate for back-end authentication', 'blocking', 'HTTP APIs cannot present a client certificate: authenticate the back end through a VPC link and security groups, or with IAM-signed AWS integrations.'),
  f('security.waf', 'AWS WAF web ACL', 'blocking', 'HTTP APIs cannot be associated with AWS WAF: put CloudFront in front with the web ACL on the distribution, and disable the default endpoint.'),
  f('security.resource-policy', 'Resource policy', 'blocking', 'HTTP APIs have no resource policies: use IAM authorization with identity policies, or a Lambda authorizer that checks the source IP or principal.'),
  f('auth.iam', 'IAM (SigV4) authorization', 'supported', 'Callers\' IAM policies must name the new API id (arn:aws:execute-api:<region>:<account>:<new-api-id>/<stage>/<METHOD>/<path>).'),
  f('auth.lambda-token', 'Lambda authorizer (TOKEN)', 'convertible-with-change', 'Make it a REQUEST authorizer with identitySource $request.header.Authorization: the function reads the header instead of authorizationToken, and the validation regex moves into the function. Payload format 1.0 keeps the IAM-policy response.'),
  f('auth.lambda-request', 'Lambda authorizer (REQUEST)', 'convertible-with-change', 'Rewrite identity sources as $request.header.X, $request.querystring.Y, $stageVariables.Z, $context.W and set authorizerPayloadFormatVersion ("1.0" keeps the REST event).'),
  f('auth.cognito', 'Amazon Cognito user pool authorizer', 'convertible-with-change', 'Use a JWT authorizer: issuer https://cognito-idp.<region>.amazonaws.com/<user-pool-id>, audience [<app-client-id>], identitySource $request.header.Authorization; OAuth scopes move to the route\'s authorization scopes.'),
  f('mgmt.custom-domain', 'Custom domain name and base path mappings', 'supported', 'Use AWS::ApiGatewayV2::DomainName and ApiMapping (Regional, TLS 1.2); REST and HTTP stages can share one domain.'),
  f('mgmt.api-keys', 'API keys', 'blocking', 'HTTP APIs have no API keys: validate keys in a Lambda authorizer against your own store.'),
  f('mgmt.usage-plans', 'Usage plans (per-client throttling and quotas)', 'blocking', 'HTTP APIs have no usage plans: meter clients yourself (for example counters checked by an authorizer), or keep the REST API.'),
  f('mgmt.throttling-stage', 'Stage and method throttling', 'convertible-with-change', 'Move the limits to AWS::ApiGatewayV2::Stage DefaultRouteSettings and RouteSettings, keyed by route ("GET /pets").'),
  f('dev.cors', 'CORS', 'convertible-with-change', 'Replace the OPTIONS mock methods with x-amazon-apigateway-cors (CloudFormation CorsConfiguration): API Gateway then answers preflight itself and ignores CORS headers from the back end. With a $default route and an authorizer, add an unauthenticated OPTIONS /{proxy+} route.'),
  f('dev.caching', 'Stage cache', 'blocking', 'HTTP APIs have no cache: cache in CloudFront in front of the API, or in the application.'),
  f('dev.gateway-responses', 'Custom gateway responses', 'blocking', 'HTTP APIs return a fixed JSON message for errors they generate; if the responses only add CORS headers, the HTTP CORS configuration covers that.'),
  f('dev.canary', 'Canary release deployments', 'blocking', 'HTTP APIs have no canary stages: use weighted DNS between two APIs or stages, or Lambda alias traffic shifting.'),
  f('dev.request-validation', 'Request validation', 'blocking', 'HTTP APIs do not validate requests (the import keeps going and silently drops it): validate in the back end.'),
  f('dev.parameter-mapping', 'Request and response parameter mapping', 'convertible-with-change', 'Rewrite as HTTP API parameter mapping: integration.request.header.X ← method.request.header.Y becomes overwrite:header.X = $request.header.Y; static \'v\' becomes v; context.x becomes $context.x; response headers are keyed by back-end status code.'),
  f('dev.vtl-request', 'Request mapping templates (VTL)', 'blocking', 'HTTP APIs have no mapping templates: move the transformation into a Lambda proxy integration.'),
  f('dev.vtl-response', 'Response mapping templates and selection patterns', 'blocking', 'HTTP APIs have no response templates or selection patterns: return the final response from a Lambda proxy; overwrite:statuscode covers only simple status rewrites.'),
  f('dev.binary-media', 'Binary payloads', 'convertible-with-change', 'HTTP APIs have no binary media type list: a Lambda proxy marks binary bodies with isBase64Encoded and HTTP proxies pass bytes through. contentHandling conversions have no equivalent.'),
  f('dev.compression', 'Payload compression', 'convertible-with-change', 'HTTP APIs do not compress responses: drop the setting and let the back end compress, or accept uncompressed bodies.'),
  f('dev.documentation', 'Documentation parts', 'convertible-with-change', 'HTTP APIs have no documentation parts: keep the documentation in the OpenAPI file itself.'),
  f('dev.stage-variables', 'Stage variables', 'supported', 'Use AWS::ApiGatewayV2::Stage StageVariables; Lambda permissions for function names taken from stage variables are added by hand on both.'),
  f('dev.openapi-version', 'Definition format', 'convertible-with-change', 'HTTP APIs import OpenAPI 3.0 only: convert the Swagger 2.0 definition to OpenAPI 3.0 first.'),
  f('dev.response-streaming', 'Response streaming', 'blocking', 'HTTP APIs cannot stream responses: use a Lambda function URL with response streaming, or keep the REST API.'),
  f('dev.timeout', 'Integration timeout', 'supported', 'HTTP API integrations time out after at most 30 seconds, which cannot be raised: longer work needs an asynchronous pattern (queue and polling) or the REST API.'),
  f('integ.http-proxy', 'HTTP proxy integration', 'supported', 'Nothing to change.'),
  f('integ.http', 'HTTP integration (non-proxy)', 'convertible-with-change', 'Switch to HTTP_PROXY; templates and selection patterns on it need their own rewrite (dev.vtl-*).'),
  f('integ.lambda-proxy', 'Lambda proxy integration', 'supported', 'Set payloadFormatVersion "1.0" to keep the REST event and response shape; move to "2.0" later.'),
  f('integ.lambda-custom', 'Lambda custom (non-proxy) integration', 'convertible-with-change', 'Switch to AWS_PROXY: the handler must read the proxy event and return {statusCode, headers, body}.'),
  f('integ.aws-service', 'AWS service integration', 'convertible-with-change', 'Use the matching integration subtype (type AWS_PROXY, integrationSubtype, a credentials role, requestParameters built from $request.*); actions without a subtype need a Lambda proxy that makes the SDK call.'),
  f('integ.mock', 'Mock integration', 'blocking', 'HTTP APIs have no mock integrations: return the static response from a Lambda function.'),
  f('integ.vpc-link', 'Private integration (VPC link)', 'convertible-with-change', 'Create an AWS::ApiGatewayV2::VpcLink (subnets and security groups); the integration uri becomes the load balancer listener ARN or Cloud Map service ARN, with tlsConfig.serverNameToVerify for HTTPS.'),
  f('mon.metrics', 'Detailed CloudWatch metrics', 'convertible-with-change', 'Metric names and dimensions differ (4XXError → 4xx, ApiName → ApiId, Resource/Method → Route): rewrite alarms and dashboards; enable DetailedMetricsEnabled.'),
  f('mon.access-logs-cloudwatch', 'Access logs to CloudWatch Logs', 'supported', 'Use AccessLogSettings on the HTTP API stage; check that every $context variable in the format exists for HTTP APIs.'),
  f('mon.access-logs-firehose', 'Access logs to Kinesis Data Firehose', 'blocking', 'HTTP APIs log to CloudWatch Logs only: send to a log group and forward with a subscription filter.'),
  f('mon.execution-logs', 'Execution logs', 'convertible-with-change', 'HTTP APIs have no execution logs: put $context.integrationErrorMessage, $context.authorizer.error and $context.error.message into the access log format.'),
  f('mon.xray', 'AWS X-Ray tracing', 'blocking', 'HTTP APIs do not trace with X-Ray: trace in the Lambda function or back end instead.'),
];

export const FEATURES_BY_ID: ReadonlyMap<string, FeatureInfo> = new Map(FEATURES.map((x) => [x.id, x]));
