// The rule registry, sorted by id. Regenerate with `node scripts/generate-rule-index.mjs`.
import type { Rule } from '../rule.js';
import { rule as authApiKeySourceInvalid } from './auth/api-key-source-invalid.js';
import { rule as authAuthTypeInvalid } from './auth/auth-type-invalid.js';
import { rule as authAuthorizerCount } from './auth/authorizer-count.js';
import { rule as authAuthtypeReserved } from './auth/authtype-reserved.js';
import { rule as authCognitoProviderArns } from './auth/cognito-provider-arns.js';
import { rule as authHttpPayloadVersion } from './auth/http-payload-version.js';
import { rule as authIdentitySourceFormat } from './auth/identity-source-format.js';
import { rule as authIdentitySourceRequired } from './auth/identity-source-required.js';
import { rule as authJwtConfig } from './auth/jwt-config.js';
import { rule as authJwtOnRest } from './auth/jwt-on-rest.js';
import { rule as authLambdaUriMissing } from './auth/lambda-uri-missing.js';
import { rule as authMultipleAuthorizersRest } from './auth/multiple-authorizers-rest.js';
import { rule as authMultipleRequirements } from './auth/multiple-requirements.js';
import { rule as authOptionsAuthorized } from './auth/options-authorized.js';
import { rule as authRootSecurityIgnored } from './auth/root-security-ignored.js';
import { rule as authSchemeType } from './auth/scheme-type.js';
import { rule as authTokenIdentityValidationOnRequest } from './auth/token-identity-validation-on-request.js';
import { rule as authTtlRange } from './auth/ttl-range.js';
import { rule as authTypeInvalid } from './auth/type-invalid.js';
import { rule as authUndefinedScheme } from './auth/undefined-scheme.js';
import { rule as cfnAuthorizationTypeMismatch } from './cfn/authorization-type-mismatch.js';
import { rule as cfnAwsVariableUnknown } from './cfn/aws-variable-unknown.js';
import { rule as cfnBodyWithResources } from './cfn/body-with-resources.js';
import { rule as cfnDeploymentDependency } from './cfn/deployment-dependency.js';
import { rule as cfnDuplicatePathPart } from './cfn/duplicate-path-part.js';
import { rule as cfnLambdaPermissionMissing } from './cfn/lambda-permission-missing.js';
import { rule as cfnMethodForeignReference } from './cfn/method-foreign-reference.js';
import { rule as cfnMethodSettingEmpty } from './cfn/method-setting-empty.js';
import { rule as cfnShortFormIntrinsic } from './cfn/short-form-intrinsic.js';
import { rule as cfnStageForeignDeployment } from './cfn/stage-foreign-deployment.js';
import { rule as cfnUnresolvedPlaceholder } from './cfn/unresolved-placeholder.js';
import { rule as corsCredentialsWildcard } from './cors/credentials-wildcard.js';
import { rule as corsMaxAge } from './cors/max-age.js';
import { rule as corsRestAllowMethods } from './cors/rest-allow-methods.js';
import { rule as corsRestOptionsMissing } from './cors/rest-options-missing.js';
import { rule as corsShape } from './cors/shape.js';
import { rule as docDisableDirective } from './doc/disable-directive.js';
import { rule as docExtensionMisplaced } from './doc/extension-misplaced.js';
import { rule as docMixedOasVersions } from './doc/mixed-oas-versions.js';
import { rule as docOas31 } from './doc/oas31.js';
import { rule as docParseError } from './doc/parse-error.js';
import { rule as docSizeLimit } from './doc/size-limit.js';
import { rule as docStructureType } from './doc/structure-type.js';
import { rule as docSwaggerForHttpApi } from './doc/swagger-for-http-api.js';
import { rule as docUnknownIntegrationField } from './doc/unknown-integration-field.js';
import { rule as docUnknownXAmazonExtension } from './doc/unknown-x-amazon-extension.js';
import { rule as docVersionFormat } from './doc/version-format.js';
import { rule as docVersionMissing } from './doc/version-missing.js';
import { rule as docYamlLenientParse } from './doc/yaml-lenient-parse.js';
import { rule as gwParamSyntax } from './gw/param-syntax.js';
import { rule as gwRequestTooLarge } from './gw/request-too-large.js';
import { rule as gwResponseTypeInvalid } from './gw/response-type-invalid.js';
import { rule as gwStatusCodeFormat } from './gw/status-code-format.js';
import { rule as httpDefaultRoute } from './http/default-route.js';
import { rule as httpIntegrationRefUnresolved } from './http/integration-ref-unresolved.js';
import { rule as httpPayloadFormatInvalid } from './http/payload-format-invalid.js';
import { rule as httpPayloadFormatMissing } from './http/payload-format-missing.js';
import { rule as httpRestOnlyFeature } from './http/rest-only-feature.js';
import { rule as httpRouteCount } from './http/route-count.js';
import { rule as httpSubtypeNeedsCredentials } from './http/subtype-needs-credentials.js';
import { rule as httpSubtypeRequiredParams } from './http/subtype-required-params.js';
import { rule as httpSubtypeType } from './http/subtype-type.js';
import { rule as httpSubtypeUnknown } from './http/subtype-unknown.js';
import { rule as intCacheKeyUndeclared } from './int/cache-key-undeclared.js';
import { rule as intConnectionIdWithoutVpcLink } from './int/connection-id-without-vpc-link.js';
import { rule as intConnectionTypeInvalid } from './int/connection-type-invalid.js';
import { rule as intContentHandlingInvalid } from './int/content-handling-invalid.js';
import { rule as intCredentialsFormat } from './int/credentials-format.js';
import { rule as intHttpMethodInvalid } from './int/http-method-invalid.js';
import { rule as intHttpMethodMissing } from './int/http-method-missing.js';
import { rule as intPassthroughInvalid } from './int/passthrough-invalid.js';
import { rule as intPassthroughOnProxy } from './int/passthrough-on-proxy.js';
import { rule as intPayloadFormatOnRest } from './int/payload-format-on-rest.js';
import { rule as intRequestTemplatesOnProxy } from './int/request-templates-on-proxy.js';
import { rule as intResponseStreamingType } from './int/response-streaming-type.js';
import { rule as intResponsesOnProxy } from './int/responses-on-proxy.js';
import { rule as intStreamingUriMismatch } from './int/streaming-uri-mismatch.js';
import { rule as intSubtypeOnRest } from './int/subtype-on-rest.js';
import { rule as intTimeoutAboveDefault } from './int/timeout-above-default.js';
import { rule as intTimeoutAboveHttpMax } from './int/timeout-above-http-max.js';
import { rule as intTimeoutRange } from './int/timeout-range.js';
import { rule as intTlsSkipWrongType } from './int/tls-skip-wrong-type.js';
import { rule as intTypeInvalid } from './int/type-invalid.js';
import { rule as intTypeMissing } from './int/type-missing.js';
import { rule as intTypeNotSupportedHttpApi } from './int/type-not-supported-http-api.js';
import { rule as intUriMissing } from './int/uri-missing.js';
import { rule as intUriOnMock } from './int/uri-on-mock.js';
import { rule as intVpcLinkType } from './int/vpc-link-type.js';
import { rule as intVpcLinkWithoutId } from './int/vpc-link-without-id.js';
import { rule as lambdaHttpMethodNotPost } from './lambda/http-method-not-post.js';
import { rule as mapContextVariableUnknown } from './map/context-variable-unknown.js';
import { rule as mapHttpKeySyntax } from './map/http-key-syntax.js';
import { rule as mapHttpReservedHeader } from './map/http-reserved-header.js';
import { rule as mapHttpResponseKey } from './map/http-response-key.js';
import { rule as mapHttpValueSyntax } from './map/http-value-syntax.js';
import { rule as mapParamNameChars } from './map/param-name-chars.js';
import { rule as mapRequestKeySyntax } from './map/request-key-syntax.js';
import { rule as mapRequestValueSyntax } from './map/request-value-syntax.js';
import { rule as mapResponseHeaderUndeclared } from './map/response-header-undeclared.js';
import { rule as mapResponseKeySyntax } from './map/response-key-syntax.js';
import { rule as mapResponseValueSyntax } from './map/response-value-syntax.js';
import { rule as mapSourceUndeclared } from './map/source-undeclared.js';
import { rule as modelCircularRef } from './model/circular-ref.js';
import { rule as modelDecimalFormat } from './model/decimal-format.js';
import { rule as modelDefaultKeyword } from './model/default-keyword.js';
import { rule as modelDeprecated } from './model/deprecated.js';
import { rule as modelDiscriminator } from './model/discriminator.js';
import { rule as modelDraft4 } from './model/draft4.js';
import { rule as modelExample } from './model/example.js';
import { rule as modelExclusiveMinimum } from './model/exclusive-minimum.js';
import { rule as modelInt32Number } from './model/int32-number.js';
import { rule as modelMinMaxItems } from './model/min-max-items.js';
import { rule as modelNameAlphanumeric } from './model/name-alphanumeric.js';
import { rule as modelOneOfOas2 } from './model/one-of-oas2.js';
import { rule as modelParamAttributes } from './model/param-attributes.js';
import { rule as modelPrimitiveResponseSchema } from './model/primitive-response-schema.js';
import { rule as modelReadOnly } from './model/read-only.js';
import { rule as modelRequestBodyOnHttp } from './model/request-body-on-http.js';
import { rule as modelRootResponseRef } from './model/root-response-ref.js';
import { rule as modelUnresolvedRef } from './model/unresolved-ref.js';
import { rule as pathConflictingSiblingParams } from './path/conflicting-sibling-params.js';
import { rule as pathDeclaredParamNotInTemplate } from './path/declared-param-not-in-template.js';
import { rule as pathDuplicateOperationId } from './path/duplicate-operation-id.js';
import { rule as pathDuplicateTemplates } from './path/duplicate-templates.js';
import { rule as pathGreedyNotLast } from './path/greedy-not-last.js';
import { rule as pathHeadWithBody } from './path/head-with-body.js';
import { rule as pathInvalidCharacters } from './path/invalid-characters.js';
import { rule as pathMethodWithoutIntegration } from './path/method-without-integration.js';
import { rule as pathParamNotWholeSegment } from './path/param-not-whole-segment.js';
import { rule as pathReservedRoot } from './path/reserved-root.js';
import { rule as pathTemplateParamUndeclared } from './path/template-param-undeclared.js';
import { rule as pathUnknownMethodKey } from './path/unknown-method-key.js';
import { rule as refCycle } from './ref/cycle.js';
import { rule as refRemote } from './ref/remote.js';
import { rule as refUnresolved } from './ref/unresolved.js';
import { rule as respDuplicateDefault } from './resp/duplicate-default.js';
import { rule as respMissingOnNonProxy } from './resp/missing-on-non-proxy.js';
import { rule as respSelectionPatternJsOnly } from './resp/selection-pattern-js-only.js';
import { rule as respSelectionPatternRegex } from './resp/selection-pattern-regex.js';
import { rule as respStatusCodeFormat } from './resp/status-code-format.js';
import { rule as respStatusCodeMissing } from './resp/status-code-missing.js';
import { rule as respStatusCodeUndeclared } from './resp/status-code-undeclared.js';
import { rule as respUnknownField } from './resp/unknown-field.js';
import { rule as rootBinaryMediaTypesFormat } from './root/binary-media-types-format.js';
import { rule as rootEndpointAccessMode } from './root/endpoint-access-mode.js';
import { rule as rootEndpointConfigFields } from './root/endpoint-config-fields.js';
import { rule as rootEndpointConfigPlacement } from './root/endpoint-config-placement.js';
import { rule as rootHttpOnlyOnRest } from './root/http-only-on-rest.js';
import { rule as rootImportexportVersion } from './root/importexport-version.js';
import { rule as rootMinCompressionRange } from './root/min-compression-range.js';
import { rule as rootPolicyShape } from './root/policy-shape.js';
import { rule as rootRestOnlyOnHttp } from './root/rest-only-on-http.js';
import { rule as rootSecurityPolicy } from './root/security-policy.js';
import { rule as uriAwsServiceArnFormat } from './uri/aws-service-arn-format.js';
import { rule as uriHttpNotUrl } from './uri/http-not-url.js';
import { rule as uriHttpScheme } from './uri/http-scheme.js';
import { rule as uriLambdaArnFormat } from './uri/lambda-arn-format.js';
import { rule as uriPathParamNotMapped } from './uri/path-param-not-mapped.js';
import { rule as uriRawLambdaArnOnRest } from './uri/raw-lambda-arn-on-rest.js';
import { rule as uriRegionMismatch } from './uri/region-mismatch.js';
import { rule as valBodyValidationWithoutSchema } from './val/body-validation-without-schema.js';
import { rule as valOnHttpApi } from './val/on-http-api.js';
import { rule as valUndefinedValidator } from './val/undefined-validator.js';
import { rule as valUnusedValidators } from './val/unused-validators.js';
import { rule as valValidatorFields } from './val/validator-fields.js';
import { rule as vtlContentTypeKey } from './vtl/content-type-key.js';
import { rule as vtlForeachLimit } from './vtl/foreach-limit.js';
import { rule as vtlGatewayResponseVtl } from './vtl/gateway-response-vtl.js';
import { rule as vtlSize } from './vtl/size.js';
import { rule as vtlSyntax } from './vtl/syntax.js';
import { rule as vtlUnknownVariable } from './vtl/unknown-variable.js';
import { rule as wsApiKeySelectionExpression } from './ws/api-key-selection-expression.js';
import { rule as wsAuthorizationNotOnConnect } from './ws/authorization-not-on-connect.js';
import { rule as wsAuthorizationTypeInvalid } from './ws/authorization-type-invalid.js';
import { rule as wsAuthorizerMismatch } from './ws/authorizer-mismatch.js';
import { rule as wsContextVariable } from './ws/context-variable.js';
import { rule as wsDefaultRouteMissing } from './ws/default-route-missing.js';
import { rule as wsHttpOnlyProperty } from './ws/http-only-property.js';
import { rule as wsIdentitySourceFormat } from './ws/identity-source-format.js';
import { rule as wsIntegrationFieldInvalid } from './ws/integration-field-invalid.js';
import { rule as wsIntegrationResponseKey } from './ws/integration-response-key.js';
import { rule as wsIntegrationResponseMissing } from './ws/integration-response-missing.js';
import { rule as wsIntegrationUriMissing } from './ws/integration-uri-missing.js';
import { rule as wsLambdaIntegrationMethod } from './ws/lambda-integration-method.js';
import { rule as wsLambdaPermissionMissing } from './ws/lambda-permission-missing.js';
import { rule as wsModelSelectionNoDefault } from './ws/model-selection-no-default.js';
import { rule as wsModelSelectionUnmatched } from './ws/model-selection-unmatched.js';
import { rule as wsProxyIntegrationIgnored } from './ws/proxy-integration-ignored.js';
import { rule as wsQuota } from './ws/quota.js';
import { rule as wsRequestParameterSource } from './ws/request-parameter-source.js';
import { rule as wsRouteKeyDuplicate } from './ws/route-key-duplicate.js';
import { rule as wsRouteKeyHttpStyle } from './ws/route-key-http-style.js';
import { rule as wsRouteKeyReserved } from './ws/route-key-reserved.js';
import { rule as wsRouteResponseKey } from './ws/route-response-key.js';
import { rule as wsRouteResponseUnsent } from './ws/route-response-unsent.js';
import { rule as wsRouteSelectionExpressionForm } from './ws/route-selection-expression-form.js';
import { rule as wsRouteSelectionExpressionMissing } from './ws/route-selection-expression-missing.js';
import { rule as wsRouteTargetInvalid } from './ws/route-target-invalid.js';
import { rule as wsRouteTargetMissing } from './ws/route-target-missing.js';
import { rule as wsTemplateKeyUnreachable } from './ws/template-key-unreachable.js';
import { rule as wsTemplateSelectionExpression } from './ws/template-selection-expression.js';
import { rule as wsTemplateSize } from './ws/template-size.js';
import { rule as wsTemplateSyntax } from './ws/template-syntax.js';

