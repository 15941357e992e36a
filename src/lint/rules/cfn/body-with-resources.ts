import { DOCS } from '../../helpers/docs.js';
import { apiOfResource, inTemplate, ofType, props, resourceLabel } from '../../helpers/template.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'cfn/body-with-resources',
  meta: {
    description: 'A REST API with a `Body` or `BodyS3Location` should not also have `AWS::ApiGateway::Resource` or `Method` resources: each update imports the body over them.',
    category: 'resources', appliesTo: 'rest', defaultSeverity: 'warning', forms: ['openapi'], docsUrl: DOCS.cfnRestApiBody,
  },
  messages: { mixed: 'RestApi {{api}} has a {{body}} and also {{count}} Resource/Method resources ({{names}}); each update imports the body over them, so they can disappear or be replaced' },
  create(ctx) {
    return {
      Root(model) {
        const t = model.template;
        const api = t?.resources[t.api];
        if (!t || api?.Type !== 'AWS::ApiGateway::RestApi') return;
        const p = props(api);
        const body = p.Body !== undefined ? 'Body' : p.BodyS3Location !== undefined ? 'BodyS3Location' : undefined;
        if (!body) return;
        const parts = ofType(t, 'AWS::ApiGateway::Resource', 'AWS::ApiGateway::Method').filter(([, r]) => apiOfResource(r) === t.api).map(([id]) => id);
        if (parts.length === 0) return;
        ctx.report({ messageId: 'mixed', data: { api: t.api, body, count: parts.length, names: parts.slice(0, 3).map((p) => resourceLabel(t, p)).join(', ') + (parts.length > 3 ? ', …' : '') }, node: inTemplate(t, t.api, 'Properties', body), on: 'key' });
      },
    };
  },
});
