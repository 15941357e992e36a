import { MIN_INTEGRATION_TIMEOUT_MS } from '../../../aws/limits.js';
import { propertyAt, type WsResource } from '../../../model/websocket.js';
import { integrationLabel, WS_DOCS } from '../../helpers/websocket.js';
import { defineRule } from '../../rule.js';

/** WebSocket integration timeout: "between 50 and 29,000 milliseconds for WebSocket APIs" (AWS::ApiGatewayV2::Integration). */
const MAX_TIMEOUT_MS = 29_000;
const TYPES = ['AWS', 'AWS_PROXY', 'HTTP', 'HTTP_PROXY', 'MOCK'];
const CONTENT_HANDLING = ['CONVERT_TO_BINARY', 'CONVERT_TO_TEXT'];
const PASSTHROUGH = ['WHEN_NO_MATCH', 'WHEN_NO_TEMPLATES', 'NEVER'];
const CONNECTION_TYPES = ['INTERNET', 'VPC_LINK'];

export const rule = defineRule({
  id: 'ws/integration-field-invalid',
  meta: {
    description: 'WebSocket integration fields take the values API Gateway accepts: the five integration types, a 50–29,000 ms timeout, payload format 1.0, the content handling and passthrough values, and VPC links only for HTTP integrations.',
    category: 'integrations', appliesTo: 'websocket', defaultSeverity: 'error', forms: ['resources'], docsUrl: WS_DOCS.cfnIntegration,
  },
  messages: {
    enum: '{{property}} "{{value}}" of {{owner}} is not one of {{allowed}}',
    timeout: 'TimeoutInMillis {{value}} of {{owner}} is outside 50–29,000, the range of WebSocket integrations',
    payloadFormat: 'PayloadFormatVersion "{{value}}" of {{owner}} is not 1.0, the only payload format of WebSocket integrations',
    vpcLink: 'ConnectionType VPC_LINK of {{owner}} needs an HTTP or HTTP_PROXY integration, not {{type}}',
  },
  create(ctx) {
    const enumCheck = (r: WsResource, owner: string, property: string, allowed: string[], anyCase = false) => {
      const value = r.props[property];
      if (typeof value !== 'string' || allowed.includes(anyCase ? value.toUpperCase() : value)) return;
      ctx.report({ messageId: 'enum', data: { property, value, owner, allowed: allowed.join(', ') }, node: propertyAt(r, property) });
    };
    return {
      WebSocketApi(ws) {
        for (const integ of ws.integrations) {
          const owner = `integration ${integrationLabel(integ)}`;
          // The model reads the type in any case, as the OpenAPI `type` of REST and HTTP integrations is.
          enumCheck(integ, owner, 'IntegrationType', TYPES, true);
          enumCheck(integ, owner, 'ContentHandlingStrategy', CONTENT_HANDLING);
          enumCheck(integ, owner, 'PassthroughBehavior', PASSTHROUGH);
          enumCheck(integ, owner, 'ConnectionType', CONNECTION_TYPES);
          for (const response of integ.responses) enumCheck(response, `integration response ${response.id}`, 'ContentHandlingStrategy', CONTENT_HANDLING);
          const timeout = integ.props.TimeoutInMillis;
          const ms = typeof timeout === 'number' ? timeout : typeof timeout === 'string' && /^\d+$/.test(timeout) ? Number(timeout) : undefined;
          if (ms !== undefined && (ms < MIN_INTEGRATION_TIMEOUT_MS || ms > MAX_TIMEOUT_MS)) {
            ctx.report({ messageId: 'timeout', data: { value: ms, owner }, node: propertyAt(integ, 'TimeoutInMillis') });
          }
          const format = integ.props.PayloadFormatVersion;
          if ((typeof format === 'string' || typeof format === 'number') && String(format) !== '1.0') {
            ctx.report({ messageId: 'payloadFormat', data: { value: String(format), owner }, node: propertyAt(integ, 'PayloadFormatVersion') });
          }
          const type = integ.type;
          if (integ.props.ConnectionType === 'VPC_LINK' && type !== undefined && TYPES.includes(type) && !type.startsWith('HTTP')) {
            ctx.report({ messageId: 'vpcLink', data: { owner, type }, node: propertyAt(integ, 'ConnectionType') });
          }
        }
      },
    };
  },
});
