import { realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { UserError } from '../errors.js';
import { loadReferencedSource, RefusedReadError } from './load.js';
import { getAtPointer, parsePointer } from './pointer.js';
import type { Source } from './source.js';

/** Where a node lives: a file and a JSON pointer into it. */
export interface Loc {
  source: Source;
  pointer: string;
}

/** `refused`: a file `$ref`s may not read (outside the reference root, not a regular file, too large). */
export type RefProblem = 'missing' | 'remote' | 'unreadable' | 'unparseable' | 'cycle' | 'invalid' | 'refused';

export interface Deref {
  value: unknown;
  loc: Loc;
  /** The first `$ref` site followed, when the value came from elsewhere. */
  via?: Loc;
  /** Set when a `$ref` could not be followed; value and loc are then the `$ref` object itself. */
  problem?: { kind: RefProblem; ref: string; message: string; at: Loc };
}

export function isRefObject(value: unknown): value is { $ref: string } {
  return value !== null && typeof value === 'object' && typeof (value as { $ref?: unknown }).$ref === 'string';
}

const MAX_HOPS = 64;

/** Which files `$ref`s may read: see `referenceRoots`. */
export interface RefAccess {
  /** The working directory (default: the process's). */
  cwd?: string;
  /** More directories whose files `$ref`s may read (`--ref-root`), relative to `cwd`. */
  refRoots?: readonly string[];
}

/** Whether `path` is `dir` or lies under it (both absolute). */
export function isWithin(dir: string, path: string): boolean {
  const rel = relative(dir, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/**
 * The reference root: the working directory when the definition lies under it, else the
 * definition's own directory; and the `refRoots` given. A `$ref` reads files under these only,
 * so a definition from elsewhere (a pull request) cannot bring a runner's files into a report
 * or into what `export` and `convert` write.
 */
export function referenceRoots(definition: string, access: RefAccess = {}): string[] {
  const cwd = resolve(access.cwd ?? process.cwd());
  const roots: string[] = [];
  if (definition !== '-') roots.push(isWithin(cwd, definition) ? cwd : dirname(definition));
  for (const dir of access.refRoots ?? []) {
    const abs = resolve(cwd, dir);
    let isDirectory = false;
    try {
      isDirectory = statSync(abs).isDirectory();
    } catch {
      throw new UserError(`--ref-root ${dir}: no such directory`);
    }
    if (!isDirectory) throw new UserError(`--ref-root ${dir}: not a directory`);
    roots.push(abs);
  }
  return roots;
}

function realpathOr(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** All files of one definition, the root first; referenced files are loaded once, on demand. */
export class SourceSet {
  private readonly files = new Map<string, Source | UserError>();
  /** Resolved targets by referencing file and `$ref` text: definitions repeat the same refs. */
  private readonly targets = new Map<Source, Map<string, ReturnType<SourceSet['resolveTarget']>>>();

  /**
   * `rootBase` is where the definition sits in the root file when it is embedded (a CloudFormation
   * `Body`): its local references (`#/definitions/Pet`) point into the definition, not the file.
   */
  /** Directories `$ref`s may read files under, as given and with symbolic links resolved. */
  private readonly roots: string[];
  private realRoots?: string[];

  constructor(
    readonly root: Source,
    private readonly display: (abs: string) => string,
    readonly rootBase = '',
    access: RefAccess = {},
  ) {
    this.files.set(root.path, root);
    this.roots = referenceRoots(root.path, access);
  }

  get sources(): Source[] {
    return [...this.files.values()].filter((s): s is Source => !(s instanceof UserError));
  }

  /** The `$ref` site that first brought each referenced file in. */
  private readonly firstReferences = new Map<Source, Loc>();

  /** Where a referenced file was first `$ref`'d from (undefined for the root file). */
  referencedFrom(source: Source): Loc | undefined {
    return this.firstReferences.get(source);
  }

  /**
   * The file a `$ref` may read for `abs`: `abs` with its links resolved, when that lies in the
   * reference root; otherwise why not. Nothing outside the root is even looked at.
   */
  private permitted(abs: string): string | RefusedReadError {
    const outside = 'the file is outside the reference root; --ref-root widens it';
    if (!this.roots.some((r) => isWithin(r, abs))) return new RefusedReadError(outside);
    let real: string;
    try {
      real = realpathSync(abs);
    } catch {
      // Missing or unreadable: reading it says which.
      return abs;
    }
    this.realRoots ??= this.roots.map(realpathOr);
    if (!this.realRoots.some((r) => isWithin(r, real))) return new RefusedReadError(`${outside} (a symbolic link leads there)`);
    return real;
  }

  private file(abs: string, from: Loc): Source | UserError {
    let s = this.files.get(abs);
    if (!s) {
      try {
        const path = this.permitted(abs);
        if (path instanceof UserError) throw path;
        s = loadReferencedSource(abs, this.display(abs), path);
      } catch (err) {
        if (!(err instanceof UserError)) throw err;
        s = err;
      }
      this.files.set(abs, s);
      // A copy: a walk may point the same location object at another node next.
      if (!(s instanceof UserError)) this.firstReferences.set(s, { source: from.source, pointer: from.pointer });
    }
    return s;
  }

  /** Follow `$ref`s from `value` (at `loc`) until a non-reference value. */
  deref(value: unknown, loc: Loc): Deref {
    let current = value;
    let at = loc;
    let via: Loc | undefined;
    // Most references take one hop: the set of visited nodes is made on the second.
    let first: unknown;
    let seen: Set<unknown> | undefined;
    for (let hop = 0; isRefObject(current); hop++) {
      const ref = current.$ref;
      if (hop === 1) seen = new Set([first]);
      if (current === first || seen?.has(current) || hop > MAX_HOPS) {
        return { value: current, loc: at, via, problem: { kind: 'cycle', ref, message: `$ref "${ref}" is part of a reference cycle`, at } };
      }
      if (hop === 0) first = current;
      else seen!.add(current);
      const target = this.target(ref, at);
      if ('problem' in target) return { value: current, loc: at, via, problem: { ...target.problem, at } };
      via ??= at;
      current = target.value;
      at = target.loc;
    }
    return { value: current, loc: at, via };
  }

  private target(ref: string, from: Loc): ReturnType<SourceSet['resolveTarget']> {
    let bySource = this.targets.get(from.source);
    if (!bySource) this.targets.set(from.source, (bySource = new Map()));
    let t = bySource.get(ref);
    if (!t) {
      t = this.resolveTarget(ref, from);
      bySource.set(ref, t);
    }
    return t;
  }

  private resolveTarget(ref: string, from: Loc): { value: unknown; loc: Loc } | { problem: { kind: RefProblem; ref: string; message: string } } {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(ref)) {
      return { problem: { kind: 'remote', ref, message: `remote $ref "${ref}" is not fetched` } };
    }
    const hash = ref.indexOf('#');
    const filePart = hash < 0 ? ref : ref.slice(0, hash);
    const pointer = hash < 0 ? '' : ref.slice(hash + 1);
    let source: Source;
    if (filePart === '') source = from.source;
    else {
      if (from.source.path === '-') {
        return { problem: { kind: 'unreadable', ref, message: `$ref "${ref}" to a file cannot be followed from standard input` } };
      }
      let decoded = filePart;
      try {
        decoded = decodeURIComponent(filePart);
      } catch {
        /* keep the raw text */
      }
      const loaded = this.file(resolve(dirname(from.source.path), decoded), from);
      if (loaded instanceof RefusedReadError) {
        return { problem: { kind: 'refused', ref, message: `$ref "${ref}": ${loaded.format()}` } };
      }
      if (loaded instanceof UserError) {
        const kind = loaded.line !== undefined || /nest|alias/.test(loaded.message) ? 'unparseable' : 'unreadable';
        return { problem: { kind, ref, message: `$ref "${ref}": ${loaded.format()}` } };
      }
      source = loaded;
    }
    let decodedPointer = pointer;
    try {
      decodedPointer = decodeURIComponent(pointer);
      parsePointer(decodedPointer);
    } catch {
      return { problem: { kind: 'invalid', ref, message: `$ref "${ref}" is not a valid JSON pointer` } };
    }
    if (source === this.root && this.rootBase !== '') decodedPointer = this.rootBase + decodedPointer;
    const value = getAtPointer(source.root, decodedPointer);
    if (value === undefined) {
      return { problem: { kind: 'missing', ref, message: `$ref "${ref}" points to nothing` } };
    }
    return { value, loc: { source, pointer: decodedPointer } };
  }
}
