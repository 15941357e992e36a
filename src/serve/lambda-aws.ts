import type { IntegrationNode } from '../model/model.js';
import { RenderSession } from '../vtl/render.js';
import { selectRequestTemplate } from '../vtl/select.js';
import { type TemplateRequest, withBody } from '../vtl/variables.js';
import { type ContentHandling, contentHandlingOf, convertRequestPayload } from './binary.js';
import { cachedTemplate, type EndpointResponse, respond, type ResponseOutcome } from './integration-response.js';
import type { LambdaInvoker } from './lambda-invoke.js';

export type LambdaAwsOutcome =
  | ResponseOutcome
  | { kind: 'unsupported-media-type' }
  | { kind: 'timeout' }
  | { kind: 'invalid-event'; message: string };

export interface LambdaAwsRequest {
  /** The method request as templates see it. */
  request: TemplateRequest;
  /** The raw request body, converted by contentHandling before the template sees it. */
  body: Buffer;
  contentType: string | undefined;
  accept: string | undefined;
  binaryMediaTypes: readonly string[];
  functionName: string;
  requestId: string;
}

/**
 * A Lambda custom (non-proxy, type AWS) integration: the request template's output (or the body
 * passed through, or 415 as passthroughBehavior says) is parsed as JSON and is the event; the
 * function's result is the back end's 200 body. A function error becomes the Node.js runtime's
 * error payload {errorType, errorMessage, trace}
 * (https://docs.aws.amazon.com/lambda/latest/dg/nodejs-exceptions.html), and its errorMessage, not a
 * status, is matched against the selection patterns; a success always takes the default response,
 * and so does an error no pattern matches (with status 200)
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/handle-errors-in-lambda-integration.html).
 */
export async function runLambdaAws(integration: IntegrationNode, pool: LambdaInvoker, input: LambdaAwsRequest): Promise<LambdaAwsOutcome> {
  const handling: ContentHandling = contentHandlingOf(integration.value);
  const request = withBody(input.request, convertRequestPayload(input.body, input.contentType, input.binaryMediaTypes, handling).toString('utf8'));
  const session = new RenderSession(request);
  const choice = selectRequestTemplate(integration, input.contentType);
  if (choice.kind === 'unsupported') return { kind: 'unsupported-media-type' };
  let output: string;
  try {
    output = choice.kind === 'template' ? cachedTemplate(choice.text).render(request, { session }) : request.body;
  } catch (err) {
    return { kind: 'template-error', message: (err as Error).message };
  }
  let event: unknown;
  try {
    // Lambda refuses an Invoke payload that is not JSON; an empty one is the event {}.
    event = output.trim() === '' ? {} : JSON.parse(output);
  } catch {
    return { kind: 'invalid-event', message: `the integration request (${output.length > 60 ? `${output.slice(0, 60)}…` : output}) is not JSON, which Lambda refuses as an event` };
  }
  const outcome = await pool.invoke(event, { awsRequestId: input.requestId, functionName: input.functionName });
  if (outcome.kind === 'timeout') return { kind: 'timeout' };
  if (outcome.kind === 'unreachable') return { kind: 'invalid-event', message: outcome.message };
  const ctx = { integration, request, session, accept: input.accept, binaryMediaTypes: input.binaryMediaTypes };
  const json = (v: unknown): EndpointResponse => ({ status: 200, headers: [['Content-Type', 'application/json']], body: Buffer.from(JSON.stringify(v) ?? 'null', 'utf8') });
  if (outcome.kind === 'result') return respond(ctx, json(outcome.value), undefined);
  const error = outcome.kind === 'error'
    ? { errorType: outcome.errorType, errorMessage: outcome.errorMessage, trace: outcome.trace ?? [] }
    : { errorType: 'Runtime.ExitError', errorMessage: `RequestId: ${input.requestId} Error: ${outcome.message}`, trace: [] };
  return respond(ctx, json(error), error.errorMessage);
}
