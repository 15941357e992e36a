import { isObject } from '../model/detect.js';
import type { IntegrationNode } from '../model/model.js';
import { JMap } from '../vtl/java.js';
import { compileTemplate, RenderSession, type Template } from '../vtl/render.js';
import { applyResponseOverride, mapResponseParameters, selectIntegrationResponse, selectRequestTemplate, selectResponseTemplate } from '../vtl/select.js';
import type { TemplateRequest } from '../vtl/variables.js';
import { InputVariable } from '../vtl/variables.js';

/** What a MOCK integration answered, or why API Gateway refuses the request. */
export type MockOutcome =
  | { kind: 'answer'; status: number; headers: Record<string, string>; contentType: string; body: string }
  | { kind: 'unsupported-media-type' }
  | { kind: 'no-integration-response'; status: string }
  | { kind: 'template-error'; message: string };

const compiled = new Map<string, Template>();

/** Templates are parsed once per text. */
function template(text: string): Template {
  let t = compiled.get(text);
  if (!t) {
    t = compileTemplate(text);
    compiled.set(text, t);
  }
  return t;
}

/** `statusCode` of the request template's output; CDK's unquoted `{ statusCode: 200 }` is read too. */
function statusOf(output: string): string | undefined {
  return /["']?statusCode["']?\s*:\s*["']?(\d+)/.exec(output)?.[1];
}

/**
 * A MOCK integration: the request template (chosen by Content-Type, or passthrough, or 415) gives
 * the statusCode, which selects the integration response by selection pattern (else the default);
 * its response template is the body and its responseParameters the headers
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-mock-integration.html).
 */
export function runMock(integration: IntegrationNode, request: TemplateRequest, contentType: string | undefined, accept: string | undefined): MockOutcome {
  const session = new RenderSession(request);
  const choice = selectRequestTemplate(integration, contentType);
  if (choice.kind === 'unsupported') return { kind: 'unsupported-media-type' };
  try {
    const output = choice.kind === 'template' ? template(choice.text).render(request, { session }) : request.body;
    const status = statusOf(output) ?? '200';
    const { response } = selectIntegrationResponse(integration, status);
    if (!response) return { kind: 'no-integration-response', status };
    const value = isObject(response.value) ? response.value : {};
    // A MOCK integration has no back-end body: the response template reads an empty one.
    const responseRequest: TemplateRequest = { ...request, body: '' };
    session.globals.set('input', new InputVariable(responseRequest));
    const chosen = selectResponseTemplate(response, accept);
    const body = chosen ? template(chosen.text).render(responseRequest, { session }) : '';
    const context = session.globals.get('context') as JMap;
    const headers = mapResponseParameters(response, { body: '', headers: {}, context, stageVariables: session.globals.get('stageVariables') as JMap });
    const statusCode = applyResponseOverride(context, Number(value.statusCode ?? 200), headers);
    return { kind: 'answer', status: statusCode, headers, contentType: chosen?.contentType ?? 'application/json', body };
  } catch (err) {
    return { kind: 'template-error', message: (err as Error).message };
  }
}
