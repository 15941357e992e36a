import { DOCS } from '../../helpers/docs.js';
import { templateOffsetInFile } from '../../../document/template-position.js';
import { syntaxErrorOf, templateText } from '../../helpers/template-text.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'vtl/syntax',
  meta: {
    description: 'Mapping templates must parse as Velocity; API Gateway does not check them on import, and every call then fails with 500.',
    category: 'templates', appliesTo: 'rest', defaultSeverity: 'error', docsUrl: DOCS.mappingTemplates,
  },
  messages: { syntax: '{{role}} template "{{contentType}}" of {{owner}} does not parse: {{detail}} (template line {{line}}, column {{column}})' },
  create(ctx) {
    return {
      MappingTemplate(node) {
        const written = node.role === 'gateway' ? undefined : templateText(node);
        if (!written) return;
        const error = syntaxErrorOf(ctx.model, written.text);
        if (!error) return;
        const data = { role: node.role === 'request' ? 'Request' : 'Response', contentType: node.contentType, owner: node.owner, detail: error.message, line: error.line, column: error.column };
        const range = node.loc.source.valueOffsets(written.pointer) ?? node.loc.source.valueOffsets(node.loc.pointer);
        if (!range) {
          ctx.report({ messageId: 'syntax', data, node });
          return;
        }
        // A short-form `!Sub |` starts with its tag; the text starts after it.
        const tag = /^!\S+[ \t]+/.exec(node.loc.source.text.slice(range[0], range[1]));
        const at = templateOffsetInFile(node.loc.source, range[0] + (tag ? tag[0].length : 0), range[1], written.text, error.offset);
        ctx.report({ messageId: 'syntax', data, node: node.loc, offsets: [at, at + 1] });
      },
    };
  },
});
