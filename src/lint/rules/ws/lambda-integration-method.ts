import { isLambdaUriValue } from '../../../aws/lambda.js';
import { propertyAt } from '../../../model/websocket.js';
import { templateFunction } from '../../helpers/template.js';
import { integrationLabel, WS_DOCS } from '../../helpers/websocket.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'ws/lambda-integration-method',
  meta: {
    description: 'A WebSocket integration that invokes a Lambda function must use IntegrationMethod POST, the method of the Lambda Invoke API.',
    category: 'integrations', appliesTo: 'websocket', defaultSeverity: 'error', forms: ['resources'], docsUrl: WS_DOCS.cfnIntegration,
  },
  messages: { method: 'IntegrationMethod {{method}} of integration {{integration}} invokes a Lambda function; Lambda integrations of WebSocket APIs must use POST, so every call fails' },
  create(ctx) {
    return {
      WebSocketApi(ws) {
        for (const integ of ws.integrations) {
          const method = integ.props.IntegrationMethod;
          if (typeof method !== 'string' || method.toUpperCase() === 'POST') continue;
          const uri = integ.props.IntegrationUri;
          if (!isLambdaUriValue(uri) && templateFunction(ws.template, uri) === undefined) continue;
          ctx.report({ messageId: 'method', data: { method, integration: integrationLabel(integ) }, node: propertyAt(integ, 'IntegrationMethod') });
        }
      },
    };
  },
});
