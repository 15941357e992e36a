import { emptyRecord, ownValue, setOwn } from '../spec/own.js';
import { embeddedDefinitions, isCloudFormationTemplate } from '../spec/embedded.js';
import { loadSource, parseText, readText } from '../spec/load.js';
import { type ApiModel, buildModel } from '../spec/model.js';
import { SourceSet } from '../spec/refs.js';
import type { Loc } from '../spec/refs.js';
import type { Source } from '../spec/source.js';
import { templateOffsetInFile } from '../spec/template-position.js';
import { UserError } from '../errors.js';
import { isObject } from '../spec/detect.js';
import { JMap } from './java.js';
import { RenderSession, requestFromEvent, compileTemplate, type ProxyEvent } from './render.js';
import { findOperation, mapResponseParameters, mediaType, selectIntegrationResponse, selectRequestTemplate, selectResponseTemplate, SelectionError } from './select.js';
import { TemplateLimitError, TemplateRuntimeError, TemplateSyntaxError } from './template.js';
import { InputVariable } from './variables.js';

export interface RenderCommand {
  template?: string;
  event?: string;
  spec?: string;
  /** With a CloudFormation template as `spec`: the logical id of the REST API to pick from. */
  api?: string;
  method?: string;
  path?: string;
  contentType?: string;
  response?: boolean;
  integrationResponse?: string;
  status?: string;
  errorMessage?: string;
  body?: string;
  header: string[];
  query: string[];
  pathParam: string[];
  stageVar: string[];
  context: string[];
  checkJson?: boolean;
  cwd: string;
  display: (abs: string) => string;
}

export interface RenderOutcome {
  /** Exactly the rendered bytes (or, with --format json in response mode, the response). */
  body: string;
  statusCode?: number;
  headers?: Record<string, string>;
  /** One-line notes for standard error: which template, which response. */
  notes: string[];
  warnings: string[];
  /** Problems that make the exit code 1: a template error, a 415, invalid JSON output. */
  problems: string[];
}

function pairs(list: string[], sep: ':' | '=', flag: string): Array<[string, string]> {
  return list.map((item) => {
    const i = item.indexOf(sep);
    if (i <= 0) throw new UserError(`${flag} "${item}": expected name${sep}value`);
    return [item.slice(0, i).trim(), item.slice(i + 1).trim()];
  });
}

function readEvent(cmd: RenderCommand): ProxyEvent {
  if (!cmd.event) return {};
  const display = cmd.event === '-' ? '<stdin>' : cmd.display(cmd.event);
  const source = cmd.event === '-' ? parseText(readText('-', display), '-', display) : loadSource(cmd.event, display);
  const event = source.root;
  if (!isObject(event)) throw new UserError('event must be a JSON object (an API Gateway Lambda proxy event)', { file: display });
  for (const key of ['headers', 'multiValueHeaders', 'queryStringParameters', 'multiValueQueryStringParameters', 'pathParameters', 'stageVariables', 'requestContext']) {
    if (event[key] !== undefined && event[key] !== null && !isObject(event[key])) {
      const { range } = source.locate(`/${key}`);
      throw new UserError(`"${key}" must be an object`, { file: display, line: range.start.line, column: range.start.column });
    }
  }
  if (event.body !== undefined && event.body !== null && typeof event.body !== 'string') {
    const { range } = source.locate('/body');
    throw new UserError('"body" must be a string (the raw request body) or null', { file: display, line: range.start.line, column: range.start.column });
  }
  return event as ProxyEvent;
}

/** Apply --body, --header, --query, --path-param, --stage-var and --context to the event. */
function applyOverrides(event: ProxyEvent, cmd: RenderCommand, pathParameters: Record<string, string>): ProxyEvent {
  const e: ProxyEvent = { ...event };
  if (cmd.body !== undefined) {
    e.body = cmd.body;
    e.isBase64Encoded = false;
  }
  const merge = (base: Record<string, string | null> | null | undefined, extra: Array<[string, string]>) => ({ ...(base ?? {}), ...Object.fromEntries(extra) });
  e.headers = merge(e.headers, pairs(cmd.header, ':', '--header'));
  e.queryStringParameters = merge(e.queryStringParameters, pairs(cmd.query, '=', '--query'));
  e.pathParameters = merge({ ...pathParameters, ...(e.pathParameters ?? {}) }, pairs(cmd.pathParam, '=', '--path-param'));
  e.stageVariables = merge(e.stageVariables, pairs(cmd.stageVar, '=', '--stage-var'));
  const ctx: Record<string, unknown> = structuredClone(e.requestContext ?? {});
  for (const [path, value] of pairs(cmd.context, '=', '--context')) {
    const keys = path.split('.');
    let node = ctx;
    for (const k of keys.slice(0, -1)) {
      const next = ownValue(node, k);
      if (!isObject(next)) setOwn(node, k, emptyRecord());
      node = node[k] as Record<string, unknown>;
    }
    setOwn(node, keys[keys.length - 1]!, value);
  }
  e.requestContext = ctx;
  return e;
}

