import { isLambdaUriValue } from '../aws/lambda.js';
import { UserError } from '../errors.js';
import { isObject } from '../model/detect.js';
import type { ApiModel } from '../model/model.js';
import { openDefinitions, openSource, requireDefinitions } from '../model/open.js';
import type { Loc } from '../document/refs.js';
import type { Source } from '../document/source.js';
import { templateOffsetInFile } from '../document/template-position.js';
import { JMap } from './java.js';
import { compileTemplate, type ProxyEvent, RenderSession, requestFromEvent } from './render.js';
import { applyResponseOverride, findOperation, type FoundOperation, mapResponseParameters, selectIntegrationResponse, selectRequestTemplate, selectResponseTemplate, SelectionError } from './select.js';
import { DEFAULT_LIMITS, TemplateLimitError, TemplateRuntimeError, TemplateSyntaxError } from './template.js';
import { InputVariable } from './variables.js';

/** A request to one method of a definition, and optionally what its integration answered. */
export interface DefinitionRequest {
  /** HTTP method; `ANY` methods answer every verb. */
  method: string;
  /** A resource path as written (`/pets/{id}`) or a concrete one (`/pets/42`, whose path parameters are taken). */
  path: string;
  /** The request's Content-Type, which picks the request template (default: the event's header, else application/json). */
  contentType?: string;
  /** A Lambda proxy event (REST, payload 1.0) to start from; the fields below override its values. */
  event?: ProxyEvent;
  body?: string;
  headers?: Record<string, string>;
  queryStringParameters?: Record<string, string>;
  pathParameters?: Record<string, string>;
  stageVariables?: Record<string, string>;
  /** `$context` values, merged into the event's `requestContext` (nested objects for `authorizer.claims.sub`). */
  requestContext?: Record<string, unknown>;
  /** In a CloudFormation template: the logical id of the REST API, when several have the method. */
  api?: string;
  /** What the integration answered: give it to have the integration response chosen and rendered too. */
  integrationResponse?: IntegrationAnswer;
}

export interface IntegrationAnswer {
  /** The back end's response body (`$input` of the response template). */
  body?: string;
  /** The back end's HTTP status, matched against selection patterns (not for Lambda integrations). */
  status?: number | string;
  /** A Lambda function's `errorMessage`, matched against selection patterns; also the body when none is given. */
  errorMessage?: string;
}

/** Where a mapping template that was used is written. */
export interface TemplateUsed {
  /** Its key: the content type it is for. */
  contentType: string;
  file: string;
  line: number;
  column: number;
  /** RFC 6901 pointer to it in `file`. */
  pointer: string;
}

export interface DefinitionRender {
  /** The method that was chosen, as `POST /orders/{id}`. */
  operation: string;
  /** Path parameters, from the concrete path and then the event and `pathParameters`. */
  pathParameters: Record<string, string>;
  request: {
    /**
     * `template`: rendered with `template`; `passthrough`: the body goes to the integration as is;
     * `unsupported`: no template fits and passthroughBehavior refuses, so API Gateway answers 415.
     */
    kind: 'template' | 'passthrough' | 'unsupported';
    /** What the integration receives ('' when unsupported). */
    body: string;
    template?: TemplateUsed;
    /** Why there was no template (passthrough, unsupported). */
    reason?: string;
  };
  /** Present when `integrationResponse` was given and the request was not refused. */
  response?: {
    /**
     * The selection pattern of the integration response chosen (`default` for the default one);
     * absent when none matches and there is no default: API Gateway answers 500.
     */
    selectionPattern?: string;
    statusCode: number;
    /** Method response headers from responseParameters and `$context.responseOverride.header`. */
    headers: Record<string, string>;
    body: string;
    template?: TemplateUsed;
  };
  /** Things Velocity would do that API Gateway does differently, or that look wrong, one sentence each. */
  warnings: string[];
}

export interface DefinitionSource {
  /** YAML or JSON text of an OpenAPI definition or of a CloudFormation/SAM template. */
  text: string;
  /** The name to give it in errors; relative `$ref`s resolve from it. */
  file: string;
}

export interface RenderDefinitionOptions {
  cwd?: string;
  /** More directories whose files `$ref`s may read (`--ref-root`). */
  refRoots?: readonly string[];
  /** Milliseconds for each template's parse and render together, regular expressions included (default 5,000). */
  timeoutMs?: number;
}

