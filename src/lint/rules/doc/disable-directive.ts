import { DOCS } from '../../helpers/docs.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'doc/disable-directive',
  meta: {
    description: 'An `# apigw-disable-next-line` or `# apigw-disable-line` comment names a rule that does not exist, or suppresses nothing.',
    category: 'struct', appliesTo: 'both', defaultSeverity: 'warning', docsUrl: DOCS.yamlComments,
  },
  messages: {
    unknown: 'apigw-disable-{{kind}} names "{{id}}", which is not a rule{{hint}}',
    unusedRule: 'apigw-disable-{{kind}} for {{id}} suppresses nothing on line {{line}}',
    unusedAll: 'apigw-disable-{{kind}} suppresses nothing on line {{line}}',
  },
  create(ctx) {
    return {
      Directive({ directive: d, activeRuleIds }) {
        const node = { source: d.source, pointer: '' };
        const common = { kind: d.kind, line: d.line };
        if (d.rules.length === 0) {
          if (!d.usedAll) ctx.report({ messageId: 'unusedAll', data: common, node, offsets: [d.start, d.end] });
          return;
        }
        for (const r of d.rules) {
          if (!r.known) {
            ctx.report({ messageId: 'unknown', data: { ...common, id: r.id, hint: r.guess ? ` (did you mean "${r.guess}"?)` : '' }, node, offsets: [r.start, r.end] });
          } else if (!r.used && activeRuleIds.has(r.id)) {
            // A rule that is off, or not for this kind of API, could not have reported anything.
            ctx.report({ messageId: 'unusedRule', data: { ...common, id: r.id }, node, offsets: [r.start, r.end] });
          }
        }
      },
    };
  },
});
