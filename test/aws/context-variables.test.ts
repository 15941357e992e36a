import { describe, expect, it } from 'vitest';
import { CONTEXT_VARIABLES, WEBSOCKET_CONTEXT_VARIABLES } from '../../src/aws/context-variables.js';

describe('WebSocket $context variables', () => {
  // https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-mapping-template-reference.html
  it('holds the variables of the WebSocket mapping template reference', () => {
    for (const name of ['connectionId', 'connectedAt', 'domainName', 'eventType', 'messageId', 'routeKey', 'requestId', 'extendedRequestId', 'apiId', 'authorizer', 'error', 'identity', 'requestTime', 'requestTimeEpoch', 'stage', 'status']) {
      expect(WEBSOCKET_CONTEXT_VARIABLES.has(name), name).toBe(true);
    }
  });

  // The REST reference (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html)
  // has request-line variables a WebSocket message does not have.
  it('leaves out the REST request-line variables', () => {
    for (const name of ['httpMethod', 'resourcePath', 'resourceId', 'path', 'protocol']) {
      expect(CONTEXT_VARIABLES.has(name), name).toBe(true);
      expect(WEBSOCKET_CONTEXT_VARIABLES.has(name), name).toBe(false);
    }
  });
});
