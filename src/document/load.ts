import { closeSync, constants, fstatSync, openSync, readSync, type Stats, statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import yaml from 'js-yaml';
import { UserError } from '../errors.js';
import { CFN_SCHEMA } from './cfn-tags.js';
import { createPositionListener, PositionTable } from './positions.js';
import { Source } from './source.js';

/** Deeper nesting than this is refused: no real definition comes near it, and it bounds recursion. */
export const MAX_DEPTH = 400;

/** The largest definition (or event, or template) file read: a bound on memory for any input. */
export const MAX_INPUT_BYTES = 128 * 1024 * 1024;
/** The largest file a `$ref` reads. */
export const MAX_REF_BYTES = 32 * 1024 * 1024;

function describeReadError(err: NodeJS.ErrnoException): string {
  switch (err.code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory, not a file';
    case 'ELOOP':
      return 'too many symbolic links';
    default:
      return err.message;
  }
}

/** A file apigw will not read: not a regular file where one is required, or too large. */
export class RefusedReadError extends UserError {}

const mib = (bytes: number) => `${bytes / (1024 * 1024)} MiB`;

function tooLarge(display: string, max: number): UserError {
  return new RefusedReadError(`file is larger than ${mib(max)}, the most apigw reads`, { file: display });
}

/**
 * Read an open descriptor to its end, never more than `max` bytes (a device or pipe may not
 * end). `size`, a regular file's size, sizes the buffer so the bytes are read in place.
 */
function readCapped(fd: number, display: string, max: number, size = 0): Buffer {
  let buf = Buffer.allocUnsafe(Math.min(max + 1, Math.max(size + 1, 1 << 16)));
  let total = 0;
  for (;;) {
    if (total === buf.length) {
      const grown = Buffer.allocUnsafe(Math.min(max + 1, buf.length * 2));
      buf.copy(grown, 0, 0, total);
      buf = grown;
    }
    let n: number;
    try {
      n = readSync(fd, buf, total, buf.length - total, null);
    } catch (err) {
      // Standard input may be a non-blocking pipe: wait for more.
      if ((err as NodeJS.ErrnoException).code === 'EAGAIN') {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
        continue;
      }
      throw err;
    }
    if (n === 0) break;
    // Binary content is refused from the first bytes: /dev/zero is not read up to the cap.
    if (total < 8192 && buf.subarray(total, Math.min(total + n, 8192)).includes(0)) throw new UserError('binary file, not YAML or JSON', { file: display });
    total += n;
    if (total > max) throw tooLarge(display, max);
  }
  return buf.subarray(0, total);
}

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'is a directory';
  if (stats.isFIFO()) return 'is a FIFO';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'is a device';
  if (stats.isSocket()) return 'is a socket';
  return 'is special';
}

/**
 * Read a file named on the command line (or standard input, `-`). A pipe or device is read too
 * (`<(…)` process substitution is a pipe), but never more than `max` bytes.
 */
function readInput(path: string, display: string, max: number): Buffer {
  try {
    if (path === '-') return readCapped(0, display, max);
    const stats = statSync(path);
    if (stats.isDirectory()) throw new UserError('cannot read: is a directory, not a file', { file: display });
    if (stats.isFile() && stats.size > max) throw tooLarge(display, max);
    const fd = openSync(path, 'r');
    try {
      return readCapped(fd, display, max, stats.isFile() ? stats.size : 0);
    } finally {
      closeSync(fd);
    }
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw new UserError(`cannot read: ${describeReadError(err as NodeJS.ErrnoException)}`, { file: display, cause: err });
  }
}

/**
 * Read a regular file and nothing else, at most `max` bytes: what a `$ref` may read. `path` has
 * its symbolic links resolved already: it is opened without following one and without blocking,
 * and checked again once open, so a FIFO or link put in its place after the check can neither
 * block the run nor be read.
 */
export function readRegularFile(path: string, display: string, max: number = MAX_REF_BYTES): Buffer {
  let fd: number | undefined;
  try {
    const before = statSync(path);
    if (!before.isFile()) throw new RefusedReadError(`cannot read: ${kindOf(before)}, not a regular file`, { file: display });
    if (before.size > max) throw tooLarge(display, max);
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0));
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new RefusedReadError(`cannot read: ${kindOf(stats)}, not a regular file`, { file: display });
    if (stats.size > max) throw tooLarge(display, max);
    return readCapped(fd, display, max, stats.size);
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw new UserError(`cannot read: ${describeReadError(err as NodeJS.ErrnoException)}`, { file: display, cause: err });
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Bytes as UTF-8 text (BOM removed), refusing empty and binary content. */
export function decodeText(buf: Buffer, display: string, options: { allowEmpty?: boolean } = {}): string {
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

/** Read a file (or `-`) as UTF-8 text, refusing directories, empty, binary and oversized files. */
export function readText(path: string, display: string, options: { allowEmpty?: boolean } = {}): string {
  return decodeText(readInput(path, display, MAX_INPUT_BYTES), display, options);
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

/**
 * Load a file a `$ref` names, `path`, from `real` (the same file with its symbolic links
 * resolved): a regular file of at most `MAX_REF_BYTES`.
 */
export function loadReferencedSource(path: string, display: string, real: string = path): Source {
  return parseText(decodeText(readRegularFile(real, display, MAX_REF_BYTES), display), path, display);
}
