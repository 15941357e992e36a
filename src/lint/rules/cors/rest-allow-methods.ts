import { DOCS } from '../../helpers/docs.js';
import { isObject } from '../../helpers/values.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'cors/rest-allow-methods',
  meta: {
    description: 'The OPTIONS method\'s static Access-Control-Allow-Methods should list every verb the path defines.',
    category: 'methods', appliesTo: 'rest', defaultSeverity: 'warning', docsUrl: DOCS.knownIssues,
  },
  messages: { missing: 'OPTIONS {{path}} allows {{allowed}} but the path also has {{missing}}' },
  create(ctx) {
    return {
      PathItem(item) {
        const options = item.operations.find((op) => op.method === 'OPTIONS');
        const integ = options?.integration;
        if (!integ) return;
        for (const r of integ.responses) {
          const params = isObject(r.value) ? r.value.responseParameters : undefined;
          if (!isObject(params)) continue;
          const entry = Object.entries(params).find(([k]) => k.toLowerCase() === 'method.response.header.access-control-allow-methods');
          const m = entry && typeof entry[1] === 'string' ? /^'(.*)'$/.exec(entry[1]) : null;
          if (!m || m[1]!.trim() === '*') continue;
          const allowed = m[1]!.split(',').map((s) => s.trim().toUpperCase());
          const missing = item.operations.map((op) => op.method).filter((v) => v !== 'ANY' && !allowed.includes(v));
          if (missing.length) ctx.report({ messageId: 'missing', data: { path: item.path, allowed: allowed.join(','), missing: missing.join(', ') }, node: r, at: ['responseParameters', entry![0]] });
        }
      },
    };
  },
});
