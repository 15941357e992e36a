import { relative, resolve, sep } from 'node:path';
import { UserError } from '../errors.js';
import type { ApiType } from '../model/detect.js';
import { embeddedDefinitions, isCloudFormationTemplate } from '../model/embedded.js';
import { loadSource, parseText } from '../document/load.js';
import { type ApiModel, buildModel } from '../model/model.js';
import { SourceSet } from '../document/refs.js';
import type { Source } from '../document/source.js';

export interface LoadedApi {
  model: ApiModel;
  /** The file the definition was read from, relative to the working directory. */
  file: string;
  /** The logical id of the API in a CloudFormation template. */
  resource?: string;
}

export interface LoadOptions {
  cwd?: string;
  apiType?: ApiType | 'auto';
  /** In a CloudFormation template: the logical id of the API to serve. */
  api?: string;
}

/** Definition text held in memory, named for errors; relative `$ref`s resolve from `file`. */
export interface DefinitionText {
  text: string;
  file: string;
}

/**
 * The API to serve: the OpenAPI definition in the file, or the one API (REST or HTTP) written inline
 * in a CloudFormation/SAM template (`api` names it when there are several).
 */
export function loadApi(definition: string | DefinitionText, options: LoadOptions = {}): LoadedApi {
  const cwd = options.cwd ?? process.cwd();
  const display = (abs: string) => {
    const rel = relative(cwd, abs);
    return (rel === '' ? abs : rel).split(sep).join('/');
  };
  let source: Source;
  if (typeof definition === 'string') source = loadSource(resolve(cwd, definition), display(resolve(cwd, definition)));
  else {
    const abs = resolve(cwd, definition.file);
    source = parseText(definition.text, abs, display(abs));
  }
  const file = source.displayPath(cwd);
  if (!isCloudFormationTemplate(source.root)) {
    if (options.api !== undefined) throw new UserError('--api picks an API in a CloudFormation template; this is a definition', { file });
    return { model: buildModel(new SourceSet(source, display), { apiType: options.apiType ?? 'auto' }), file };
  }
  const { inline, elsewhere } = embeddedDefinitions(source.root);
  const wanted = options.apiType && options.apiType !== 'auto' ? inline.filter((d) => d.apiType === options.apiType) : inline;
  const names = inline.map((d) => d.resource).join(', ') || 'none';
  const chosen = options.api === undefined ? wanted : wanted.filter((d) => d.resource === options.api);
  if (chosen.length === 0) {
    const more = elsewhere.length ? `; not inline: ${elsewhere.join(', ')}` : '';
    throw new UserError(options.api === undefined
      ? `the CloudFormation template has no API written inline${more}`
      : `the CloudFormation template has no API "${options.api}" written inline (APIs: ${names})`, { file });
  }
  if (chosen.length > 1) throw new UserError(`the CloudFormation template has several APIs (${chosen.map((d) => d.resource).join(', ')}); choose one with --api`, { file });
  const d = chosen[0]!;
  return { model: buildModel(new SourceSet(source, display, d.pointer), { apiType: d.apiType, sam: d.sam }), file, resource: d.resource };
}
