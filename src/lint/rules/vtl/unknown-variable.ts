import { DOCS } from '../../helpers/docs.js';
import { templateText } from '../../helpers/template-text.js';
import { defineRule } from '../../rule.js';

/** The variables and `$util` functions of the mapping template reference. */
const ROOTS = new Set(['input', 'util', 'context', 'stageVariables', 'method', 'velocityCount', 'foreach', 'velocityHasNext']);
const UTIL = new Set(['escapeJavaScript', 'parseJson', 'urlEncode', 'urlDecode', 'base64Encode', 'base64Decode', 'toJson']);

export const rule = defineRule({
  id: 'vtl/unknown-variable',
  meta: {
    description: 'A `$util` function or built-in variable name that API Gateway does not define (wrong case, typo) renders as empty.',
    category: 'templates', appliesTo: 'rest', defaultSeverity: 'warning', docsUrl: DOCS.contextVariables,
  },
  messages: {
    util: 'Template "{{contentType}}" of {{owner}} calls $util.{{name}}, which API Gateway does not define',
    root: 'Template "{{contentType}}" of {{owner}} reads ${{name}}, which is not set by #set or #foreach nor an API Gateway variable (did you mean ${{guess}}?)',
  },
  create(ctx) {
    return {
      MappingTemplate(node) {
        const text = node.role === 'gateway' ? undefined : templateText(node)?.text;
        if (text === undefined) return;
        const data = { contentType: node.contentType, owner: node.owner };
        for (const m of text.matchAll(/\$!?\{?util\.(\w+)/g)) {
          if (!UTIL.has(m[1]!)) ctx.report({ messageId: 'util', data: { ...data, name: m[1]! }, node });
        }
        const assigned = new Set([...text.matchAll(/#(?:set\s*\(\s*\$!?\{?|foreach\s*\(\s*\$!?\{?|macro\s*\(\s*\w+[^)]*?\$)(\w+)/g)].map((m) => m[1]!));
        for (const m of text.matchAll(/\$!?\{?(inputs|utils|contexts|stageVariable|stagevariables|Input|Util|Context)\b/g)) {
          if (assigned.has(m[1]!) || ROOTS.has(m[1]!)) continue;
          const guess = [...ROOTS].find((r) => r.toLowerCase() === m[1]!.toLowerCase().replace(/s$/, '') || r.toLowerCase() === m[1]!.toLowerCase()) ?? 'input';
          ctx.report({ messageId: 'root', data: { ...data, name: m[1]!, guess }, node });
        }
      },
    };
  },
});
