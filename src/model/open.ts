import { relative, resolve, sep } from 'node:path';
import { UserError } from '../errors.js';
import { loadSource, parseText } from '../document/load.js';
import { escapeToken, getAtPointer } from '../document/pointer.js';
import { SourceSet } from '../document/refs.js';
import { Source } from '../document/source.js';
import { type ApiType, detectApiType, isObject } from './detect.js';
import { embeddedDefinitions, isCloudFormationTemplate, type SamAdditions } from './embedded.js';
import { type ApiModel, buildModel } from './model.js';
import { graphApis, readGraphApi, readSamEventApi, resourcesOf, samEventApis } from './resource-graph.js';
import { readWebSocketApi, webSocketApis } from './websocket.js';

/**
 * The one way every command opens API definitions: a file (or `-`, standard input), text held in
 * memory, or a loaded `Source` → each API definition found in it, as a `Definition` with its model.
 *
 * What is in a file is found by *readers* (`READERS` below), each for one kind of file and one
 * way of writing an API down. Today: an OpenAPI document is one definition; a CloudFormation or
 * SAM template holds one per API resource whose `Body`/`DefinitionBody` is written inline. A
 * new way (an API built from `AWS::ApiGateway::Resource`/`Method` or `AWS::ApiGatewayV2::Route`
 * resources, WebSocket routes) is one more reader: it returns `Found` entries whose `build`
 * makes the `ApiModel`, every node of it with the `Loc` (file and pointer) of the text that
 * declared it, and `DefinitionNote`s for what it saw but cannot open. Picking (`apiType`,
 * `pick`, `onlyDefinition`) then works for it unchanged.
 */

export type DefinitionInput = string | { text: string; file: string } | Source;

/** An OpenAPI document, or a CloudFormation/SAM template. */
export type FileKind = 'openapi' | 'cloudformation';

export interface OpenOptions {
  /**
   * For an OpenAPI document: read it as this type (`auto`, the default, decides from the document).
   * In a template each resource's type decides; `rest` or `http` keeps the APIs of that type only.
   */
  apiType?: ApiType | 'auto';
  /** The logical id of the API to open in a template (`--api`): only that one, or a `UserError`. */
  pick?: string;
  cwd?: string;
  /** More directories whose files `$ref`s may read (`--ref-root`); see `referenceRoots`. */
  refRoots?: readonly string[];
}

/** One API definition, ready for any command. */
export interface Definition {
  /** The reader that found it (`openapi`, `cloudformation-inline`). */
  readonly reader: string;
  readonly apiType: ApiType;
  /** The file it was read from, relative to the working directory (`<stdin>` for standard input). */
  readonly file: string;
  readonly source: Source;
  /** Where the definition sits in the file: '' for a whole OpenAPI document, `/Resources/Api/Properties/Body` in a template. */
  readonly pointer: string;
  /** The definition itself (the object at `pointer`). */
  readonly doc: Record<string, unknown>;
  /** In a template: the API resource's logical id and CloudFormation type. */
  readonly logicalId?: string;
  readonly resourceType?: string;
  /** For SAM's resources: what the SAM transform adds to the definition. */
  readonly sam?: SamAdditions;
  /** The files of the definition, `$ref`s followed within the reference roots. */
  readonly set: SourceSet;
  /** The model, built on first read and shared by whoever reads it next (lint, then export). */
  readonly model: ApiModel;
  /** What the reader saw in this API but could not place in it (a model whose schema is not JSON), one line each. */
  readonly unread: readonly string[];
}

/** Something a reader found but did not open. */
export interface DefinitionNote {
  /** `not-inline`: its definition is in S3, brought in by `AWS::Include` or computed; `other-type`: not of the API type asked for. */
  kind: 'not-inline' | 'other-type';
  file: string;
  logicalId: string;
  resourceType: string;
  apiType: ApiType;
  pointer: string;
  /** `Api (BodyS3Location)`, `Other (an HTTP API)`: for a message. */
  what: string;
}

export interface OpenedDefinitions {
  kind: FileKind;
  source: Source;
  /** Display path of the file. */
  file: string;
  /** The API type asked for. */
  apiType: ApiType | 'auto';
  /** In the order of the file; with `pick`, the one picked. */
  definitions: Definition[];
  notes: DefinitionNote[];
}

/** What a reader found: enough to pick by, and how to build the model once picked. */
export interface Found {
  apiType: ApiType;
  pointer: string;
  logicalId?: string;
  resourceType?: string;
  sam?: SamAdditions;
  /**
   * The document a reader assembled from the file rather than found in it (an API written as
   * CloudFormation resources): the definition is all of it, its nodes placed at the file's text.
   */
  document?: Source;
  /** What the reader saw in this API but could not place in it, one line each. */
  unread?: string[];
  build: (set: SourceSet) => ApiModel;
}

export interface DefinitionReader {
  name: string;
  kind: FileKind;
  read(source: Source, apiType: ApiType | 'auto'): { found: Found[]; notes: Array<Omit<DefinitionNote, 'file'>> };
}

