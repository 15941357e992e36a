import type { ApiType } from '../model/detect.js';
import type { ApiModel } from '../model/model.js';
import { onlyDefinition, openDefinitions } from '../model/open.js';

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
  const opened = openDefinitions(definition, { apiType: options.apiType ?? 'auto', pick: options.api, cwd: options.cwd });
  const d = onlyDefinition(opened);
  return { model: d.model, file: d.file, ...(d.logicalId !== undefined ? { resource: d.logicalId } : {}) };
}
