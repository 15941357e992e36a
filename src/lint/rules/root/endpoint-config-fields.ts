import { DOCS } from '../../helpers/docs.js';
import { byNodeTypes, defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'root/endpoint-config-fields',
  meta: {
    description: 'An endpoint configuration has `disableExecuteApiEndpoint` (boolean), `vpcEndpointIds` (REST private APIs) and `ipAddressType`.',
    category: 'struct', appliesTo: 'both', defaultSeverity: 'error', forms: ['openapi'], docsUrl: DOCS.endpointConfiguration,
  },
  messages: {
    notObject: 'x-amazon-apigateway-endpoint-configuration must be a mapping',
    unknown: 'Endpoint configuration has unknown field "{{field}}"',
    type: 'Endpoint configuration field {{field}} is {{value}}; expected {{expected}}',
    vpcOnHttp: 'Endpoint configuration sets vpcEndpointIds, which HTTP APIs do not support (private APIs are REST only)',
  },
  create: byNodeTypes,
});
