import { checkJavaRegex } from '../../../aws/java-regex.js';
import { propertyAt } from '../../../model/websocket.js';
import { integrationLabel, WS_DOCS } from '../../helpers/websocket.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'ws/integration-response-key',
  meta: {
    description: 'A WebSocket integration response key is `$default` or a Java regular expression between slashes (`/4\\d{2}/`), once per integration.',
    category: 'integrations', appliesTo: 'websocket', defaultSeverity: 'error', forms: ['resources'], docsUrl: WS_DOCS.integrationResponses,
  },
  messages: {
    form: 'IntegrationResponseKey "{{key}}" of integration {{integration}} is neither $default nor a /regex/ between slashes',
    regex: 'IntegrationResponseKey "{{key}}" of integration {{integration}} is not a valid Java regex: {{detail}} at index {{index}}',
    duplicate: 'IntegrationResponseKey "{{key}}" of integration {{integration}} is also declared by {{other}}; CloudFormation fails to create the second one (ConflictException)',
  },
  create(ctx) {
    return {
      WebSocketApi(ws) {
        for (const integ of ws.integrations) {
          const seen = new Map<string, string>();
          for (const response of integ.responses) {
            const key = response.key;
            if (key === undefined) continue;
            const node = propertyAt(response, 'IntegrationResponseKey');
            const data = { key, integration: integrationLabel(integ) };
            const other = seen.get(key);
            if (other) ctx.report({ messageId: 'duplicate', data: { ...data, other }, node });
            else seen.set(key, response.id);
            if (key === '$default') continue;
            if (key.length < 2 || !key.startsWith('/') || !key.endsWith('/')) {
              ctx.report({ messageId: 'form', data, node });
              continue;
            }
            const error = checkJavaRegex(key.slice(1, -1));
            if (error) ctx.report({ messageId: 'regex', data: { ...data, detail: error.message, index: error.index }, node });
          }
        }
      },
    };
  },
});
