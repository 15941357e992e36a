import { tokenizeTemplate } from '../../../vtl/parse.js';
import { DOCS } from '../../helpers/docs.js';
import { templateOffsetInFile } from '../../helpers/template-position.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'vtl/syntax',
  meta: {
    description: 'Mapping templates must parse as Velocity; API Gateway does not check them on import, and every call then fails with 500.',
    category: 'templates', appliesTo: 'rest', defaultSeverity: 'warning', docsUrl: DOCS.mappingTemplates,
  },
  messages: { syntax: '{{role}} template "{{contentType}}" of {{owner}} does not parse: {{detail}} (template line {{line}}, column {{column}})' },
  create(ctx) {
    return {
      MappingTemplate(node) {
        if (node.role === 'gateway' || typeof node.text !== 'string') return;
        // Definitions repeat templates verbatim; parse each distinct text once per run.
        const key = `vtl:${node.text}`;
        let result = ctx.model.cache.get(key) as ReturnType<typeof tokenizeTemplate> | undefined;
        if (!result) {
          result = tokenizeTemplate(node.text);
          ctx.model.cache.set(key, 'error' in result ? result : { tokens: [] });
        }
        if (!('error' in result)) return;
        const { error } = result;
        const data = { role: node.role === 'request' ? 'Request' : 'Response', contentType: node.contentType, owner: node.owner, detail: error.message, line: error.line, column: error.column };
        const range = node.loc.source.valueOffsets(node.loc.pointer);
        if (!range) {
          ctx.report({ messageId: 'syntax', data, node });
          return;
        }
        const at = templateOffsetInFile(node.loc.source, range[0], range[1], node.text, error.offset);
        ctx.report({ messageId: 'syntax', data, node: node.loc, offsets: [at, at + 1] });
      },
    };
  },
});
