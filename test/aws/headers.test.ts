import { describe, expect, it } from 'vitest';
import { isReservedHttpHeader } from '../../src/aws/headers.js';

// https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-parameter-mapping.html#http-api-mapping-reserved-headers
describe('HTTP API reserved headers', () => {
  it.each([
    ['Authorization', true], ['authorization', true], ['Content-Length', true], ['Host', false], ['TE', true], ['Trailers', true],
    ['Via', true], ['X-Forwarded-For', true], ['X-Forwarded-Port', false], ['Access-Control-Allow-Origin', true],
    ['apigw-requestid', true], ['x-amz-date', true], ['X-Amzn-Trace-Id', true], ['x-amazing', false], ['x-api-key', false],
    ['Content-Type', false], ['Origin', true], ['Keep-Alive', true], ['Upgrade', true],
  ])('%s is reserved: %s', (name, expected) => {
    expect(isReservedHttpHeader(name)).toBe(expected);
  });
});