/** A template error as a UserError where it sits: the template file, or the spot in the definition that holds it. */
export function templateError(err: TemplateSyntaxError, where: { file: string } | { loc: Loc; text: string; display: string }): UserError {
  if ('file' in where) return new UserError(err.detail.message, { file: where.file, line: err.detail.line, column: err.detail.column, exitCode: 1 });
  const source = where.loc.source;
  const range = source.valueOffsets(where.loc.pointer);
  const offset = range ? templateOffsetInFile(source, range[0], range[1], where.text, err.detail.offset) : 0;
  const pos = source.positionAt(offset);
  return new UserError(`${err.detail.message} (template line ${err.detail.line}, column ${err.detail.column})`, { file: where.display, line: pos.line, column: pos.column, exitCode: 1 });
}

/** Run `fn`, turning template errors into UserErrors that name where the template is. */
export function guardTemplate<T>(fn: () => T, where: Parameters<typeof templateError>[1]): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof TemplateSyntaxError) throw templateError(err, where);
    if (err instanceof TemplateRuntimeError || err instanceof TemplateLimitError) {
      const file = 'file' in where ? where.file : where.display;
      const hint = err instanceof TemplateLimitError && /took longer than/.test(err.message) ? ', the limit that --timeout sets' : '';
      throw new UserError(`rendering failed: ${err.message}${hint} (API Gateway would answer 500)`, { file, exitCode: 1 });
    }
    throw err;
  }
}

function mergeContext(base: Record<string, unknown>, extra: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(extra)) out[k] = isObject(v) && isObject(out[k]) ? mergeContext(out[k] as Record<string, unknown>, v) : v;
  return out;
}

function eventFor(input: DefinitionRequest, found: FoundOperation): ProxyEvent {
  const e: ProxyEvent = { ...(input.event ?? {}) };
  if (input.body !== undefined) {
    e.body = input.body;
    e.isBase64Encoded = false;
  }
  e.headers = { ...(e.headers ?? {}), ...input.headers };
  e.queryStringParameters = { ...(e.queryStringParameters ?? {}), ...input.queryStringParameters };
  e.pathParameters = { ...found.pathParameters, ...(e.pathParameters ?? {}), ...input.pathParameters };
  e.stageVariables = { ...(e.stageVariables ?? {}), ...input.stageVariables };
  e.requestContext = mergeContext(structuredClone(e.requestContext ?? {}), input.requestContext ?? {});
  return e;
}

const header = (event: ProxyEvent, name: string) => Object.entries(event.headers ?? {}).find(([k]) => k.toLowerCase() === name)?.[1] ?? undefined;

/**
 * What API Gateway does with one request to a method of a loaded definition: the request template
 * chosen by content type (or passthrough, or 415), then with `integrationResponse` the integration
 * response chosen by selection pattern and its response template. `apigw render-template --spec` runs this.
 */
