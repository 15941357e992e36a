/**
 * Headers HTTP API parameter mapping refuses to read or write: four prefixes and a list of names
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-parameter-mapping.html#http-api-mapping-reserved-headers).
 */
const RESERVED_PREFIXES = ['access-control-', 'apigw-', 'x-amz-', 'x-amzn-'];
const RESERVED_NAMES = new Set([
  'authorization', 'connection', 'content-encoding', 'content-length', 'content-location', 'forwarded', 'keep-alive',
  'origin', 'proxy-authenticate', 'proxy-authorization', 'te', 'trailers', 'transfer-encoding', 'upgrade',
  'x-forwarded-for', 'x-forwarded-host', 'x-forwarded-proto', 'via',
]);

/** Whether HTTP API parameter mapping refuses the header (names compare case-insensitively). */
export function isReservedHttpHeader(name: string): boolean {
  const h = name.toLowerCase();
  return RESERVED_PREFIXES.some((p) => h.startsWith(p)) || RESERVED_NAMES.has(h);
}
