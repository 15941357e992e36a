import type { Diagnostic } from '../diagnostic.js';
import type { FormatContext } from './context.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';

export type Formatter = (diagnostics: readonly Diagnostic[], ctx: FormatContext) => string;

export const FORMATTERS: Record<string, Formatter> = {
  github: formatGithub,
  json: formatJson,
  junit: formatJunit,
  sarif: formatSarif,
  stylish: formatStylish,
};

export type { FormatContext };
