import { relative, sep } from 'node:path';
import type { Position, Range } from '../report/diagnostic.js';
import { escapeToken, parsePointer } from './pointer.js';
import type { PositionTable } from './positions.js';

export type Side = 'key' | 'value';

export interface Located {
  range: Range;
  /** The pointer actually found: the requested one, or its nearest existing ancestor. */
  pointer: string;
  exact: boolean;
}

/** One parsed file: its text, its parsed value and where every node sits in the text. */
export class Source {
  private lineStarts?: Int32Array;

  constructor(
    readonly path: string,
    readonly text: string,
    readonly root: unknown,
    readonly positions: PositionTable,
    readonly format: 'yaml' | 'json',
  ) {}

  /** Path relative to `cwd` with POSIX separators, as printed and written into reports. */
  displayPath(cwd: string = process.cwd()): string {
    if (this.path === '-') return '<stdin>';
    const rel = relative(cwd, this.path);
    return (rel === '' ? this.path : rel).split(sep).join('/');
  }

  /**
   * The pointer printed for a node at `pointer` of `root`: the same one, except in a document a
   * reader assembled from another file's text (`MappedSource`), where it is that file's pointer.
   */
  publicPointer(pointer: string, _side: Side = 'value'): string {
    return pointer;
  }

  /** Convert a 0-based offset to a 1-based line and column. The only such conversion. */
  positionAt(offset: number): Position {
    const starts = this.getLineStarts();
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  }

  rangeOfOffsets(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(Math.max(start, end)) };
  }

  /** Where `pointer` sits in the text; a missing node falls back to its nearest ancestor. */
  locate(pointer: string, side: Side = 'value'): Located {
    let tokens: string[];
    try {
      tokens = parsePointer(pointer);
    } catch {
      tokens = [];
    }
    const table = this.positions;
    let rec = table.root;
    let start = table.rootStart;
    let end = table.rootEnd;
    let keyStart = -1;
    let keyEnd = -1;
    let found = 0;
    for (const token of tokens) {
      if (rec < 0) break;
      const i = table.entryIndex(rec, token);
      if (i < 0) break;
      [keyStart, keyEnd, start, end] = table.entry(rec, i);
      rec = table.child(rec, i);
      found++;
    }
    const exact = found === tokens.length;
    const foundPointer = tokens.slice(0, found).reduce((p, t) => p + '/' + escapeToken(t), '');
    if (side === 'key' && exact && keyStart >= 0 && keyEnd > keyStart) {
      return { range: this.rangeOfOffsets(keyStart, keyEnd), pointer: foundPointer, exact };
    }
    if (!exact && keyStart >= 0 && keyEnd > keyStart) {
      // The node is missing: point at the key of the nearest ancestor, not at its whole value.
      return { range: this.rangeOfOffsets(keyStart, keyEnd), pointer: foundPointer, exact };
    }
    return { range: this.rangeOfOffsets(start, end), pointer: foundPointer, exact };
  }

  /** Start and end offsets of the value at `pointer`, when it exists. */
  valueOffsets(pointer: string): [number, number] | undefined {
    const table = this.positions;
    let rec = table.root;
    let range: [number, number] = [table.rootStart, table.rootEnd];
    const tokens = parsePointer(pointer);
    for (let t = 0; t < tokens.length; t++) {
      if (rec < 0) return undefined;
      const i = table.entryIndex(rec, tokens[t]!);
      if (i < 0) return undefined;
      const e = table.entry(rec, i);
      range = [e[2], e[3]];
      rec = table.child(rec, i);
      if (rec < 0 && t < tokens.length - 1) return undefined;
    }
    return range;
  }

  /** The pointer of the innermost node whose value contains `offset`. */
  pointerAt(offset: number): string {
    const table = this.positions;
    let rec = table.root;
    let pointer = '';
    for (;;) {
      if (rec < 0) return pointer;
      let next = -1;
      for (let i = 0; i < table.count(rec); i++) {
        const [ks, ke, , ve] = table.entry(rec, i);
        if (ks <= offset && offset < Math.max(ve, ke)) next = i;
      }
      if (next < 0) return pointer;
      pointer += '/' + escapeToken(table.keyAt(rec, next));
      rec = table.child(rec, next);
    }
  }

  private getLineStarts(): Int32Array {
    if (this.lineStarts) return this.lineStarts;
    const text = this.text;
    // One pass; about one line per 32 characters to start with, grown when short.
    let starts = new Int32Array(Math.max(16, text.length >> 5));
    let k = 1;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      if (k === starts.length) {
        const grown = new Int32Array(starts.length * 2);
        grown.set(starts);
        starts = grown;
      }
      starts[k++] = i + 1;
    }
    starts = starts.slice(0, k);
    this.lineStarts = starts;
    return starts;
  }
}
