import { Buffer } from 'node:buffer';
import type { JValue } from './java.js';
import { compile, type CompiledTemplate, DEFAULT_LIMITS, Renderer, type RenderLimits } from './template.js';
import { buildContext, buildStageVariables, InputVariable, type TemplateRequest, UtilVariable } from './variables.js';

/**
 * The API Gateway Lambda proxy event (REST, payload 1.0) that users already have, e.g. from
 * `sam local generate-event apigateway aws-proxy`. Every field is optional.
 */
export interface ProxyEvent {
  body?: string | null;
  isBase64Encoded?: boolean;
  headers?: Record<string, string | null> | null;
  multiValueHeaders?: Record<string, Array<string | null>> | null;
  queryStringParameters?: Record<string, string | null> | null;
  multiValueQueryStringParameters?: Record<string, Array<string | null>> | null;
  pathParameters?: Record<string, string | null> | null;
  stageVariables?: Record<string, string | null> | null;
  requestContext?: Record<string, unknown> | null;
}

export interface RenderOptions {
  limits?: Partial<RenderLimits>;
  /** `Date.now()` after which the render stops (default: now plus `limits.timeoutMs`). */
  deadline?: number;
  /**
   * Shared state between renders of one request: the integration request template and then
   * the response template see the same `$context` (requestOverride/responseOverride).
   */
  session?: RenderSession;
}

export interface RenderResult {
  output: string;
  warnings: string[];
}

/** Single-valued parameters: a name only in the multi-value map takes its last value. */
function single(values?: Record<string, string | null> | null, multi?: Record<string, Array<string | null>> | null): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  for (const [k, v] of Object.entries(values ?? {})) if (v !== null && v !== undefined) out[k] = String(v);
  for (const [k, list] of Object.entries(multi ?? {})) {
    if (k in out || !Array.isArray(list) || list.length === 0) continue;
    const last = list[list.length - 1];
    if (last !== null && last !== undefined) out[k] = String(last);
  }
  return out;
}

export function requestFromEvent(event: ProxyEvent): TemplateRequest {
  let body = event.body ?? '';
  if (event.isBase64Encoded && body) body = Buffer.from(body, 'base64').toString('utf8');
  return {
    body,
    header: single(event.headers, event.multiValueHeaders),
    querystring: single(event.queryStringParameters, event.multiValueQueryStringParameters),
    path: single(event.pathParameters),
    stageVariables: { ...(event.stageVariables ?? {}) },
    context: { ...(event.requestContext ?? {}) },
  };
}

/** `$util` holds no state: one instance serves every render. */
const UTIL = new UtilVariable();

/** The variables of one request, shared by the templates rendered for it. */
export class RenderSession {
  readonly globals = new Map<string, JValue>();

  constructor(readonly request: TemplateRequest) {
    this.globals.set('input', new InputVariable(request));
    this.globals.set('util', UTIL);
    this.globals.set('context', request.javaContext ? request.javaContext() : buildContext(request.context));
    this.globals.set('stageVariables', buildStageVariables(request.stageVariables));
  }

  /** A fresh variable set for the next template: `$context` and `$input` carry over, `#set` variables do not. */
  nextTemplate(): Map<string, JValue> {
    const vars = new Map<string, JValue>();
    for (const k of ['input', 'util', 'context', 'stageVariables']) vars.set(k, this.globals.get(k)!);
    return vars;
  }
}

/** A mapping template parsed once, to render against many requests. */
export class Template {
  private readonly compiled: CompiledTemplate;

  constructor(
    readonly text: string,
    deadline?: number,
  ) {
    this.compiled = compile(text, deadline);
  }

  render(event: ProxyEvent | TemplateRequest, options: RenderOptions = {}): string {
    return this.renderWithWarnings(event, options).output;
  }

  renderWithWarnings(event: ProxyEvent | TemplateRequest, options: RenderOptions = {}): RenderResult {
    const session = options.session ?? new RenderSession(isTemplateRequest(event) ? event : requestFromEvent(event));
    const warnings: string[] = [];
    const limits = options.limits ? { ...DEFAULT_LIMITS, ...options.limits } : DEFAULT_LIMITS;
    const deadline = options.deadline ?? Date.now() + limits.timeoutMs;
    const renderer = new Renderer(this.compiled, { globals: session.nextTemplate(), warnings, limits, deadline });
    return { output: renderer.render(), warnings };
  }
}

function isTemplateRequest(v: ProxyEvent | TemplateRequest): v is TemplateRequest {
  return typeof (v as TemplateRequest).querystring === 'object' && typeof (v as TemplateRequest).header === 'object' && typeof (v as TemplateRequest).context === 'object';
}

/**
 * Parse a template once; `render(event)` as often as needed. Syntax errors throw `TemplateSyntaxError`;
 * a parse that passes `deadline` (a `Date.now()` value) throws `TemplateLimitError`.
 */
export function compileTemplate(text: string, options: { deadline?: number } = {}): Template {
  return new Template(text, options.deadline);
}
