import AjvDraft04, { type ValidateFunction } from 'ajv-draft-04';
import { isObject } from '../model/detect.js';
import type { ApiModel, OperationNode } from '../model/model.js';
import { type ClientRequest, headerValue, queryPairs } from './request.js';

// A CommonJS module: its exports object is the class, and `.default` names it too.
const Ajv = AjvDraft04.default;

/** Why the request validator refuses a request, or nothing when it passes. */
export type ValidationFailure =
  | { kind: 'parameters'; missing: string[] }
  | { kind: 'body'; errors: string };

interface Checks {
  body: boolean;
  parameters: boolean;
}

/**
 * Request validators: `x-amazon-apigateway-request-validator` of the method (else of the document)
 * names one of `x-amazon-apigateway-request-validators`; it checks the required request parameters
 * (query string, headers, path) and the body against the method's model, a JSON Schema draft 4
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-method-request-validation.html).
 * Missing parameters are reported before an invalid body (AWS-recorded:
 * LocalStack test_apigateway_common.py::test_api_gateway_request_validator).
 */
export class RequestValidation {
  private readonly ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, logger: false });
  private readonly compiled = new Map<unknown, ValidateFunction | Error>();
  /** Where `#/components/schemas/X` and `#/definitions/X` point, carried in each compiled schema. */
  private readonly containers: Record<string, unknown>;

  constructor(private readonly model: ApiModel) {
    const doc = model.doc;
    this.containers = { definitions: isObject(doc.definitions) ? doc.definitions : {}, components: { schemas: isObject(doc.components) && isObject(doc.components.schemas) ? doc.components.schemas : {} } };
  }

  checks(op: OperationNode): Checks | undefined {
    const name = op.value['x-amazon-apigateway-request-validator'] ?? this.model.doc['x-amazon-apigateway-request-validator'];
    if (typeof name !== 'string') return undefined;
    const v = this.model.validators.get(name)?.value;
    if (!isObject(v)) return undefined;
    return { body: v.validateRequestBody === true, parameters: v.validateRequestParameters === true };
  }

  validate(op: OperationNode, req: ClientRequest): ValidationFailure | undefined {
    const checks = this.checks(op);
    if (!checks) return undefined;
    if (checks.parameters) {
      const query = new Set(queryPairs(req.rawQueryString).map(([k]) => k));
      const missing = op.parameters.filter((p) => p.value.required === true && (
        (p.in === 'query' && !query.has(p.name)) || (p.in === 'header' && headerValue(req, p.name) === undefined))).map((p) => p.name);
      if (missing.length) return { kind: 'parameters', missing };
    }
    if (checks.body) {
      const schema = this.bodySchema(op, headerValue(req, 'content-type'));
      if (schema === undefined) return undefined;
      const validate = this.validator(schema);
      if (validate instanceof Error) return { kind: 'body', errors: `[${validate.message}]` };
      let body: unknown;
      try {
        body = JSON.parse(req.body.toString('utf8'));
      } catch (err) {
        return { kind: 'body', errors: `[${(err as Error).message}]` };
      }
      if (!validate(body)) return { kind: 'body', errors: `[${(validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword}`).join(', ')}]` };
    }
    return undefined;
  }

  /** The model for the request's media type (application/json when it names none). */
  private bodySchema(op: OperationNode, contentType: string | undefined): unknown {
    const media = (contentType ?? 'application/json').split(';')[0]!.trim().toLowerCase();
    const requestBody = op.value.requestBody;
    if (isObject(requestBody) && isObject(requestBody.content)) {
      const entry = Object.entries(requestBody.content).find(([k]) => k.toLowerCase() === media)?.[1];
      return isObject(entry) && entry.schema !== undefined ? entry.schema : undefined;
    }
    if (media !== 'application/json') return undefined;
    return op.parameters.find((p) => p.in === 'body')?.value.schema;
  }

  private validator(schema: unknown): ValidateFunction | Error {
    let v = this.compiled.get(schema);
    if (v === undefined) {
      try {
        v = this.ajv.compile({ ...(isObject(schema) ? schema : {}), ...this.containers });
      } catch (err) {
        v = err as Error;
      }
      this.compiled.set(schema, v);
    }
    return v as ValidateFunction | Error;
  }
}
