import { isObject } from '../model/detect.js';
import type { IntegrationNode, IntegrationResponseNode } from '../model/model.js';
import { JMap } from '../vtl/java.js';
import { RenderSession } from '../vtl/render.js';
import { applyResponseOverride, mapResponseParameters, type RequestTemplateChoice, selectIntegrationResponse, selectRequestTemplate, selectResponseTemplate } from '../vtl/select.js';
import { InputVariable, type TemplateRequest, withBody } from '../vtl/variables.js';
import { cachedTemplate } from './integration-response.js';

/** What a MOCK integration answered, or why API Gateway refuses the request. */
export type MockOutcome =
  | { kind: 'answer'; status: number; headers: Record<string, string>; contentType: string; body: string }
  | { kind: 'unsupported-media-type' }
  | { kind: 'no-integration-response'; status: string }
  | { kind: 'template-error'; message: string };


/** Choices per node and header value; a few per node, so that odd headers from clients cannot grow them without end. */
const MAX_CHOICES = 32;
function memo<N extends object, T>(cache: WeakMap<N, Map<string, T>>, node: N, key: string, choose: () => T): T {
  let byKey = cache.get(node);
  if (!byKey) cache.set(node, (byKey = new Map()));
  let choice = byKey.get(key);
  if (choice === undefined && !byKey.has(key)) {
    choice = choose();
    if (byKey.size < MAX_CHOICES) byKey.set(key, choice);
  }
  return choice as T;
}
const requestChoices = new WeakMap<IntegrationNode, Map<string, RequestTemplateChoice>>();
const responseChoices = new WeakMap<IntegrationResponseNode, Map<string, ReturnType<typeof selectResponseTemplate>>>();

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
  const choice = memo(requestChoices, integration, contentType ?? '', () => selectRequestTemplate(integration, contentType));
  if (choice.kind === 'unsupported') return { kind: 'unsupported-media-type' };
  try {
    const output = choice.kind === 'template' ? cachedTemplate(choice.text).render(request, { session }) : request.body;
    const status = statusOf(output) ?? '200';
    const { response } = selectIntegrationResponse(integration, status);
    if (!response) return { kind: 'no-integration-response', status };
    const value = isObject(response.value) ? response.value : {};
    // A MOCK integration has no back-end body: the response template reads an empty one.
    session.globals.set('input', new InputVariable(withBody(request, '')));
    const chosen = memo(responseChoices, response, accept ?? '', () => selectResponseTemplate(response, accept));
    const body = chosen ? cachedTemplate(chosen.text).render(request, { session }) : '';
    const context = session.globals.get('context') as JMap;
    const headers = mapResponseParameters(response, { body: '', headers: {}, context, stageVariables: session.globals.get('stageVariables') as JMap });
    const statusCode = applyResponseOverride(context, Number(value.statusCode ?? 200), headers);
    return { kind: 'answer', status: statusCode, headers, contentType: chosen?.contentType ?? 'application/json', body };
  } catch (err) {
    return { kind: 'template-error', message: (err as Error).message };
  }
}