export function renderDefinitionSource(source: Source, input: DefinitionRequest, options: RenderDefinitionOptions = {}): DefinitionRender {
  const cwd = options.cwd ?? process.cwd();
  const timeoutMs = options.timeoutMs ?? DEFAULT_LIMITS.timeoutMs;
  // One clock per template: its parse and its render (regular expressions included) share the limit.
  const renderOnce = (text: string, at: Parameters<typeof templateError>[1], request: Parameters<ReturnType<typeof compileTemplate>['renderWithWarnings']>[0], session: RenderSession) => {
    const deadline = Date.now() + timeoutMs;
    const t = guardTemplate(() => compileTemplate(text, { deadline }), at);
    return guardTemplate(() => t.renderWithWarnings(request, { session, deadline, limits: { timeoutMs } }), at);
  };
  const file = source.displayPath(cwd);
  let found: FoundOperation;
  try {
    found = findOperation(definitionFor(source, input, { cwd, refRoots: options.refRoots }), input.method, input.path);
  } catch (err) {
    if (err instanceof SelectionError) throw new UserError(err.message, { file });
    throw err;
  }
  const { operation } = found;
  const integration = operation.integration;
  if (!integration) throw new UserError(`${operation.label} has no x-amazon-apigateway-integration`, { file });
  const event = eventFor(input, found);
  const pathParameters = Object.fromEntries(Object.entries(event.pathParameters ?? {}).filter((e): e is [string, string] => typeof e[1] === 'string'));
  const session = new RenderSession(requestFromEvent(event));
  const where = (loc: Loc, text: string) => ({ loc, text, display: loc.source.displayPath(cwd) });
  const used = (loc: Loc, contentType: string): TemplateUsed => {
    const { range } = loc.source.locate(loc.pointer, 'key');
    return { contentType, file: loc.source.displayPath(cwd), line: range.start.line, column: range.start.column, pointer: loc.pointer };
  };
  const warnings: string[] = [];
  const result: DefinitionRender = { operation: operation.label, pathParameters, request: { kind: 'passthrough', body: session.request.body }, warnings };

  const choice = selectRequestTemplate(integration, input.contentType ?? header(event, 'content-type'));
  if (choice.kind === 'template') {
    const r = renderOnce(choice.text, where(choice.loc, choice.text), session.request, session);
    warnings.push(...r.warnings);
    result.request = { kind: 'template', body: r.output, template: used(choice.loc, choice.contentType) };
  } else {
    result.request = { kind: choice.kind, body: choice.kind === 'unsupported' ? '' : session.request.body, reason: choice.reason };
  }
  if (!input.integrationResponse || choice.kind === 'unsupported') return result;

  // Lambda integrations match selection patterns against the errorMessage only, never the status.
  const answer = input.integrationResponse;
  const isLambda = isLambdaUriValue(integration.value.uri);
  let backendBody = answer.body ?? '';
  if (answer.errorMessage !== undefined && answer.body === undefined) backendBody = JSON.stringify({ errorMessage: answer.errorMessage, errorType: 'Error' });
  const against = answer.errorMessage ?? (isLambda || answer.status === undefined ? undefined : String(answer.status));
  let selected;
  try {
    selected = selectIntegrationResponse(integration, against, timeoutMs);
  } catch (err) {
    if (err instanceof SelectionError) throw new UserError(err.message, { file, exitCode: 1 });
    throw err;
  }
  const { response } = selected;
  if (!response) {
    result.response = { statusCode: 500, headers: {}, body: '' };
    return result;
  }
  const respValue = isObject(response.value) ? response.value : {};
  let statusCode = Number(respValue.statusCode ?? 200);
  const responseRequest = { ...session.request, body: backendBody };
  session.globals.set('input', new InputVariable(responseRequest));
  const template = selectResponseTemplate(response, header(event, 'accept'));
  let body = backendBody;
  if (template) {
    const r = renderOnce(template.text, where(template.loc, template.text), responseRequest, session);
    warnings.push(...r.warnings);
    body = r.output;
  }
  const context = session.globals.get('context') as JMap;
  const headers = mapResponseParameters(response, { body: backendBody, headers: {}, context, stageVariables: session.globals.get('stageVariables') as JMap });
  statusCode = applyResponseOverride(context, statusCode, headers);
  result.response = { selectionPattern: response.pattern, statusCode, headers, body, ...(template ? { template: used(template.loc, template.contentType) } : {}) };
  return result;
}

/**
 * `renderDefinitionSource` for a definition file (or `-` for standard input), or for definition
 * text held in memory. Bad input and template errors throw `UserError`, whose message names the file.
 */
export async function renderFromDefinition(definition: string | DefinitionSource, input: DefinitionRequest, options: RenderDefinitionOptions = {}): Promise<DefinitionRender> {
  const cwd = options.cwd ?? process.cwd();
  return renderDefinitionSource(openSource(definition, cwd), input, { ...options, cwd });
}

/**
 * The definition to pick a mapping template from: the file itself, or in a CloudFormation template the
 * REST API written inline that has the method (`api` names one when several do).
 */
function definitionFor(source: Source, input: DefinitionRequest, access: { cwd: string; refRoots?: readonly string[] }): ApiModel {
  // Mapping templates belong to REST APIs.
  const opened = openDefinitions(source, { apiType: 'rest', pick: input.api, ...access });
  const definitions = requireDefinitions(opened);
  if (definitions.length === 1) return definitions[0]!.model;
  const file = opened.file;
  const names = definitions.map((d) => d.logicalId).join(', ');
  const models = definitions.map((d) => ({ name: d.logicalId, model: d.model }));
  const has = models.filter(({ model }) => {
    try {
      findOperation(model, input.method, input.path);
      return true;
    } catch (err) {
      if (err instanceof SelectionError) return false;
      throw err;
    }
  });
  if (has.length === 1) return has[0]!.model;
  const label = `${input.method.toUpperCase()} ${input.path}`;
  if (has.length === 0) throw new UserError(`no method ${label} in the REST APIs of the CloudFormation template (${names})`, { file });
  throw new UserError(`${label} is in several REST APIs of the CloudFormation template (${has.map((h) => h.name).join(', ')}); choose one with --api`, { file });
}
