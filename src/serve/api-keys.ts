import { isObject } from '../model/detect.js';
import type { ApiModel, OperationNode } from '../model/model.js';

/**
 * Whether API Gateway requires an API key for the method: its `security` (or the document's)
 * names an `apiKey` scheme for the `x-api-key` header that is not a Lambda authorizer
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-key-usage-plan-oas.html).
 */
export function apiKeyRequired(model: ApiModel, op: OperationNode): boolean {
  const security = 'security' in op.value ? op.value.security : model.doc.security;
  if (!Array.isArray(security)) return false;
  return security.some((requirement) => isObject(requirement) && Object.keys(requirement).some((name) => {
    const scheme = model.securitySchemes.get(name);
    if (!scheme || scheme.authorizer) return false;
    const v = scheme.value;
    return v.type === 'apiKey' && String(v.in ?? '').toLowerCase() === 'header' && String(v.name ?? '').toLowerCase() === 'x-api-key';
  }));
}

/** `x-amazon-apigateway-api-key-source`: HEADER (the default) or AUTHORIZER. */
export function apiKeySource(model: ApiModel): string {
  const v = model.doc['x-amazon-apigateway-api-key-source'];
  return typeof v === 'string' ? v.toUpperCase() : 'HEADER';
}
