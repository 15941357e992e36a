import type { ApiModel } from '../../model/model.js';
import type { Loc } from '../../document/refs.js';
import { joinPointer } from '../../document/pointer.js';

export const ENDPOINT_KEY = 'x-amazon-apigateway-endpoint-configuration';

/** Every endpoint configuration in the document: at the top level and in each server object. */
export function endpointConfigurations(model: ApiModel): Array<{ value: unknown; loc: Loc; inServer: boolean }> {
  const out: Array<{ value: unknown; loc: Loc; inServer: boolean }> = [];
  if (model.doc[ENDPOINT_KEY] !== undefined) out.push({ value: model.doc[ENDPOINT_KEY], loc: { source: model.root, pointer: joinPointer(model.base.pointer, ENDPOINT_KEY) }, inServer: false });
  const servers = model.doc.servers;
  if (Array.isArray(servers)) {
    servers.forEach((s, i) => {
      if (s && typeof s === 'object' && ENDPOINT_KEY in s) {
        out.push({ value: (s as Record<string, unknown>)[ENDPOINT_KEY], loc: { source: model.root, pointer: joinPointer(model.base.pointer, 'servers', i, ENDPOINT_KEY) }, inServer: true });
      }
    });
  }
  return out;
}