/** Where a template error sits: the template file, or the spot in the definition that holds it. */
function templateError(err: TemplateSyntaxError, where: { file: string } | { loc: Loc; text: string; display: string }): UserError {
  if ('file' in where) return new UserError(err.detail.message, { file: where.file, line: err.detail.line, column: err.detail.column, exitCode: 1 });
  const source = where.loc.source;
  const range = source.valueOffsets(where.loc.pointer);
  const offset = range ? templateOffsetInFile(source, range[0], range[1], where.text, err.detail.offset) : 0;
  const pos = source.positionAt(offset);
  return new UserError(`${err.detail.message} (template line ${err.detail.line}, column ${err.detail.column})`, { file: where.display, line: pos.line, column: pos.column, exitCode: 1 });
}

function checkJson(output: string, contentType: string, problems: string[]): void {
  const type = mediaType(contentType);
  if (type !== 'application/json' && !type.endsWith('+json')) return;
  try {
    JSON.parse(output);
  } catch (err) {
    const message = (err as Error).message;
    const at = /position (\d+)/.exec(message);
    const offset = at ? Number(at[1]) : output.length;
    const before = output.slice(0, offset).split('\n');
    const detail = message.replace(/^(Unexpected .*?|.*?) in JSON at position \d+.*$/s, '$1').replace(/^JSON\.parse: /, '');
    problems.push(`rendered output is not valid JSON: line ${before.length}, column ${before[before.length - 1]!.length + 1}: ${detail}`);
  }
}

export function runRenderTemplate(cmd: RenderCommand): RenderOutcome {
  const notes: string[] = [];
  const problems: string[] = [];
  const warnings: string[] = [];
  if (!cmd.template === !cmd.spec) throw new UserError('give either a template file or --spec (with --method and --path)');
  if (cmd.api !== undefined && !cmd.spec) throw new UserError('--api picks a REST API of a CloudFormation template given with --spec');
  const guard = <T>(fn: () => T, where: Parameters<typeof templateError>[1]): T => {
    try {
      return fn();
    } catch (err) {
      if (err instanceof TemplateSyntaxError) throw templateError(err, where);
      if (err instanceof TemplateRuntimeError || err instanceof TemplateLimitError) {
        const file = 'file' in where ? where.file : where.display;
        throw new UserError(`rendering failed: ${err.message} (API Gateway would answer 500)`, { file, exitCode: 1 });
      }
      throw err;
    }
  };

  // Flag problems first: a misused option is reported before any file is read.
  applyOverrides({}, cmd, {});
  const baseEvent = readEvent(cmd);
  if (cmd.template) {
    const display = cmd.display(cmd.template);
    const text = readText(cmd.template, display, { allowEmpty: true });
    const template = guard(() => compileTemplate(text), { file: display });
    const event = applyOverrides(baseEvent, cmd, {});
    if (cmd.response && cmd.integrationResponse !== undefined) event.body = readText(cmd.integrationResponse, cmd.display(cmd.integrationResponse), { allowEmpty: true });
    const result = guard(() => template.renderWithWarnings(event), { file: display });
    warnings.push(...result.warnings);
    if (cmd.checkJson) checkJson(result.output, cmd.contentType ?? 'application/json', problems);
    return { body: result.output, notes, warnings, problems };
  }

  if (!cmd.method || !cmd.path) throw new UserError('--spec needs --method and --path');
  const specDisplay = cmd.display(cmd.spec!);
  const source = loadSource(cmd.spec!, specDisplay);
  let found;
  try {
    found = findOperation(definitionFor(source, cmd, specDisplay), cmd.method, cmd.path);
  } catch (err) {
    if (err instanceof SelectionError) throw new UserError(err.message, { file: specDisplay });
    throw err;
  }
  const { operation } = found;
  const integration = operation.integration;
  if (!integration) throw new UserError(`${operation.label} has no x-amazon-apigateway-integration`, { file: specDisplay });
  const event = applyOverrides(baseEvent, cmd, found.pathParameters);
  const headerContentType = Object.entries(event.headers ?? {}).find(([k]) => k.toLowerCase() === 'content-type')?.[1] ?? undefined;
  const contentType = cmd.contentType ?? headerContentType ?? undefined;
  const session = new RenderSession(requestFromEvent(event));
  const where = (loc: Loc, text: string) => ({ loc, text, display: loc.source.displayPath(cmd.cwd) });

  const choice = selectRequestTemplate(integration, contentType);
  let requestOutput = session.request.body;
  if (choice.kind === 'template') {
    const t = guard(() => compileTemplate(choice.text), where(choice.loc, choice.text));
    const r = guard(() => t.renderWithWarnings(session.request, { session }), where(choice.loc, choice.text));
    warnings.push(...r.warnings);
    requestOutput = r.output;
    if (!cmd.response) {
      const { range } = choice.loc.source.locate(choice.loc.pointer, 'key');
      notes.push(`using request template "${choice.contentType}" of ${operation.label} (${choice.loc.source.displayPath(cmd.cwd)}:${range.start.line}:${range.start.column})`);
      if (cmd.checkJson) checkJson(requestOutput, choice.contentType, problems);
    }
  } else if (choice.kind === 'unsupported') {
    problems.push(`${operation.label}: ${choice.reason}; API Gateway answers 415 Unsupported Media Type`);
    return { body: '', statusCode: 415, notes, warnings, problems };
  } else if (!cmd.response) notes.push(`${operation.label}: ${choice.reason}`);
  if (!cmd.response) return { body: requestOutput, notes, warnings, problems };

  // Response: select the integration response, render its template, map its headers.
  const isLambda = /:lambda:path\//.test(String(integration.value.uri ?? ''));
  let backendBody = cmd.integrationResponse !== undefined ? readText(cmd.integrationResponse, cmd.display(cmd.integrationResponse), { allowEmpty: true }) : '';
  if (cmd.errorMessage !== undefined && cmd.integrationResponse === undefined) backendBody = JSON.stringify({ errorMessage: cmd.errorMessage, errorType: 'Error' });
  const against = cmd.errorMessage ?? (isLambda ? undefined : cmd.status);
  const { response, matched } = selectIntegrationResponse(integration, against);
  if (!response) {
    problems.push(`${operation.label}: no integration response matches and there is no default; API Gateway answers 500 Internal Server Error`);
    return { body: '', statusCode: 500, notes, warnings, problems };
  }
  const respValue = isObject(response.value) ? response.value : {};
  let statusCode = Number(respValue.statusCode ?? 200);
  const responseRequest = { ...session.request, body: backendBody };
  session.globals.set('input', new InputVariable(responseRequest));
  const template = selectResponseTemplate(response, Object.entries(event.headers ?? {}).find(([k]) => k.toLowerCase() === 'accept')?.[1] ?? undefined);
  let body = backendBody;
  if (template) {
    const t = guard(() => compileTemplate(template.text), where(template.loc, template.text));
    const r = guard(() => t.renderWithWarnings(responseRequest, { session }), where(template.loc, template.text));
    warnings.push(...r.warnings);
    body = r.output;
    if (cmd.checkJson) checkJson(body, template.contentType, problems);
  }
  const context = session.globals.get('context') as JMap;
  const headers = mapResponseParameters(response, { body: backendBody, headers: {}, context, stageVariables: session.globals.get('stageVariables') as JMap });
  // $context.responseOverride.status and .header.X change the method response (mapping template override).
  const override = context.get('responseOverride');
  if (override instanceof JMap) {
    const status = override.get('status');
    if (status !== null && /^\d{3}$/.test(String(status))) statusCode = Number(status);
    const oh = override.get('header');
    if (oh instanceof JMap) for (const k of oh.keys()) headers[k] = String(oh.get(k));
  }
  notes.push(`using integration response ${matched} → ${statusCode}${template ? ` with response template "${template.contentType}"` : ' (no template: body passed through)'} of ${operation.label}`);
  return { body, statusCode, headers, notes, warnings, problems };
}

