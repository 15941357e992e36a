import { compile, TemplateSyntaxError } from '../../../vtl/template.js';
import type { TemplateError } from '../../../vtl/parse.js';
import { DOCS } from '../../helpers/docs.js';
import { templateOffsetInFile } from '../../../document/template-position.js';
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
        if (node.role === 'gateway' || typeof node.text !== 'string') return;
        // Definitions repeat templates verbatim; parse each distinct text once per run.
        const key = `vtl:${node.text}`;
        let result = ctx.model.cache.get(key) as { error?: TemplateError } | undefined;
        if (!result) {
          result = {};
          try {
            compile(node.text);
          } catch (err) {
            if (!(err instanceof TemplateSyntaxError)) throw err;
            result.error = err.detail;
          }
          ctx.model.cache.set(key, result);
        }
        const error = result.error;
        if (!error) return;
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
