import { DOCS } from '../../helpers/docs.js';
import { apiOfResource, ofType, propertyLoc, props, refOf, resourceLabel } from '../../helpers/template.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'cfn/stage-foreign-deployment',
  meta: {
    description: "A stage's `DeploymentId` must name a deployment of the stage's own API.",
    category: 'resources', appliesTo: 'both', defaultSeverity: 'error', forms: ['resources'], failsDeploy: true, docsUrl: DOCS.cfnStage,
  },
  messages: { foreign: 'Stage {{stage}} of {{api}} names deployment {{deployment}} of {{other}}; the deployment fails' },
  create(ctx) {
    return {
      Root(model) {
        const t = model.template;
        if (!t) return;
        for (const [id, r] of ofType(t, 'AWS::ApiGateway::Stage', 'AWS::ApiGatewayV2::Stage')) {
          if (apiOfResource(r) !== t.api) continue;
          const deployment = refOf(props(r).DeploymentId);
          const d = deployment === undefined ? undefined : t.resources[deployment];
          const other = d ? apiOfResource(d) : undefined;
          if (other !== undefined && other !== t.api) ctx.report({ messageId: 'foreign', data: { stage: resourceLabel(t, id), api: t.api, deployment: deployment!, other }, node: propertyLoc(t, id, 'DeploymentId') });
        }
      },
    };
  },
});
