import { staticSelectionValue } from '../../../aws/websocket-selection-expression.js';
import { isProxy, type WsResource, type WsTemplate } from '../../../model/websocket.js';
import { integrationLabel, WS_DOCS } from '../../helpers/websocket.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'ws/template-key-unreachable',
  meta: {
    description: 'Under a static template selection expression only the template keyed by its value, or `$default`, is ever applied; WebSocket template keys are not content types.',
    category: 'templates', appliesTo: 'websocket', defaultSeverity: 'warning', forms: ['resources'], docsUrl: WS_DOCS.dataTransformations,
  },
  messages: {
    shadowed: '{{role}} template "{{key}}" of {{owner}} is never applied: TemplateSelectionExpression "{{expression}}" always selects "{{value}}", so template "{{used}}" is used',
    noneApplies: '{{role}} template "{{key}}" of {{owner}} is never applied: TemplateSelectionExpression "{{expression}}" always selects "{{value}}", and no template has that key or $default, so {{outcome}}. Key the template {{fix}}',
  },
  create(ctx) {
    const check = (resource: WsResource, templates: WsTemplate[], owner: string, role: 'request' | 'response') => {
      const expression = resource.props.TemplateSelectionExpression;
      if (typeof expression !== 'string' || templates.length === 0) return;
      const value = staticSelectionValue(expression);
      if (value === undefined) return;
      const keys = templates.map((t) => t.key);
      const used = keys.includes(value) ? value : keys.includes('$default') ? '$default' : undefined;
      const passthrough = resource.props.PassthroughBehavior;
      const outcome = role === 'response'
        ? 'the integration\'s answer is sent untransformed'
        : passthrough === 'NEVER' || passthrough === 'WHEN_NO_TEMPLATES' ? `every message is rejected (PassthroughBehavior ${passthrough})` : 'every message reaches the integration untransformed (PassthroughBehavior WHEN_NO_MATCH)';
      for (const t of templates) {
        if (t.key === value || t.key === '$default') continue;
        const data = { role: role === 'request' ? 'Request' : 'Response', key: t.key, owner, expression, value };
        if (used) ctx.report({ messageId: 'shadowed', data: { ...data, used }, node: t.loc, on: 'key' });
        else ctx.report({ messageId: 'noneApplies', data: { ...data, outcome, fix: value === '$default' ? '$default' : `"${value}" or $default` }, node: t.loc, on: 'key' });
      }
    };
    return {
      WebSocketApi(ws) {
        for (const integ of ws.integrations) {
          if (isProxy(integ.type)) continue;
          const label = `integration ${integrationLabel(integ)}`;
          check(integ, ws.templates.filter((t) => t.role === 'request' && t.integration === integ), label, 'request');
          for (const response of integ.responses) {
            check(response, ws.templates.filter((t) => t.response === response), `integration response ${response.id}`, 'response');
          }
        }
      },
    };
  },
});
