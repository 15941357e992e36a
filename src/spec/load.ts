import { readFileSync, statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import yaml from 'js-yaml';
import { UserError } from '../errors.js';
import { CFN_SCHEMA } from './cfn-tags.js';
import { createPositionListener, PositionTable } from './positions.js';
import { Source } from './source.js';

/** Deeper nesting than this is refused: no real definition comes near it, and it bounds recursion. */
export const MAX_DEPTH = 400;

function describeReadError(err: NodeJS.ErrnoException): string {
  switch (err.code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory, not a file';
    default:
      return err.message;
  }
}

/** Read a file as UTF-8 text (BOM removed), refusing directories, empty and binary files. */
export function readText(path: string, display: string, options: { allowEmpty?: boolean } = {}): string {
  let buf: Buffer;
  try {
    if (path === '-') buf = readFileSync(0);
    else {
      if (statSync(path).isDirectory()) throw new UserError('cannot read: is a directory, not a file', { file: display });
      buf = readFileSync(path);
    }
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw new UserError(`cannot read: ${describeReadError(err as NodeJS.ErrnoException)}`, { file: display, cause: err });
  }
  if (buf.length === 0) {
    if (options.allowEmpty) return '';
    throw new UserError('file is empty', { file: display });
  }
  const probe = buf.subarray(0, 8192);
  if (probe.includes(0)) throw new UserError('binary file, not YAML or JSON', { file: display });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch (err) {
    throw new UserError('file is not valid UTF-8', { file: display, cause: err });
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (!options.allowEmpty && !/\S/.test(text)) throw new UserError('file is empty', { file: display });
  return text;
}

/**
 * The offset of a comma before `}` or `]` outside strings, or -1. JSON has no trailing commas
 * (RFC 8259), but the YAML parser that reads JSON files accepts them as YAML flow collections.
 */
export function jsonTrailingComma(text: string): number {
  // Most files have none: a native search first, the string-aware scan only when it finds one.
  if (!/,\s*[}\]]/.test(text)) return -1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x2c) {
      let j = i + 1;
      while (j < text.length && /\s/.test(text[j]!)) j++;
      if (text[j] === '}' || text[j] === ']') return i;
    }
  }
  return -1;
}

/** A file read as JSON: named `.json`, or starting with `{` or `[` and not named `.yaml`/`.yml`. */
function isJsonText(path: string, text: string): boolean {
  const ext = extname(path).toLowerCase();
  return ext === '.json' || (ext !== '.yaml' && ext !== '.yml' && /^\s*[{[]/.test(text));
}

/** Parse YAML or JSON text, recording the position of every node. */
export function parseText(text: string, path: string, display: string): Source {
  if (isJsonText(path, text)) {
    const comma = jsonTrailingComma(text);
    if (comma >= 0) {
      const before = text.slice(0, comma);
      const line = before.split('\n').length;
      throw new UserError('trailing comma (JSON allows none)', { file: display, line, column: comma - before.lastIndexOf('\n') });
    }
  }
  const table = new PositionTable(text.length);
  let root: unknown;
  try {
    root = yaml.load(text, {
      filename: display,
      schema: CFN_SCHEMA,
      listener: createPositionListener(text, table),
      maxDepth: MAX_DEPTH,
    } as yaml.LoadOptions);
  } catch (err) {
    if (err instanceof yaml.YAMLException) {
      const mark = err.mark as { line?: number; column?: number } | undefined;
      let reason = err.reason || 'syntax error';
      if (/maxDepth/.test(reason)) reason = `nesting deeper than ${MAX_DEPTH} levels`;
      if (/duplicated mapping key/.test(reason)) reason = 'duplicate key';
      const tag = /unknown tag !<(![A-Za-z]+)>/.exec(reason)?.[1];
      if (tag === '!GetAtt') reason = '!GetAtt takes Resource.Attribute or [Resource, Attribute], not a mapping';
      throw new UserError(reason, {
        file: display,
        line: mark?.line === undefined ? undefined : mark.line + 1,
        column: mark?.column === undefined ? undefined : mark.column + 1,
        cause: err,
      });
    }
    if (err instanceof RangeError) {
      throw new UserError('document is nested too deeply to read', { file: display, cause: err });
    }
    throw err;
  }
  const format = extname(path).toLowerCase() === '.json' || /^\s*[{[]/.test(text) ? 'json' : 'yaml';
  return new Source(path === '-' ? '-' : resolve(path), text, root, table, format);
}

export function loadSource(path: string, display: string = path): Source {
  return parseText(readText(path, display), path, display);
}
