import { DOCS } from '../../helpers/docs.js';
import { apiOfResource, declares, getAttOf, ofType, propertyLoc, props, refOf, resourceLabel } from '../../helpers/template.js';
import { defineRule } from '../../rule.js';

/** Property → the resource type it must name, per resource type that has it. */
const REFERENCES: Record<string, Array<[property: string, type: string]>> = {
  'AWS::ApiGateway::Method': [['ResourceId', 'AWS::ApiGateway::Resource'], ['AuthorizerId', 'AWS::ApiGateway::Authorizer'], ['RequestValidatorId', 'AWS::ApiGateway::RequestValidator']],
  'AWS::ApiGateway::Resource': [['ParentId', 'AWS::ApiGateway::Resource']],
  'AWS::ApiGatewayV2::Route': [['AuthorizerId', 'AWS::ApiGatewayV2::Authorizer']],
};

export const rule = defineRule({
  id: 'cfn/method-foreign-reference',
  meta: {
    description: 'A method, resource or route must name a resource, authorizer or request validator of its own API; CloudFormation cannot create it otherwise.',
    category: 'resources', appliesTo: 'both', defaultSeverity: 'error', forms: ['resources'], failsDeploy: true, docsUrl: DOCS.cfnMethod,
  },
  messages: {
    foreign: '{{owner}}: {{property}} names {{target}}, which belongs to {{other}}, not to {{api}}; the deployment fails',
    foreignRoot: '{{owner}}: {{property}} names the root resource of {{other}}, not of {{api}}; the deployment fails',
    wrongType: '{{owner}}: {{property}} names {{target}}, an {{actual}} where an {{kind}} is needed; the deployment fails',
    undeclared: '{{owner}}: {{property}} names {{target}}, which the template does not declare; CloudFormation rejects the template',
  },
  create(ctx) {
    return {
      Root(model) {
        const t = model.template;
        if (!t) return;
        for (const [id, r] of ofType(t, ...Object.keys(REFERENCES))) {
          if (apiOfResource(r) !== t.api) continue;
          const p = props(r);
          for (const [property, kind] of REFERENCES[r.Type as string]!) {
            const value = p[property];
            const att = getAttOf(value);
            // The root resource: `Fn::GetAtt <Api>.RootResourceId`.
            const target = att && att[1] === 'RootResourceId' ? att[0] : refOf(value);
            if (target === undefined) continue;
            const node = propertyLoc(t, id, property);
            const data = { owner: resourceLabel(t, id), target, property, kind, api: t.api };
            if (!declares(t, target)) ctx.report({ messageId: 'undeclared', data, node });
            else if (att) {
              if (target !== t.api) ctx.report({ messageId: 'foreignRoot', data: { ...data, other: target }, node });
            } else {
              const named = t.resources[target];
              if (!named) continue; // a template parameter: an id known at deployment
              if (named.Type !== kind) ctx.report({ messageId: 'wrongType', data: { ...data, actual: String(named.Type) }, node });
              else if (apiOfResource(named) !== undefined && apiOfResource(named) !== t.api) ctx.report({ messageId: 'foreign', data: { ...data, other: apiOfResource(named)! }, node });
            }
          }
        }
      },
    };
  },
});
