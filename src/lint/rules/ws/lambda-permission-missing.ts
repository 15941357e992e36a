import { arnOf } from '../../../aws/arn.js';
import { isAwsType, propertyAt } from '../../../model/websocket.js';
import { lambdaPermissions } from '../../helpers/lambda-permission.js';
import { resourceLabel, templateFunction } from '../../helpers/template.js';
import { WS_DOCS, wsLabel } from '../../helpers/websocket.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'ws/lambda-permission-missing',
  meta: {
    description: 'A Lambda function of the same template that a WebSocket integration or authorizer invokes needs an `AWS::Lambda::Permission` letting API Gateway call it for that route.',
    category: 'integrations', appliesTo: 'websocket', defaultSeverity: 'error', forms: ['resources'], docsUrl: WS_DOCS.iam,
  },
  messages: {
    integration: 'Lambda function {{fn}} has no AWS::Lambda::Permission letting API Gateway invoke it for {{routes}}; every call fails (Internal server error). Add one with Principal apigateway.amazonaws.com and SourceArn {{arn}}',
    authorizer: 'Lambda function {{fn}} has no AWS::Lambda::Permission letting API Gateway invoke it as authorizer {{name}}; every connection it guards fails. Add one with Principal apigateway.amazonaws.com and SourceArn {{arn}}',
  },
  create(ctx) {
    return {
      WebSocketApi(ws) {
        const t = ws.template;
        const allowed = lambdaPermissions(t);
        const api = ws.api.id;
        // A route's execute-api resource is {api}/{stage}/{routeKey}:
        // https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-control-access-iam.html
        for (const integration of ws.integrations) {
          // With CredentialsArn API Gateway invokes the function as that role, not by resource policy.
          if (!isAwsType(integration.type) || integration.props.CredentialsArn !== undefined) continue;
          const fn = templateFunction(t, integration.props.IntegrationUri);
          if (fn === undefined) continue;
          const keys = integration.routes.map((r) => r.key).filter((k): k is string => k !== undefined && !allowed(fn, `/local/${k}`));
          if (keys.length === 0) continue;
          const arn = arnOf(keys.length === 1 ? `\${${api}}/*/${keys[0]}` : `\${${api}}/*`);
          ctx.report({ messageId: 'integration', data: { fn: resourceLabel(t, fn), routes: `route${keys.length === 1 ? '' : 's'} ${keys.join(', ')}`, arn }, node: propertyAt(integration, 'IntegrationUri') });
        }
        for (const authorizer of ws.authorizers) {
          if (authorizer.props.AuthorizerCredentialsArn !== undefined) continue;
          const fn = templateFunction(t, authorizer.props.AuthorizerUri);
          if (fn === undefined || allowed(fn, '/authorizers/abc123')) continue;
          ctx.report({ messageId: 'authorizer', data: { fn: resourceLabel(t, fn), name: wsLabel(ws, authorizer), arn: arnOf(`\${${api}}/authorizers/*`) }, node: propertyAt(authorizer, 'AuthorizerUri') });
        }
      },
    };
  },
});
