import { DOCS } from '../../helpers/docs.js';
import { apiOfResource, ofType, propertyLoc, props, resourceLabel } from '../../helpers/template.js';
import { isObject } from '../../../model/detect.js';
import { defineRule } from '../../rule.js';

/** What a method setting selects rather than sets. */
const SELECTORS = new Set(['ResourcePath', 'HttpMethod']);

export const rule = defineRule({
  id: 'cfn/method-setting-empty',
  meta: {
    description: 'A stage method setting that names a method but sets nothing (no logging, metrics, throttling or caching) has no effect.',
    category: 'resources', appliesTo: 'rest', defaultSeverity: 'info', forms: ['resources'], docsUrl: DOCS.cfnStageMethodSetting,
  },
  messages: { empty: 'Method setting {{index}} of stage {{stage}} selects {{method}} {{path}} but sets nothing' },
  create(ctx) {
    return {
      Root(model) {
        const t = model.template;
        if (!t) return;
        for (const [id, r] of ofType(t, 'AWS::ApiGateway::Stage')) {
          if (apiOfResource(r) !== t.api) continue;
          const settings = props(r).MethodSettings;
          if (!Array.isArray(settings)) continue;
          settings.forEach((s, i) => {
            if (!isObject(s) || Object.keys(s).some((k) => !SELECTORS.has(k))) return;
            const text = (v: unknown, fallback: string) => (typeof v === 'string' ? v : fallback);
            ctx.report({ messageId: 'empty', data: { index: i, stage: resourceLabel(t, id), method: text(s.HttpMethod, '*'), path: text(s.ResourcePath, '/*') }, node: propertyLoc(t, id, 'MethodSettings', String(i)) });
          });
        }
      },
    };
  },
});
