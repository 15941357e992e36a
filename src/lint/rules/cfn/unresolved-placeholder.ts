import { MappedSource } from '../../../document/mapped-source.js';
import { isObject } from '../../../model/detect.js';
import { DOCS } from '../../helpers/docs.js';
import { hasPlaceholder, isIntrinsic } from '../../helpers/values.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'cfn/unresolved-placeholder',
  meta: {
    description: 'Values that are CloudFormation intrinsics or `${...}` placeholders are resolved outside the document, so their checks are skipped.',
    category: 'struct', appliesTo: 'both', defaultSeverity: 'info', docsUrl: DOCS.importVariables,
  },
  messages: { placeholders: '{{count}} value(s) are intrinsics or ${...} placeholders resolved outside this file; their values were not checked' },
  create(ctx) {
    const counts = new Map<string, { count: number; first: { source: import('../../../document/source.js').Source; pointer: string } }>();
    return {
      Value(value, loc, _key, parent) {
        // Cheapest test first: this runs on every node of every file.
        const unknown = typeof value === 'string' ? value.includes('${') && hasPlaceholder(value) : isIntrinsic(value);
        if (!unknown || isIntrinsic(parent)) return;
        if (loc.source instanceof MappedSource && isObject(parent) && loc.source.generated.has(parent)) return;
        // ${stageVariables.x} and API Gateway's own import variables are resolved by API Gateway itself.
        if (typeof value === 'string' && /^(?:[^$]|\$(?!\{))*(?:\$\{(?:stageVariables\.[^}]+|AWS::(?:Region|AccountId|Partition|ApiId))\}(?:[^$]|\$(?!\{))*)+$/.test(value)) return;
        const entry = counts.get(loc.source.path);
        if (entry) entry.count++;
        // The walker may reuse `loc` for the next leaf: keep a copy.
        else counts.set(loc.source.path, { count: 1, first: { source: loc.source, pointer: loc.pointer } });
      },
      'Root:exit'() {
        for (const { count, first } of counts.values()) {
          ctx.report({ messageId: 'placeholders', data: { count }, node: first });
        }
      },
    };
  },
});
