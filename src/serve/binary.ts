import { isObject } from '../model/detect.js';
import type { ApiModel } from '../model/model.js';

/** `CONVERT_TO_TEXT`, `CONVERT_TO_BINARY`, or undefined (passthrough). */
export type ContentHandling = 'CONVERT_TO_TEXT' | 'CONVERT_TO_BINARY' | undefined;

export function contentHandlingOf(value: unknown): ContentHandling {
  const v = isObject(value) ? String(value.contentHandling ?? '').toUpperCase() : '';
  return v === 'CONVERT_TO_TEXT' || v === 'CONVERT_TO_BINARY' ? v : undefined;
}

/** The media type of a header value, lower-cased, without parameters. */
function mediaType(value: string | undefined): string {
  return (value ?? '').split(';')[0]!.trim().toLowerCase();
}

/**
 * A REST API's binary media types: `x-amazon-apigateway-binary-media-types` of the definition, and
 * in a CloudFormation template the API's `BinaryMediaTypes` property, where `~1` stands for `/`.
 */
export function binaryMediaTypesOf(model: ApiModel, resource: string | undefined): string[] {
  const out: string[] = [];
  const fromDoc = model.doc['x-amazon-apigateway-binary-media-types'];
  if (Array.isArray(fromDoc)) for (const t of fromDoc) if (typeof t === 'string') out.push(t);
  const root = model.root.root;
  if (resource && isObject(root) && isObject(root.Resources)) {
    const res = root.Resources[resource];
    const props = isObject(res) && isObject(res.Properties) ? res.Properties : {};
    if (Array.isArray(props.BinaryMediaTypes)) for (const t of props.BinaryMediaTypes) if (typeof t === 'string') out.push(t.replace(/~1/g, '/'));
  }
  return out;
}

/**
 * Whether a Content-Type or Accept value is one of the binary media types; an entry may use `*`
 * for the type or subtype (`image/*`, `*\/*`), the value itself is taken literally
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-payload-encodings.html).
 */
export function isBinaryMediaType(value: string | undefined, binaryMediaTypes: readonly string[]): boolean {
  const m = mediaType(value);
  if (!m || binaryMediaTypes.length === 0) return false;
  const [type, subtype] = m.split('/');
  return binaryMediaTypes.some((entry) => {
    const [t, s] = mediaType(entry).split('/');
    return (t === '*' || t === type) && (s === '*' || s === subtype);
  });
}

/**
 * Only the first media type of Accept counts: "If the Accept header contains multiple media types,
 * API Gateway honors only the first Accept media type"
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-payload-encodings-workflow.html).
 */
export function acceptsBinary(accept: string | undefined, binaryMediaTypes: readonly string[]): boolean {
  return isBinaryMediaType((accept ?? '').split(',')[0], binaryMediaTypes);
}

/**
 * The integration request payload of a non-proxy integration: a binary body (its Content-Type is a
 * binary media type) stays binary unless contentHandling is CONVERT_TO_TEXT (base64-encoded); a text
 * body stays text unless CONVERT_TO_BINARY (base64-decoded). The table of
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-payload-encodings-workflow.html
 */
export function convertRequestPayload(body: Buffer, contentType: string | undefined, binaryMediaTypes: readonly string[], handling: ContentHandling): Buffer {
  const isBinary = isBinaryMediaType(contentType, binaryMediaTypes);
  if (isBinary && handling === 'CONVERT_TO_TEXT') return Buffer.from(body.toString('base64'), 'utf8');
  if (!isBinary && handling === 'CONVERT_TO_BINARY') return Buffer.from(body.toString('utf8'), 'base64');
  return body;
}

/**
 * The method response payload of a non-proxy integration, from the same page's response table: a
 * binary integration response (its Content-Type is a binary media type) is base64-encoded for
 * CONVERT_TO_TEXT, or, without contentHandling, when the first Accept is not binary; a text one is
 * base64-decoded for CONVERT_TO_BINARY, or, without contentHandling, when the first Accept is binary.
 */
export function convertResponsePayload(body: Buffer, contentType: string | undefined, accept: string | undefined, binaryMediaTypes: readonly string[], handling: ContentHandling): Buffer {
  const isBinary = isBinaryMediaType(contentType, binaryMediaTypes);
  const wantsBinary = acceptsBinary(accept, binaryMediaTypes);
  if (isBinary) {
    return handling === 'CONVERT_TO_TEXT' || (handling === undefined && !wantsBinary) ? Buffer.from(body.toString('base64'), 'utf8') : body;
  }
  if (handling === 'CONVERT_TO_BINARY' || (handling === undefined && wantsBinary)) return Buffer.from(body.toString('utf8'), 'base64');
  return body;
}

/**
 * Whether an HTTP API sends a request body to a Lambda function as text: only text/*, application/json,
 * application/xml and application/javascript; any other Content-Type (or none) is base64-encoded with
 * isBase64Encoded true. HTTP APIs have no binary media types
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html:
 * "If the content type of the request is binary, the body is base64-encoded"; the split checked against
 * AWS in github.com/ministackorg/ministack/pull/766).
 */
export function isHttpApiTextBody(contentType: string | undefined): boolean {
  const m = mediaType(contentType);
  return m.startsWith('text/') || m === 'application/json' || m === 'application/xml' || m === 'application/javascript';
}