const openApiDocument: DefinitionReader = {
  name: 'openapi',
  kind: 'openapi',
  read(source, asked) {
    const doc = source.root as Record<string, unknown>;
    const apiType = asked === 'auto' ? detectApiType(doc) : asked;
    return { found: [{ apiType, pointer: '', build: (set) => buildModel(set, { apiType }) }], notes: [] };
  },
};

const inlineTemplateBodies: DefinitionReader = {
  name: 'cloudformation-inline',
  kind: 'cloudformation',
  read(source) {
    const { inline, elsewhere } = embeddedDefinitions(source.root as Record<string, unknown>);
    return {
      found: inline.map((d) => ({
        apiType: d.apiType, pointer: d.pointer, logicalId: d.resource, resourceType: d.type, sam: d.sam,
        build: (set: SourceSet) => buildModel(set, { apiType: d.apiType, sam: d.sam, template: { source, api: d.resource, resources: resourcesOf(source.root as Record<string, unknown>) } }),
      })),
      notes: elsewhere.map((e) => ({ kind: 'not-inline' as const, logicalId: e.resource, resourceType: e.type, apiType: e.apiType, pointer: e.pointer, what: e.what })),
    };
  },
};

/**
 * REST and HTTP APIs written as CloudFormation resources (`src/model/resource-graph.ts`): the
 * document is assembled from the resources, every node placed at the template text that declared it.
 */
const templateResourceGraphs: DefinitionReader = {
  name: 'cloudformation-resources',
  kind: 'cloudformation',
  read(source) {
    const root = source.root as Record<string, unknown>;
    const apis = [...graphApis(root).map((api) => ({ api, reader: readGraphApi })), ...samEventApis(root).map((api) => ({ api, reader: readSamEventApi }))];
    const found: Found[] = apis.map(({ api, reader }) => {
      // Read on first use: an API that `apiType` leaves out is never assembled.
      let read: ReturnType<typeof readGraphApi> | undefined;
      const get = () => (read ??= reader(source, api));
      return {
        apiType: api.apiType, pointer: `/Resources/${escapeToken(api.resource)}`, logicalId: api.resource, resourceType: api.type,
        get document() {
          return get().source;
        },
        get unread() {
          return get().notes;
        },
        build: (set: SourceSet) => buildModel(set, { apiType: api.apiType, form: 'resources', template: get().template }),
      };
    });
    return { found, notes: [] };
  },
};

/**
 * WebSocket APIs (`AWS::ApiGatewayV2::Api` with `ProtocolType: WEBSOCKET`), only ever written as
 * resources: the model holds their routes and integrations (`src/model/websocket.ts`).
 */
const templateWebSocketApis: DefinitionReader = {
  name: 'cloudformation-websocket',
  kind: 'cloudformation',
  read(source) {
    const found: Found[] = webSocketApis(source.root as Record<string, unknown>).map((id) => ({
      apiType: 'websocket' as const, pointer: `/Resources/${escapeToken(id)}`, logicalId: id, resourceType: 'AWS::ApiGatewayV2::Api',
      build: (set: SourceSet) => {
        const websocket = readWebSocketApi(source, id);
        return buildModel(set, { apiType: 'websocket', form: 'resources', template: websocket.template, websocket });
      },
    }));
    return { found, notes: [] };
  },
};

/** Every reader, in the order their definitions are listed. */
export const READERS: readonly DefinitionReader[] = [openApiDocument, inlineTemplateBodies, templateResourceGraphs, templateWebSocketApis];

/** The file is not an API definition at all, nor a template: `apigw lint <dir>` skips such files. */
export class NotAnApiDefinitionError extends UserError {}

/** A path as reports print it: relative to `cwd`, POSIX separators. */
export function displayPathFor(cwd: string): (abs: string) => string {
  return (abs) => {
    const rel = relative(cwd, abs);
    return (rel === '' ? abs : rel).split(sep).join('/');
  };
}

/** Read and parse `input` (a loaded `Source` is returned as is). */
export function openSource(input: DefinitionInput, cwd: string = process.cwd()): Source {
  if (input instanceof Source) return input;
  const display = displayPathFor(cwd);
  if (typeof input === 'string') {
    if (input === '-') return loadSource('-', '<stdin>');
    const abs = resolve(cwd, input);
    return loadSource(abs, display(abs));
  }
  const abs = resolve(cwd, input.file);
  return parseText(input.text, abs, display(abs));
}

/** An OpenAPI document or a template; anything else is refused. */
export function fileKind(source: Source, file: string): FileKind {
  const doc = source.root;
  if (isCloudFormationTemplate(doc)) return 'cloudformation';
  if (!isObject(doc)) {
    throw new NotAnApiDefinitionError(`not an OpenAPI document: the top level is ${Array.isArray(doc) ? 'a list' : 'a scalar'}, not a mapping`, { file });
  }
  if (doc.swagger === undefined && doc.openapi === undefined && doc.paths === undefined) {
    const kind = typeof doc.kind === 'string' && doc.apiVersion !== undefined ? ` (looks like a Kubernetes ${doc.kind})` : doc.AWSTemplateFormatVersion !== undefined || doc.Resources !== undefined ? ' (looks like a CloudFormation template)' : '';
    throw new NotAnApiDefinitionError(`not an OpenAPI document: no "swagger", "openapi" or "paths" at the top level${kind}`, { file });
  }
  return 'openapi';
}

