import { DOCS } from '../../helpers/docs.js';
import { endpointConfigurations } from '../../helpers/endpoint.js';
import { describeValue, isObject, isUnknownValue } from '../../helpers/values.js';
import { defineRule } from '../../rule.js';

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
  create(ctx) {
    return {
      Root(model) {
        for (const { value, loc } of endpointConfigurations(model)) {
          if (isUnknownValue(value)) continue;
          if (!isObject(value)) {
            ctx.report({ messageId: 'notObject', node: loc });
            continue;
          }
          for (const [field, v] of Object.entries(value)) {
            if (isUnknownValue(v)) continue;
            if (field === 'disableExecuteApiEndpoint') {
              if (typeof v !== 'boolean') ctx.report({ messageId: 'type', data: { field, value: describeValue(v), expected: 'true or false' }, node: loc, at: [field] });
            } else if (field === 'vpcEndpointIds') {
              if (model.apiType === 'http') ctx.report({ messageId: 'vpcOnHttp', node: loc, at: [field], on: 'key' });
              else if (!Array.isArray(v) || !v.every((x) => typeof x === 'string' || isUnknownValue(x))) ctx.report({ messageId: 'type', data: { field, value: describeValue(v), expected: 'a list of VPC endpoint ids' }, node: loc, at: [field] });
            } else if (field === 'ipAddressType') {
              if (v !== 'ipv4' && v !== 'dualstack') ctx.report({ messageId: 'type', data: { field, value: describeValue(v), expected: 'ipv4 or dualstack' }, node: loc, at: [field] });
            } else ctx.report({ messageId: 'unknown', data: { field }, node: loc, at: [field], on: 'key' });
          }
        }
      },
    };
  },
});
