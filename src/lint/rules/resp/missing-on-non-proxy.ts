import { DOCS } from '../../helpers/docs.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'resp/missing-on-non-proxy',
  meta: {
    description: 'A non-proxy integration (aws, http, mock) without integration responses returns 500 "No integration response defined" on every call.',
    category: 'integrations', appliesTo: 'rest', defaultSeverity: 'error', docsUrl: DOCS.integrationResponse,
  },
  messages: { missing: 'Integration for {{method}} is {{type}} but has no responses; every call returns 500 — add at least a "default" response' },
  create(ctx) {
    return {
      Integration(node) {
        if (node.type !== 'aws' && node.type !== 'http' && node.type !== 'mock') return;
        if (node.responses.length > 0) return;
        ctx.report({ messageId: 'missing', data: { method: node.operation.label, type: node.type }, node, on: 'key' });
      },
    };
  },
});
