import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isObject } from '../model/detect.js';
import type { IntegrationNode } from '../model/model.js';
import { substituteStageVariables } from './integrations.js';
import type { GatewayAnswer } from './lambda-proxy.js';
import type { ClientRequest } from './request.js';

/** `--http-target https://api.example.com=http://127.0.0.1:9000`: integration URIs starting with `from` go to `to`. */
export interface HttpTarget {
  from: string;
  to: string;
}

export type ForwardOutcome = { kind: 'answer'; answer: GatewayAnswer } | { kind: 'timeout' } | { kind: 'error'; message: string };

// Hop-by-hop headers and Host are not forwarded.
const HOP = new Set(['host', 'connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'proxy-connection', 'te', 'trailer', 'content-length']);

/**
 * The URL an HTTP_PROXY integration calls: its uri with stage variables substituted, path
 * variables filled from `integration.request.path.X` = `method.request.path.Y` mappings (or the
 * route's own path parameters), the client's query string, and `--http-target` rewriting
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-set-up-simple-proxy.html).
 */
export function targetUrl(integration: IntegrationNode, req: ClientRequest, pathParameters: Record<string, string>, stageVariables: Record<string, string>, targets: HttpTarget[]): string {
  const params = isObject(integration.value.requestParameters) ? integration.value.requestParameters : {};
  const mapped: Record<string, string> = { ...pathParameters };
  for (const [key, source] of Object.entries(params)) {
    const to = /^integration\.request\.path\.(.+)$/.exec(key)?.[1];
    const from = typeof source === 'string' ? /^method\.request\.path\.(.+)$/.exec(source)?.[1] : undefined;
    if (to && from && pathParameters[from] !== undefined) mapped[to] = pathParameters[from];
  }
  let uri = substituteStageVariables(String(integration.value.uri ?? ''), stageVariables);
  uri = uri.replace(/\{([^{}+]+)\+?\}/g, (_, name: string) => (mapped[name] ?? '').split('/').map(encodeURIComponent).join('/'));
  uri = rewriteTarget(uri, targets);
  if (req.rawQueryString) uri += (uri.includes('?') ? '&' : '?') + req.rawQueryString;
  return uri;
}

/** `--http-target`: the first target whose prefix starts the URI replaces that prefix. */
export function rewriteTarget(uri: string, targets: HttpTarget[]): string {
  const t = targets.find((target) => uri.startsWith(target.from));
  return t ? t.to + uri.slice(t.from.length) : uri;
}

/** Forward the request with its method, headers and body; the back end's status, headers and body come back unchanged. */
export function forward(url: string, method: string, req: ClientRequest, timeoutMs: number): Promise<ForwardOutcome> {
  return new Promise((resolveOutcome) => {
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      resolveOutcome({ kind: 'error', message: `invalid integration URL ${url}` });
      return;
    }
    const headers: string[] = [];
    for (const [k, v] of req.headers) if (!HOP.has(k.toLowerCase())) headers.push(k, v);
    headers.push('Host', target.host);
    if (req.body.length) headers.push('Content-Length', String(req.body.length));
    const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
    const outgoing = send(target, { method, headers: headers as unknown as Record<string, string>, timeout: timeoutMs }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const out: Array<[string, string]> = [];
        for (let i = 0; i + 1 < res.rawHeaders.length; i += 2) if (!HOP.has(res.rawHeaders[i]!.toLowerCase())) out.push([res.rawHeaders[i]!, res.rawHeaders[i + 1]!]);
        resolveOutcome({ kind: 'answer', answer: { status: res.statusCode ?? 502, headers: out, body: Buffer.concat(chunks) } });
      });
      res.on('error', (err) => resolveOutcome({ kind: 'error', message: err.message }));
    });
    outgoing.on('timeout', () => {
      outgoing.destroy();
      resolveOutcome({ kind: 'timeout' });
    });
    outgoing.on('error', (err) => resolveOutcome({ kind: 'error', message: err.message }));
    outgoing.end(req.body.length ? req.body : undefined);
  });
}
