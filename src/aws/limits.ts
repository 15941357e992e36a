/*
 * Limits of API Gateway that definitions and the local gateway meet. REST:
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-execution-service-limits-table.html;
 * HTTP: https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-quotas.html.
 */

/** Integration timeout floor, both API types. */
export const MIN_INTEGRATION_TIMEOUT_MS = 50;
/** REST integration timeout by default; Regional and private APIs may go above it after a quota increase. */
export const REST_DEFAULT_INTEGRATION_TIMEOUT_MS = 29_000;
/** REST integration timeout with a raised quota (since June 2024). */
export const REST_MAX_INTEGRATION_TIMEOUT_MS = 300_000;
/** HTTP API integration timeout, not adjustable. */
export const HTTP_MAX_INTEGRATION_TIMEOUT_MS = 30_000;
/** Request and response payload, both API types: 10 MB. */
export const MAX_PAYLOAD_BYTES = 10 * 1024 * 1024;
/**
 * `x-amazon-apigateway-minimum-compression-size` ranges from 0 to 10485760 bytes
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-minimum-compression-size.html).
 */
export const MAX_MINIMUM_COMPRESSION_SIZE = 10_485_760;

/*
 * WebSocket APIs (https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-execution-service-websocket-limits-table.html):
 * "a message larger than 32 KB must be split into multiple frames, each 32 KB or smaller. This applies to @connections
 * commands. If a larger message (or larger frame size) is received, the connection is closed with code 1009."
 */
/** WebSocket frame payload: 32 KB. */
export const WEBSOCKET_MAX_FRAME_BYTES = 32 * 1024;
/** WebSocket message payload: 128 KB (also the `Data` of PostToConnection, whose service model caps it at 131072). */
export const WEBSOCKET_MAX_MESSAGE_BYTES = 128 * 1024;
/** A WebSocket connection lasts at most 2 hours. */
export const WEBSOCKET_MAX_CONNECTION_MS = 2 * 60 * 60 * 1000;
/** A WebSocket connection idle for 10 minutes is closed. */
export const WEBSOCKET_IDLE_TIMEOUT_MS = 10 * 60 * 1000;
