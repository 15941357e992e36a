import { shortFormIntrinsics } from '../../../document/cfn-tags.js';
import { DOCS } from '../../helpers/docs.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'cfn/short-form-intrinsic',
  meta: {
    description: 'Short-form intrinsics (`!Sub`, `!GetAtt`) are not supported in files brought in with AWS::Include; use the long form.',
    category: 'struct', appliesTo: 'both', defaultSeverity: 'warning', forms: ['openapi'], docsUrl: DOCS.cfnInclude,
  },
  messages: { shortForm: 'Short-form intrinsic !{{name}} does not work in a file included with AWS::Include; write {"{{longName}}": ...}' },
  create(ctx) {
    return {
      Container(value, loc) {
        if (value === null || typeof value !== 'object' || !shortFormIntrinsics.has(value)) return;
        // A definition written inline in a YAML template is the template's own text: short forms work there.
        if (loc.source === ctx.model.root && ctx.model.base.pointer !== '') return;
        const longName = Object.keys(value)[0]!;
        ctx.report({ messageId: 'shortForm', data: { name: longName.replace(/^Fn::/, ''), longName }, node: loc });
      },
    };
  },
});
