import { textOf } from '../../../document/own.js';
import { DOCS } from '../../helpers/docs.js';
import { identitySources } from '../../helpers/security.js';
import { isUnknownValue } from '../../helpers/values.js';
import { defineRule } from '../../rule.js';

const REST = /^(method\.request\.(header|querystring)\.[^\s.]+|stageVariables\.[^\s]+|context\.[^\s]+)$/;
const HTTP = /^\$(request\.(header|querystring)\.[^\s]+|context\.[^\s]+|stageVariables\.[^\s]+)$/;

export const rule = defineRule({
  id: 'auth/identity-source-format',
  meta: {
    description: 'REST identity sources are `method.request.header.X`, `method.request.querystring.X`, `stageVariables.X`, `context.X`; HTTP ones are `$request.header.X`, `$request.querystring.X`, `$context.X`, `$stageVariables.X`.',
    category: 'authorizers', appliesTo: 'both', defaultSeverity: 'error', docsUrl: DOCS.authorizer,
  },
  messages: {
    invalid: 'Authorizer "{{name}}" has identity source "{{value}}"; {{kind}} APIs expect {{expected}}',
    tokenSingle: 'Token authorizer "{{name}}" has identity source "{{value}}"; a token authorizer reads one header: method.request.header.<name>',
  },
  create(ctx) {
    return {
      Authorizer(node) {
        const raw = node.value.identitySource;
        if (isUnknownValue(raw)) return;
        const list = identitySources(raw);
        // An empty identitySource imports (AWS-validated corpus): the token header defaults to Authorization.
        if (!list || list.length === 0) return;
        const http = ctx.model.apiType === 'http';
        if (!http && node.type === 'token' && (list.length !== 1 || !/^method\.request\.header\.[^\s.]+$/.test(list[0]!))) {
          ctx.report({ messageId: 'tokenSingle', data: { name: node.name, value: textOf(raw) }, node, at: ['identitySource'] });
          return;
        }
        const expected = http ? '$request.header.<name>, $request.querystring.<name>, $context.<name> or $stageVariables.<name>' : 'method.request.header.<name>, method.request.querystring.<name>, stageVariables.<name> or context.<name>';
        for (const entry of list) {
          if ((http ? HTTP : REST).test(entry)) continue;
          ctx.report({ messageId: 'invalid', data: { name: node.name, value: entry, kind: http ? 'HTTP' : 'REST', expected }, node, at: ['identitySource'] });
        }
      },
    };
  },
});
