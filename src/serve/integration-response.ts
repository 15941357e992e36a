import { isObject } from '../model/detect.js';
import type { IntegrationNode } from '../model/model.js';
import type { JMap } from '../vtl/java.js';
import { compileTemplate, type RenderSession, type Template } from '../vtl/render.js';
import { applyResponseOverride, mapResponseParameters, selectIntegrationResponse, selectResponseTemplate } from '../vtl/select.js';
import { InputVariable, type TemplateRequest, withBody } from '../vtl/variables.js';
import { contentHandlingOf, convertResponsePayload } from './binary.js';
import type { GatewayAnswer } from './lambda-proxy.js';

/** What the back end of a non-proxy integration answered, before the integration response. */
export interface EndpointResponse {
  status: number;
  headers: Array<[string, string]>;
  body: Buffer;
}

/** The request side a non-proxy integration response is rendered for. */
export interface ResponseContext {
  integration: IntegrationNode;
  /** The method request as templates see it (`$input.params`); the body is replaced by the back end's. */
  request: TemplateRequest;
  /** The session the request template used: `$context` (and its overrides) carries over. */
  session: RenderSession;
  accept: string | undefined;
  binaryMediaTypes: readonly string[];
}

export type ResponseOutcome =
  | { kind: 'answer'; answer: GatewayAnswer }
  | { kind: 'no-integration-response'; against: string }
  | { kind: 'template-error'; message: string };

const compiled = new Map<string, Template>();

/** Mapping templates are parsed once per text. */
export function cachedTemplate(text: string): Template {
  let t = compiled.get(text);
  if (!t) {
    t = compileTemplate(text);
    compiled.set(text, t);
  }
  return t;
}

function headerOf(headers: Array<[string, string]>, name: string): string | undefined {
  const lower = name.toLowerCase();
  return headers.find(([k]) => k.toLowerCase() === lower)?.[1];
}

/**
 * The integration response of a non-proxy integration (AWS or HTTP): the one whose selection pattern
 * matches `against` as a whole-string Java regex (the back end's status, or a Lambda errorMessage),
 * else the default; the body converted by contentHandling and binary media types, then its response
 * template chosen by Accept; its status code, its responseParameters as headers, and Content-Type
 * from the template, else application/json
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-integration-settings-integration-response.html).
 */
export function respond(ctx: ResponseContext, endpoint: EndpointResponse, against: string | undefined): ResponseOutcome {
  try {
    const { response } = selectIntegrationResponse(ctx.integration, against);
    if (!response) return { kind: 'no-integration-response', against: against ?? 'success' };
    const value = isObject(response.value) ? response.value : {};
    const converted = convertResponsePayload(endpoint.body, headerOf(endpoint.headers, 'content-type'), ctx.accept, ctx.binaryMediaTypes, contentHandlingOf(value));
    const chosen = selectResponseTemplate(response, ctx.accept);
    let body = converted;
    if (chosen) {
      ctx.session.globals.set('input', new InputVariable(withBody(ctx.request, converted.toString('utf8'))));
      body = Buffer.from(cachedTemplate(chosen.text).render(ctx.request, { session: ctx.session }), 'utf8');
    }
    const context = ctx.session.globals.get('context') as JMap;
    const endpointHeaders: Record<string, string> = {};
    for (const [k, v] of endpoint.headers) endpointHeaders[k] = v;
    const headers = mapResponseParameters(response, { body: endpoint.body.toString('utf8'), headers: endpointHeaders, context, stageVariables: ctx.session.globals.get('stageVariables') as JMap });
    const status = applyResponseOverride(context, Number(value.statusCode ?? 200), headers);
    const out: Array<[string, string]> = Object.entries(headers);
    if (!out.some(([k]) => k.toLowerCase() === 'content-type')) out.unshift(['Content-Type', chosen?.contentType ?? 'application/json']);
    return { kind: 'answer', answer: { status, headers: out, body } };
  } catch (err) {
    return { kind: 'template-error', message: (err as Error).message };
  }
}
