import { DOCS } from '../../helpers/docs.js';
import { isObject } from '../../helpers/values.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'map/http-response-key',
  meta: {
    description: 'HTTP API `responseParameters` are keyed by status code, each mapping `append|overwrite|remove:header.NAME` or `overwrite:statuscode`.',
    category: 'integrations', appliesTo: 'http', defaultSeverity: 'error', docsUrl: DOCS.httpParameterMapping,
  },
  messages: {
    status: 'responseParameters of {{method}} is keyed by "{{key}}"; keys are back-end status codes (200-599)',
    key: 'responseParameters "{{status}}" of {{method}} has key "{{key}}"; expected append|overwrite|remove:header.<name> or overwrite:statuscode',
  },
  create(ctx) {
    const isStatus = (s: string) => /^[2-5]\d\d$/.test(s);
    return {
      Integration(node) {
        const params = node.value.responseParameters;
        if (!isObject(params)) return;
        for (const status of Object.keys(params)) {
          if (!isStatus(status)) ctx.report({ messageId: 'status', data: { key: status, method: node.operation.label }, node, at: ['responseParameters', status], on: 'key' });
        }
      },
      ResponseParameterMapping: {
        unknown: true,
        enter(m) {
          if (!isStatus(m.status!) || m.key === 'overwrite:statuscode' || /^(append|overwrite|remove):header\.[^.\s]+$/.test(m.key)) return;
          ctx.report({ messageId: 'key', data: { status: m.status!, key: m.key, method: m.integration.operation.label }, node: m, on: 'key' });
        },
      },
    };
  },
});