export const rules: readonly Rule[] = [
  authApiKeySourceInvalid as Rule,
  authAuthTypeInvalid as Rule,
  authAuthorizerCount as Rule,
  authAuthtypeReserved as Rule,
  authCognitoProviderArns as Rule,
  authHttpPayloadVersion as Rule,
  authIdentitySourceFormat as Rule,
  authIdentitySourceRequired as Rule,
  authJwtConfig as Rule,
  authJwtOnRest as Rule,
  authLambdaUriMissing as Rule,
  authMultipleAuthorizersRest as Rule,
  authMultipleRequirements as Rule,
  authOptionsAuthorized as Rule,
  authRootSecurityIgnored as Rule,
  authSchemeType as Rule,
  authTokenIdentityValidationOnRequest as Rule,
  authTtlRange as Rule,
  authTypeInvalid as Rule,
  authUndefinedScheme as Rule,
  cfnAuthorizationTypeMismatch as Rule,
  cfnAwsVariableUnknown as Rule,
  cfnBodyWithResources as Rule,
  cfnDeploymentDependency as Rule,
  cfnDuplicatePathPart as Rule,
  cfnLambdaPermissionMissing as Rule,
  cfnMethodForeignReference as Rule,
  cfnMethodSettingEmpty as Rule,
  cfnShortFormIntrinsic as Rule,
  cfnStageForeignDeployment as Rule,
  cfnUnresolvedPlaceholder as Rule,
  corsCredentialsWildcard as Rule,
  corsMaxAge as Rule,
  corsRestAllowMethods as Rule,
  corsRestOptionsMissing as Rule,
  corsShape as Rule,
  docDisableDirective as Rule,
  docExtensionMisplaced as Rule,
  docMixedOasVersions as Rule,
  docOas31 as Rule,
  docParseError as Rule,
  docSizeLimit as Rule,
  docStructureType as Rule,
  docSwaggerForHttpApi as Rule,
  docUnknownIntegrationField as Rule,
  docUnknownXAmazonExtension as Rule,
  docVersionFormat as Rule,
  docVersionMissing as Rule,
  docYamlLenientParse as Rule,
  gwParamSyntax as Rule,
  gwRequestTooLarge as Rule,
  gwResponseTypeInvalid as Rule,
  gwStatusCodeFormat as Rule,
  httpDefaultRoute as Rule,
  httpIntegrationRefUnresolved as Rule,
  httpPayloadFormatInvalid as Rule,
  httpPayloadFormatMissing as Rule,
  httpRestOnlyFeature as Rule,
  httpRouteCount as Rule,
  httpSubtypeNeedsCredentials as Rule,
  httpSubtypeRequiredParams as Rule,
  httpSubtypeType as Rule,
  httpSubtypeUnknown as Rule,
  intCacheKeyUndeclared as Rule,
  intConnectionIdWithoutVpcLink as Rule,
  intConnectionTypeInvalid as Rule,
  intContentHandlingInvalid as Rule,
  intCredentialsFormat as Rule,
  intHttpMethodInvalid as Rule,
  intHttpMethodMissing as Rule,
  intPassthroughInvalid as Rule,
  intPassthroughOnProxy as Rule,
  intPayloadFormatOnRest as Rule,
  intRequestTemplatesOnProxy as Rule,
  intResponseStreamingType as Rule,
  intResponsesOnProxy as Rule,
  intStreamingUriMismatch as Rule,
  intSubtypeOnRest as Rule,
  intTimeoutAboveDefault as Rule,
  intTimeoutAboveHttpMax as Rule,
  intTimeoutRange as Rule,
  intTlsSkipWrongType as Rule,
  intTypeInvalid as Rule,
  intTypeMissing as Rule,
  intTypeNotSupportedHttpApi as Rule,
  intUriMissing as Rule,
  intUriOnMock as Rule,
  intVpcLinkType as Rule,
  intVpcLinkWithoutId as Rule,
  lambdaHttpMethodNotPost as Rule,
  mapContextVariableUnknown as Rule,
  mapHttpKeySyntax as Rule,
  mapHttpReservedHeader as Rule,
  mapHttpResponseKey as Rule,
  mapHttpValueSyntax as Rule,
  mapParamNameChars as Rule,
  mapRequestKeySyntax as Rule,
  mapRequestValueSyntax as Rule,
  mapResponseHeaderUndeclared as Rule,
  mapResponseKeySyntax as Rule,
  mapResponseValueSyntax as Rule,
  mapSourceUndeclared as Rule,
  modelCircularRef as Rule,
  modelDecimalFormat as Rule,
  modelDefaultKeyword as Rule,
  modelDeprecated as Rule,
  modelDiscriminator as Rule,
  modelDraft4 as Rule,
  modelExample as Rule,
  modelExclusiveMinimum as Rule,
  modelInt32Number as Rule,
  modelMinMaxItems as Rule,
  modelNameAlphanumeric as Rule,
  modelOneOfOas2 as Rule,
  modelParamAttributes as Rule,
  modelPrimitiveResponseSchema as Rule,
  modelReadOnly as Rule,
  modelRequestBodyOnHttp as Rule,
  modelRootResponseRef as Rule,
  modelUnresolvedRef as Rule,
  pathConflictingSiblingParams as Rule,
  pathDeclaredParamNotInTemplate as Rule,
  pathDuplicateOperationId as Rule,
  pathDuplicateTemplates as Rule,
  pathGreedyNotLast as Rule,
  pathHeadWithBody as Rule,
  pathInvalidCharacters as Rule,
  pathMethodWithoutIntegration as Rule,
  pathParamNotWholeSegment as Rule,
  pathReservedRoot as Rule,
  pathTemplateParamUndeclared as Rule,
  pathUnknownMethodKey as Rule,
  refCycle as Rule,
  refRemote as Rule,
  refUnresolved as Rule,
  respDuplicateDefault as Rule,
  respMissingOnNonProxy as Rule,
  respSelectionPatternJsOnly as Rule,
  respSelectionPatternRegex as Rule,
  respStatusCodeFormat as Rule,
  respStatusCodeMissing as Rule,
  respStatusCodeUndeclared as Rule,
  respUnknownField as Rule,
  rootBinaryMediaTypesFormat as Rule,
  rootEndpointAccessMode as Rule,
  rootEndpointConfigFields as Rule,
  rootEndpointConfigPlacement as Rule,
  rootHttpOnlyOnRest as Rule,
  rootImportexportVersion as Rule,
  rootMinCompressionRange as Rule,
  rootPolicyShape as Rule,
  rootRestOnlyOnHttp as Rule,
  rootSecurityPolicy as Rule,
  uriAwsServiceArnFormat as Rule,
  uriHttpNotUrl as Rule,
  uriHttpScheme as Rule,
  uriLambdaArnFormat as Rule,
  uriPathParamNotMapped as Rule,
  uriRawLambdaArnOnRest as Rule,
  uriRegionMismatch as Rule,
  valBodyValidationWithoutSchema as Rule,
  valOnHttpApi as Rule,
  valUndefinedValidator as Rule,
  valUnusedValidators as Rule,
  valValidatorFields as Rule,
  vtlContentTypeKey as Rule,
  vtlForeachLimit as Rule,
  vtlGatewayResponseVtl as Rule,
  vtlSize as Rule,
  vtlSyntax as Rule,
  vtlUnknownVariable as Rule,
  wsApiKeySelectionExpression as Rule,
  wsAuthorizationNotOnConnect as Rule,
  wsAuthorizationTypeInvalid as Rule,
  wsAuthorizerMismatch as Rule,
  wsContextVariable as Rule,
  wsDefaultRouteMissing as Rule,
  wsHttpOnlyProperty as Rule,
  wsIdentitySourceFormat as Rule,
  wsIntegrationFieldInvalid as Rule,
  wsIntegrationResponseKey as Rule,
  wsIntegrationResponseMissing as Rule,
  wsIntegrationUriMissing as Rule,
  wsLambdaIntegrationMethod as Rule,
  wsLambdaPermissionMissing as Rule,
  wsModelSelectionNoDefault as Rule,
  wsModelSelectionUnmatched as Rule,
  wsProxyIntegrationIgnored as Rule,
  wsQuota as Rule,
  wsRequestParameterSource as Rule,
  wsRouteKeyDuplicate as Rule,
  wsRouteKeyHttpStyle as Rule,
  wsRouteKeyReserved as Rule,
  wsRouteResponseKey as Rule,
  wsRouteResponseUnsent as Rule,
  wsRouteSelectionExpressionForm as Rule,
  wsRouteSelectionExpressionMissing as Rule,
  wsRouteTargetInvalid as Rule,
  wsRouteTargetMissing as Rule,
  wsTemplateKeyUnreachable as Rule,
  wsTemplateSelectionExpression as Rule,
  wsTemplateSize as Rule,
  wsTemplateSyntax as Rule,
];

export const rulesById: ReadonlyMap<string, Rule> = new Map(rules.map((r) => [r.id, r]));
