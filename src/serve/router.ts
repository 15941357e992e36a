import type { ApiModel, OperationNode } from '../model/model.js';

export interface RouteMatch {
  operation: OperationNode;
  /** Decoded path parameters; a greedy `{name+}` keeps the rest of the path, slashes included. */
  pathParameters: Record<string, string>;
}

interface Route {
  operation: OperationNode;
  segments: Array<{ literal: string } | { param: string; greedy: boolean }>;
  /** Per segment: 0 literal, 1 `{param}`, 2 `{greedy+}`; lower sorts first (more specific). */
  rank: number[];
}

function decode(s: string): string {
  if (!s.includes('%')) return s;
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function compare(a: Route, b: Route): number {
  for (let i = 0; i < Math.max(a.rank.length, b.rank.length); i++) {
    const x = a.rank[i] ?? -1;
    const y = b.rank[i] ?? -1;
    if (x !== y) return x - y;
  }
  return 0;
}

/**
 * API Gateway's routing: among the resources that match the path and have the method (or ANY),
 * the most specific wins, segment by segment (a literal before `{param}` before `{proxy+}`), and
 * on one resource an explicit method wins over ANY. A resource without the method lets a greedy
 * resource that has it answer (routing tests recorded against AWS in LocalStack's
 * test_apigateway_common.py::test_routing_with_hardcoded_resource_sibling_order and
 * test_proxy_routing_with_hardcoded_resource_sibling). An HTTP API's `$default` route takes what
 * no route matches (https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-routes.html).
 */
export class Router {
  private readonly routes: Route[];
  readonly defaultRoute?: OperationNode;

  constructor(model: ApiModel) {
    const routes: Route[] = [];
    for (const operation of model.operations) {
      if (model.apiType === 'http' && operation.path === '/$default') {
        this.defaultRoute = operation;
        continue;
      }
      const segments = operation.path.split('/').filter(Boolean).map((seg) => {
        const m = /^\{([^{}]+?)(\+?)\}$/.exec(seg);
        return m ? { param: m[1]!, greedy: m[2] === '+' } : { literal: seg };
      });
      const rank = segments.map((s) => ('literal' in s ? 0 : s.greedy ? 2 : 1));
      routes.push({ operation, segments, rank });
    }
    this.routes = routes.sort(compare);
  }

  match(method: string, path: string): RouteMatch | undefined {
    const parts = segmentsOf(path);
    let best: { route: Route; params: Record<string, string> } | undefined;
    for (const route of this.routes) {
      const m = route.operation.method;
      if (m !== method && m !== 'ANY') continue;
      if (best && compare(best.route, route) !== 0) break;
      const params = matchSegments(route, parts);
      if (!params) continue;
      if (!best || (best.route.operation.method === 'ANY' && m === method)) best = { route, params };
    }
    if (best) return { operation: best.route.operation, pathParameters: best.params };
    if (this.defaultRoute) return { operation: this.defaultRoute, pathParameters: {} };
    return undefined;
  }
}

/** The path's non-empty segments (what `split('/').filter(Boolean)` gives, in one pass). */
function segmentsOf(path: string): string[] {
  const parts: string[] = [];
  let from = 0;
  while (from <= path.length) {
    let to = path.indexOf('/', from);
    if (to < 0) to = path.length;
    if (to > from) parts.push(path.slice(from, to));
    from = to + 1;
  }
  return parts;
}

function matchSegments(route: Route, parts: string[]): Record<string, string> | undefined {
  const params: Record<string, string> = {};
  const { segments } = route;
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i]!;
    if (i >= parts.length) return undefined;
    if ('literal' in seg) {
      if (seg.literal !== parts[i]) return undefined;
    } else if (seg.greedy) {
      params[seg.param] = parts.slice(i).map(decode).join('/');
      return params;
    } else params[seg.param] = decode(parts[i]!);
  }
  return segments.length === parts.length ? params : undefined;
}
