import { describe, expect, it } from 'vitest';
import { rulesById } from '../../src/lint/rules/index.js';

/**
 * Severities follow one principle (README, "Severities"): error = the import or the deployment
 * fails, or every call fails; warning = a call can fail or behave unlike what the definition
 * says; info = ignored or cosmetic. These are the rules whose severity was decided against it,
 * each with the AWS behaviour that places it.
 */
const decided: Array<[string, 'error' | 'warning' | 'info', string]> = [
  // API Gateway does not parse templates on import; one that does not parse fails every call it
  // transforms with 500. https://docs.aws.amazon.com/apigateway/latest/developerguide/models-mappings.html
  ['vtl/syntax', 'error', 'every call fails'],
  // Lambda is invoked with POST; any other verb imports, and every call fails with "Execution failed
  // due to configuration error". https://repost.aws/knowledge-center/api-gateway-lambda-template-invoke-error
  ['lambda/http-method-not-post', 'error', 'every call fails'],
  // "For a non-proxy integration, you must set up at least one integration response ... to pass the result
  // returned from the backend to the client." https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-integration-settings-integration-response.html
  ['resp/missing-on-non-proxy', 'error', 'every call fails'],
  // The import reads one document; a model may only name another model by
  // https://apigateway.amazonaws.com/restapis/{id}/models/{name} ("Model reference must be in canonical form").
  // https://docs.aws.amazon.com/apigateway/latest/api/API_GetModel.html
  ['ref/remote', 'error', 'the import fails'],
  // The method still routes (the AWS-validated LocalStack mock test calls ANY /echo/{data} with {data}
  // undeclared); a mapping of the parameter needs the declaration and is map/source-undeclared's error.
  // https://repost.aws/knowledge-center/api-gateway-proxy-path-parameter-error
  ['path/template-param-undeclared', 'info', 'cosmetic'],
  // With no model the body validator has nothing to check: the setting has no effect.
  // https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-method-request-validation.html
  ['val/body-validation-without-schema', 'info', 'ignored'],
  // Method response models document the response; API Gateway does not validate responses against them.
  // https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-known-issues.html
  ['model/primitive-response-schema', 'info', 'ignored'],
  // insecureSkipVerification is read for HTTP integrations only; elsewhere it changes nothing.
  // https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-extensions-integration-tls-config.html
  ['int/tls-skip-wrong-type', 'info', 'ignored'],
  // A $util function or variable API Gateway does not define renders as empty: the output differs from
  // what the template says. https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html
  ['vtl/unknown-variable', 'warning', 'a call behaves unlike the definition'],
  // A browser's preflight for a verb the OPTIONS method does not allow fails, and so does the call.
  // https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-cors.html
  ['cors/rest-allow-methods', 'warning', 'a call can fail'],
  // "/ping and /sping are reserved for the service health check": behind a custom domain name, calls to
  // them do not reach the API. https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-known-issues.html
  ['path/reserved-root', 'warning', 'a call behaves unlike the definition'],
];

describe('severity principle', () => {
  it.each(decided)('%s is %s (%s)', (id, severity) => {
    expect(rulesById.get(id)?.meta.defaultSeverity).toBe(severity);
  });
});
