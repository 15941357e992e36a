import { DOCS } from '../../helpers/docs.js';
import { defineRule } from '../../rule.js';

/**
 * SnakeYAML and PyYAML (behind AWS::Include and SAM) accept quoted scalars whose continuation
 * lines are indented no deeper than their parent key; YAML 1.2 parsers reject them.
 */
export const rule = defineRule({
  id: 'doc/yaml-lenient-parse',
  meta: {
    description: 'A quoted multi-line scalar is indented less than YAML 1.2 requires; lenient parsers accept it, strict ones fail.',
    category: 'struct', appliesTo: 'both', defaultSeverity: 'warning', docsUrl: DOCS.cfnInclude,
  },
  messages: { lenient: 'Quoted scalar continues on a line indented no deeper than its parent key; strict YAML 1.2 parsers reject this file' },
  create(ctx) {
    return {
      'Root:exit'(model) {
        for (const source of model.set.sources) {
          for (const { offset } of source.positions.lenientScalars) {
            ctx.report({ messageId: 'lenient', node: { source, pointer: '' }, offsets: [offset, offset + 1] });
          }
        }
      },
    };
  },
});
