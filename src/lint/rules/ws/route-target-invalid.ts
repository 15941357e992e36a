import { propertyAt } from '../../../model/websocket.js';
import { declares, refOf, resourceLabel } from '../../helpers/template.js';
import { otherApiOf, routeLabel, WS_DOCS, wsLabel } from '../../helpers/websocket.js';
import { defineRule } from '../../rule.js';

const INTEGRATION = 'AWS::ApiGatewayV2::Integration';

export const rule = defineRule({
  id: 'ws/route-target-invalid',
  meta: {
    description: "A WebSocket route's `Target` is `integrations/<IntegrationId>` naming an integration of the same API.",
    category: 'integrations', appliesTo: 'websocket', defaultSeverity: 'error', forms: ['resources'], failsDeploy: true, docsUrl: WS_DOCS.cfnRoute,
  },
  messages: {
    malformed: 'Target of {{route}} is not integrations/<IntegrationId>, so it names no integration: the deployment fails or the route has none. Write it as !Sub integrations/${Integration}',
    bareRef: 'Target of {{route}} is !Ref {{id}}, the bare integration id, not integrations/<IntegrationId>: the deployment fails or the route has no integration. Write !Sub integrations/${{{id}}}',
    undeclared: 'Target of {{route}} names {{id}}, which the template declares neither as a resource nor as a parameter; CloudFormation refuses the template (Unresolved resource dependencies)',
    notIntegration: 'Target of {{route}} names {{id}}, an {{type}}, not an AWS::ApiGatewayV2::Integration: the deployment fails or the route has no integration',
    foreign: 'Target of {{route}} names integration {{id}} of API {{other}}, not of {{api}}; a route can only target an integration of its own API: the deployment fails or the route has no integration',
  },
  create(ctx) {
    return {
      WebSocketApi(ws) {
        const t = ws.template;
        for (const route of ws.routes) {
          const node = propertyAt(route, 'Target');
          const data = { route: routeLabel(route, ws) };
          const ref = refOf(route.props.Target);
          if (ref !== undefined) {
            // A parameter may hold the whole integrations/<id> text.
            if (t.resources[ref]) ctx.report({ messageId: 'bareRef', data: { ...data, id: ref }, node });
            continue;
          }
          if (route.target.malformed) {
            ctx.report({ messageId: 'malformed', data, node });
            continue;
          }
          const id = route.target.logicalId;
          if (id === undefined || id.startsWith('AWS::')) continue;
          const r = t.resources[id];
          if (!r) {
            if (!declares(t, id)) ctx.report({ messageId: 'undeclared', data: { ...data, id }, node });
            continue;
          }
          if (r.Type !== INTEGRATION) {
            ctx.report({ messageId: 'notIntegration', data: { ...data, id: resourceLabel(t, id), type: String(r.Type) }, node });
            continue;
          }
          const other = otherApiOf(ws, r);
          if (other !== undefined) {
            ctx.report({ messageId: 'foreign', data: { ...data, id: resourceLabel(t, id), other: resourceLabel(t, other), api: wsLabel(ws, ws.api) }, node });
          }
        }
      },
    };
  },
});
