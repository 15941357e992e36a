import { describe, expect, it } from 'vitest';
import { CONTEXT_VARIABLES } from '../../src/aws/context-variables.js';
import * as limits from '../../src/aws/limits.js';

describe('limits', () => {
  // REST: https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-execution-service-limits-table.html
  // HTTP: https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-quotas.html
  it('integration timeouts: 50 ms to 29 s for REST (300 s with a raised quota), 30 s for HTTP APIs', () => {
    expect(limits.MIN_INTEGRATION_TIMEOUT_MS).toBe(50);
    expect(limits.REST_DEFAULT_INTEGRATION_TIMEOUT_MS).toBe(29_000);
    expect(limits.REST_MAX_INTEGRATION_TIMEOUT_MS).toBe(300_000);
    expect(limits.HTTP_MAX_INTEGRATION_TIMEOUT_MS).toBe(30_000);
  });

  it('payload: 10 MB; minimum compression size up to 10485760 bytes', () => {
    // https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-minimum-compression-size.html
    expect(limits.MAX_PAYLOAD_BYTES).toBe(10_485_760);
    expect(limits.MAX_MINIMUM_COMPRESSION_SIZE).toBe(10_485_760);
  });

  // https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-execution-service-websocket-limits-table.html
  it('WebSocket APIs: 32 KB frames, 128 KB messages, 10 minutes idle, 2 hours per connection', () => {
    expect(limits.WEBSOCKET_MAX_FRAME_BYTES).toBe(32_768);
    expect(limits.WEBSOCKET_MAX_MESSAGE_BYTES).toBe(131_072);
    expect(limits.WEBSOCKET_IDLE_TIMEOUT_MS).toBe(600_000);
    expect(limits.WEBSOCKET_MAX_CONNECTION_MS).toBe(7_200_000);
  });
});

// https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html#context-variable-reference
describe('$context variables', () => {
  it.each([['requestId', true], ['identity', true], ['authorizer', true], ['resourcePath', true], ['requestID', false], ['routeKey', false]])('%s: %s', (name, expected) => {
    expect(CONTEXT_VARIABLES.has(name)).toBe(expected);
  });
});
