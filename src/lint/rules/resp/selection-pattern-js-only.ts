import { DOCS } from '../../helpers/docs.js';
import { checkJavaRegex } from '../../../aws/java-regex.js';
import { defineRule } from '../../rule.js';

/**
 * Patterns that compile in Java but were surely written for another engine or quoted twice:
 * `/…/flags` literals match slashes, and `\\d` (a doubled backslash after YAML or JSON
 * unescaping) matches a backslash followed by "d", not a digit.
 */
export const rule = defineRule({
  id: 'resp/selection-pattern-js-only',
  meta: {
    description: 'A selection pattern that is valid Java but written for JavaScript or escaped twice matches something other than intended.',
    category: 'integrations', appliesTo: 'rest', defaultSeverity: 'warning', docsUrl: DOCS.putIntegrationResponse,
  },
  messages: {
    literal: 'Selection pattern "{{pattern}}" of {{method}} is a JavaScript regex literal; Java matches the slashes literally — write {{inner}}',
    doubleEscape: 'Selection pattern "{{pattern}}" of {{method}} has "\\\\{{letter}}", which matches a backslash and "{{letter}}"; after YAML/JSON unescaping the pattern should read \\{{letter}}',
  },
  create(ctx) {
    return {
      IntegrationResponse(node) {
        const p = node.pattern;
        if (p === 'default' || checkJavaRegex(p)) return;
        const method = node.integration.operation.label;
        const literal = /^\/(.+)\/[gimsuy]*$/s.exec(p);
        if (literal) ctx.report({ messageId: 'literal', data: { pattern: p, method, inner: literal[1]! }, node, on: 'key' });
        const dbl = /(?<!\\)(?:\\\\)+([dDwWsSbB])/.exec(p);
        if (dbl) ctx.report({ messageId: 'doubleEscape', data: { pattern: p, method, letter: dbl[1]! }, node, on: 'key' });
      },
    };
  },
});
