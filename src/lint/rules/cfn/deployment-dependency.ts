import { DOCS } from '../../helpers/docs.js';
import { apiOfResource, dependsOnClosure, inTemplate, ofType, resourceLabel } from '../../helpers/template.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'cfn/deployment-dependency',
  meta: {
    description: 'A deployment must depend (`DependsOn`) on every method or route of its API: CloudFormation may otherwise create it first, and its stage serves a snapshot without them.',
    category: 'resources', appliesTo: 'both', defaultSeverity: 'warning', forms: ['resources'], docsUrl: DOCS.cfnDeployment,
  },
  messages: { missing: 'Deployment {{deployment}} does not depend on {{count}} of the {{what}} of {{api}} ({{names}}); CloudFormation may deploy before they exist, and the stage then serves the API without them' },
  create(ctx) {
    return {
      Root(model) {
        const t = model.template;
        if (!t) return;
        const parts = ofType(t, 'AWS::ApiGateway::Method', 'AWS::ApiGatewayV2::Route').filter(([, r]) => apiOfResource(r) === t.api).map(([id]) => id);
        if (parts.length === 0) return;
        const what = t.resources[parts[0]!]!.Type === 'AWS::ApiGatewayV2::Route' ? 'routes' : 'methods';
        for (const [id, r] of ofType(t, 'AWS::ApiGateway::Deployment', 'AWS::ApiGatewayV2::Deployment')) {
          if (apiOfResource(r) !== t.api) continue;
          const reached = dependsOnClosure(t, id);
          const missing = parts.filter((m) => !reached.has(m));
          if (missing.length === 0) continue;
          const names = missing.slice(0, 3).map((m) => resourceLabel(t, m)).join(', ') + (missing.length > 3 ? ', …' : '');
          const at = r.DependsOn !== undefined ? inTemplate(t, id, 'DependsOn') : inTemplate(t, id);
          ctx.report({ messageId: 'missing', data: { deployment: resourceLabel(t, id), count: missing.length, what, api: resourceLabel(t, t.api), names }, node: at, on: r.DependsOn !== undefined ? 'value' : 'key' });
        }
      },
    };
  },
});