/**
 * The definition to pick a mapping template from: the file itself, or in a CloudFormation template the
 * REST API written inline that has the method (`--api` names one when several do).
 */
function definitionFor(source: Source, cmd: RenderCommand, display: string): ApiModel {
  if (!isCloudFormationTemplate(source.root)) {
    if (cmd.api !== undefined) throw new UserError(`--api picks a REST API in a CloudFormation template; this is a definition`, { file: display });
    return buildModel(new SourceSet(source, cmd.display), { apiType: 'rest' });
  }
  // Mapping templates belong to REST APIs.
  const rest = embeddedDefinitions(source.root).inline.filter((d) => d.apiType === 'rest');
  const names = rest.map((d) => d.resource).join(', ') || 'none';
  const chosen = cmd.api === undefined ? rest : rest.filter((d) => d.resource === cmd.api);
  if (chosen.length === 0) {
    throw new UserError(cmd.api === undefined ? 'the CloudFormation template has no REST API written inline' : `the CloudFormation template has no REST API "${cmd.api}" written inline (REST APIs: ${names})`, { file: display });
  }
  const models = chosen.map((d) => ({ name: d.resource, model: buildModel(new SourceSet(source, cmd.display, d.pointer), { apiType: 'rest' }) }));
  if (models.length === 1) return models[0]!.model;
  const has = models.filter(({ model }) => {
    try {
      findOperation(model, cmd.method!, cmd.path!);
      return true;
    } catch (err) {
      if (err instanceof SelectionError) return false;
      throw err;
    }
  });
  if (has.length === 1) return has[0]!.model;
  const label = `${cmd.method!.toUpperCase()} ${cmd.path}`;
  if (has.length === 0) throw new UserError(`no method ${label} in the REST APIs of the CloudFormation template (${names})`, { file: display });
  throw new UserError(`${label} is in several REST APIs of the CloudFormation template (${has.map((h) => h.name).join(', ')}); choose one with --api`, { file: display });
}
