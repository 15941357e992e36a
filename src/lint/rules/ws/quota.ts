import type { WsResource } from '../../../model/websocket.js';
import { WS_DOCS, wsLabel } from '../../helpers/websocket.js';
import { defineRule } from '../../rule.js';

/**
 * Default quotas per WebSocket API, each of which can be increased: 300 routes, 300 integrations,
 * 10 Lambda authorizers (limits page, WebSocket table).
 */
const QUOTAS = { routes: 300, integrations: 300, authorizers: 10 } as const;
type Quota = keyof typeof QUOTAS;

export const rule = defineRule({
  id: 'ws/quota',
  meta: {
    description: 'A WebSocket API has at most 300 routes, 300 integrations and 10 Lambda authorizers unless those quotas are raised.',
    category: 'resources', appliesTo: 'websocket', defaultSeverity: 'warning', forms: ['resources'], docsUrl: WS_DOCS.limits,
  },
  defaultOptions: { ...QUOTAS },
  validateOptions: (o) => Object.keys(QUOTAS).filter((k) => !(Number.isInteger(o[k]) && (o[k] as number) >= 0)).map((k) => `${k} must be a whole number`),
  messages: {
    routes: 'WebSocket API {{api}} has {{count}} routes; the quota is {{max}} per WebSocket API, so the deployment fails unless it was raised',
    integrations: 'WebSocket API {{api}} has {{count}} integrations; the quota is {{max}} per WebSocket API, so the deployment fails unless it was raised',
    authorizers: 'WebSocket API {{api}} has {{count}} Lambda authorizers; the quota is {{max}} per WebSocket API, so the deployment fails unless it was raised',
  },
  create(ctx) {
    return {
      WebSocketApi(ws) {
        const lists: Record<Quota, WsResource[]> = { routes: ws.routes, integrations: ws.integrations, authorizers: ws.authorizers };
        for (const quota of Object.keys(QUOTAS) as Quota[]) {
          const max = ctx.options[quota] as number;
          const list = lists[quota];
          // At the first resource over the quota: the one whose creation fails.
          if (list.length > max) ctx.report({ messageId: quota, data: { api: wsLabel(ws, ws.api), count: list.length, max }, node: list[max]!.loc, on: 'key' });
        }
      },
    };
  },
});