class OpenedDefinition implements Definition {
  private built?: ApiModel;
  readonly apiType: ApiType;
  readonly pointer: string;
  readonly logicalId?: string;
  readonly resourceType?: string;
  readonly sam?: SamAdditions;
  readonly unread: readonly string[];

  constructor(
    readonly reader: string,
    readonly file: string,
    readonly source: Source,
    readonly set: SourceSet,
    private readonly found: Found,
  ) {
    this.apiType = found.apiType;
    this.pointer = found.document ? '' : found.pointer;
    if (found.logicalId !== undefined) this.logicalId = found.logicalId;
    if (found.resourceType !== undefined) this.resourceType = found.resourceType;
    if (found.sam !== undefined) this.sam = found.sam;
    this.unread = found.unread ?? [];
  }

  get doc(): Record<string, unknown> {
    const value = this.pointer === '' ? this.source.root : getAtPointer(this.source.root, this.pointer);
    return isObject(value) ? value : {};
  }

  get model(): ApiModel {
    return (this.built ??= this.found.build(this.set));
  }
}

/** `REST API`, `HTTP API`, `WebSocket API`: for messages. */
export const NOUNS = { rest: 'REST API', http: 'HTTP API', websocket: 'WebSocket API', auto: 'API' } as const;
const ARTICLES = { rest: 'a', http: 'an', websocket: 'a', auto: 'an' } as const;
const nounOf = (apiType: ApiType | 'auto') => NOUNS[apiType];
const withArticle = (apiType: ApiType | 'auto') => `${ARTICLES[apiType]} ${NOUNS[apiType]}`;

/**
 * The API definitions in `input`. Models are built when first read, so opening a template with
 * several APIs and picking one builds one model.
 */
export function openDefinitions(input: DefinitionInput, options: OpenOptions = {}): OpenedDefinitions {
  const cwd = options.cwd ?? process.cwd();
  const apiType = options.apiType ?? 'auto';
  const source = openSource(input, cwd);
  const file = source.displayPath(cwd);
  const kind = fileKind(source, file);
  const display = displayPathFor(cwd);
  const definitions: Definition[] = [];
  const notes: DefinitionNote[] = [];
  for (const reader of READERS) {
    if (reader.kind !== kind) continue;
    const read = reader.read(source, apiType);
    for (const found of read.found) {
      if (kind === 'cloudformation' && apiType !== 'auto' && found.apiType !== apiType) {
        notes.push({
          kind: 'other-type', file, logicalId: found.logicalId!, resourceType: found.resourceType!, apiType: found.apiType, pointer: found.pointer,
          what: `${found.logicalId} (${withArticle(found.apiType)})`,
        });
        continue;
      }
      const root = found.document ?? source;
      const set = new SourceSet(root, display, found.document ? '' : found.pointer, { cwd, refRoots: options.refRoots });
      definitions.push(new OpenedDefinition(reader.name, file, root, set, found));
    }
    for (const note of read.notes) notes.push({ ...note, file });
  }
  const opened: OpenedDefinitions = { kind, source, file, apiType, definitions, notes };
  if (options.pick !== undefined) opened.definitions = [pickDefinition(opened, options.pick)];
  return opened;
}

/** The definition of the API whose logical id is `id` (`--api`); a `UserError` saying what there is otherwise. */
export function pickDefinition(opened: OpenedDefinitions, id: string): Definition {
  const noun = nounOf(opened.apiType);
  if (opened.kind !== 'cloudformation') {
    throw new UserError(`--api picks ${withArticle(opened.apiType)} in a CloudFormation template; this is a definition`, { file: opened.file });
  }
  const picked = opened.definitions.find((d) => d.logicalId === id);
  if (picked) return picked;
  const names = opened.definitions.map((d) => d.logicalId).join(', ') || 'none';
  const seen = opened.notes.find((n) => n.logicalId === id);
  throw new UserError(`the CloudFormation template has no ${noun} "${id}" written inline (${noun}s: ${names})${seen ? `; found ${seen.what}` : ''}`, { file: opened.file });
}

/** At least one definition: a template without any (of the type asked for) is refused, saying what it has. */
export function requireDefinitions(opened: OpenedDefinitions): Definition[] {
  if (opened.definitions.length > 0) return opened.definitions;
  const more = opened.notes.length ? `; not opened: ${opened.notes.map((n) => n.what).join(', ')}` : '';
  throw new UserError(`the CloudFormation template has no ${nounOf(opened.apiType)} written inline${more}`, { file: opened.file });
}

/** The one definition a command works on (render-template, convert, export, serve): several need `--api`. */
export function onlyDefinition(opened: OpenedDefinitions): Definition {
  const list = requireDefinitions(opened);
  if (list.length > 1) {
    throw new UserError(`the CloudFormation template has several ${nounOf(opened.apiType)}s (${list.map((d) => d.logicalId).join(', ')}); choose one with --api`, { file: opened.file });
  }
  return list[0]!;
}
