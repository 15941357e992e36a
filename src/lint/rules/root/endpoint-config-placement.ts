import { DOCS } from '../../helpers/docs.js';
import { endpointConfigurations } from '../../helpers/endpoint.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'root/endpoint-config-placement',
  meta: {
    description: 'In OpenAPI 3 the endpoint configuration belongs in a server object; in Swagger 2 at the top level.',
    category: 'struct', appliesTo: 'both', defaultSeverity: 'warning', forms: ['openapi'], docsUrl: DOCS.endpointConfiguration,
  },
  messages: {
    oas3Root: 'In OpenAPI 3, x-amazon-apigateway-endpoint-configuration belongs in a servers[] entry, not at the top level',
    oas2Server: 'In Swagger 2, x-amazon-apigateway-endpoint-configuration belongs at the top level',
  },
  create(ctx) {
    return {
      Root(model) {
        const oas3 = model.version === '3.0' || model.version === '3.1';
        for (const { loc, inServer } of endpointConfigurations(model)) {
          if (oas3 && !inServer) ctx.report({ messageId: 'oas3Root', node: loc, on: 'key' });
          if (model.version === '2.0' && inServer) ctx.report({ messageId: 'oas2Server', node: loc, on: 'key' });
        }
      },
    };
  },
});
