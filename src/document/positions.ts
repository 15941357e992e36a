import { intrinsicObjects, isIntrinsicKey } from './cfn-tags.js';

export interface LenientScalar {
  offset: number;
}

/**
 * Offsets of keys and values, recorded while js-yaml parses (its `listener` sees every node open
 * and close). Offsets are 0-based UTF-16 indexes.
 *
 * Every mapping and sequence is a record: a number. Records form a tree that mirrors the parsed
 * document (entry i of a record has child record `child(rec, i)`), so a pointer is followed by
 * keys alone: no lookup by object identity. Everything lives in typed arrays and one array of
 * keys, so recording a large document allocates almost no objects for the collector to copy.
 */
export class PositionTable {
  /** The root record, or -1 when the document is a scalar. */
  root = -1;
  rootStart = 0;
  rootEnd = 0;
  /** Quoted multi-line scalars that YAML 1.2 rejects for their indentation (see doc/yaml-lenient-parse). */
  readonly lenientScalars: LenientScalar[] = [];
  nodeCount = 0;

  /** Key start, key end, value start, value end of every entry of every container. */
  private offsets: Int32Array;
  /** The record of each entry's value, or -1 for a scalar. */
  private children: Int32Array;
  private entries = 0;
  /** Per record: first entry, entry count, and where its keys start in `keys` (-1: a sequence). */
  private firstEntry = new Int32Array(1024);
  private entryCount = new Int32Array(1024);
  private keyBase = new Int32Array(1024);
  private records = 0;
  /** Mapping keys in document order, record after record. */
  private readonly keys: string[] = [];
  private index?: Map<number, Map<string, number>>;

  /**
   * `textLength` sizes the pools for the text they will describe: about one entry per 16
   * characters, as in typical definitions, so they rarely have to grow while parsing.
   */
  constructor(textLength = 0) {
    let size = 1 << 14;
    while (size < textLength / 16) size *= 2;
    this.offsets = new Int32Array(size * 4);
    this.children = new Int32Array(size);
  }

  /** Add a record of `count` entries; fill them with `setEntry`. Returns the record. */
  addRecord(count: number, keyed: boolean): number {
    const need = this.entries + count;
    if (need > this.children.length) {
      let size = this.children.length * 2;
      while (size < need) size *= 2;
      const offsets = new Int32Array(size * 4);
      offsets.set(this.offsets.subarray(0, this.entries * 4));
      this.offsets = offsets;
      const children = new Int32Array(size);
      children.set(this.children.subarray(0, this.entries));
      this.children = children;
    }
    if (this.records === this.firstEntry.length) {
      const grow = (a: Int32Array) => {
        const next = new Int32Array(a.length * 2);
        next.set(a);
        return next;
      };
      this.firstEntry = grow(this.firstEntry);
      this.entryCount = grow(this.entryCount);
      this.keyBase = grow(this.keyBase);
    }
    const rec = this.records++;
    this.firstEntry[rec] = this.entries;
    this.entryCount[rec] = count;
    this.keyBase[rec] = keyed ? this.keys.length : -1;
    this.entries = need;
    return rec;
  }

  /** Fill entry `i` of a record just added (entries are filled in order, keys included). */
  setEntry(rec: number, i: number, key: string | null, keyStart: number, keyEnd: number, valueStart: number, valueEnd: number, child: number): void {
    const e = this.firstEntry[rec]! + i;
    const o = this.offsets;
    o[4 * e] = keyStart;
    o[4 * e + 1] = keyEnd;
    o[4 * e + 2] = valueStart;
    o[4 * e + 3] = valueEnd;
    this.children[e] = child;
    if (key !== null) this.keys.push(key);
  }

  count(rec: number): number {
    return this.entryCount[rec]!;
  }

  /** The key of entry `i`: the mapping key, or the index in a sequence. */
  keyAt(rec: number, i: number): string {
    const base = this.keyBase[rec]!;
    return base < 0 ? String(i) : this.keys[base + i]!;
  }

  /** The record of entry `i`'s value, or -1 when it is a scalar. */
  child(rec: number, i: number): number {
    return this.children[this.firstEntry[rec]! + i]!;
  }

  /** Offsets of entry `i` of a record: [key start, key end, value start, value end]. */
  entry(rec: number, i: number): [number, number, number, number] {
    const o = this.offsets;
    const b = 4 * (this.firstEntry[rec]! + i);
    return [o[b]!, o[b + 1]!, o[b + 2]!, o[b + 3]!];
  }

  entryIndex(rec: number, key: string): number {
    const count = this.entryCount[rec]!;
    const base = this.keyBase[rec]!;
    if (base < 0) {
      const i = Number(key);
      return Number.isInteger(i) && i >= 0 && i < count ? i : -1;
    }
    const keys = this.keys;
    if (count > 16) {
      this.index ??= new Map();
      let index = this.index.get(rec);
      if (!index) {
        index = new Map();
        // The last of duplicate keys wins, as in the parsed value.
        for (let i = 0; i < count; i++) index.set(keys[base + i]!, i);
        this.index.set(rec, index);
      }
      return index.get(key) ?? -1;
    }
    for (let i = count - 1; i >= 0; i--) if (keys[base + i] === key) return i;
    return -1;
  }
}

interface Frame {
  start: number;
  n: number;
  starts: number[];
  ends: number[];
  results: unknown[];
  /** The record of each child read so far, -1 for a scalar. */
  records: number[];
  flow: boolean;
  /** Indentation of the line the node starts on, computed when first needed; -1 until then. */
  indent: number;
}

const SPACE = 0x20, TAB = 0x09, LF = 0x0a, CR = 0x0d, HASH = 0x23;

function skipSeparation(text: string, pos: number): number {
  const len = text.length;
  while (pos < len) {
    const c = text.charCodeAt(pos);
    if (c === SPACE || c === TAB || c === LF || c === CR) pos++;
    else if (c === HASH) {
      while (pos < len && text.charCodeAt(pos) !== LF) pos++;
    } else break;
  }
  return pos;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start) {
    const c = text.charCodeAt(end - 1);
    if (c === SPACE || c === TAB || c === LF || c === CR) end--;
    else break;
  }
  return end;
}

interface ListenerState {
  position: number;
  result: unknown;
  kind: string | null;
}

/** A js-yaml `listener` that fills `table`. */
export function createPositionListener(text: string, table: PositionTable) {
  const stack: Frame[] = [];
  let depth = -1;
  const lineIndentAt = (offset: number): number => {
    let ls = text.lastIndexOf('\n', offset - 1) + 1;
    let i = ls;
    while (text.charCodeAt(i) === SPACE) i++;
    return i - ls;
  };
  const checkLenient = (start: number, end: number) => {
    const q = text.charCodeAt(start);
    if (q !== 0x22 && q !== 0x27) return;
    // Look for a line break inside the scalar only: searching the rest of the text made a
    // one-line (minified) document quadratic.
    let nl = start + 1;
    while (nl < end && text.charCodeAt(nl) !== LF) nl++;
    if (nl >= end) return;
    let parentIndent = -1;
    for (let d = depth - 1; d >= 0; d--) {
      const parent = stack[d]!;
      if (!parent.flow) {
        if (parent.indent < 0) parent.indent = lineIndentAt(parent.start);
        parentIndent = parent.indent;
        break;
      }
    }
    if (parentIndent < 0) return;
    let p = nl;
    while (p >= 0 && p < end) {
      let i = p + 1;
      while (text.charCodeAt(i) === SPACE) i++;
      const c = text.charCodeAt(i);
      if (i < end && c !== LF && c !== CR && i - (p + 1) <= parentIndent) {
        table.lenientScalars.push({ offset: start });
        return;
      }
      p = text.indexOf('\n', p + 1);
    }
  };
  return (event: 'open' | 'close', state: ListenerState): void => {
    if (event === 'open') {
      depth++;
      let f = stack[depth];
      if (!f) {
        f = { start: 0, n: 0, starts: [], ends: [], results: [], records: [], flow: false, indent: -1 };
        stack[depth] = f;
      }
      f.start = skipSeparation(text, state.position);
      f.n = 0;
      f.indent = -1;
      const c = text.charCodeAt(f.start);
      f.flow = c === 0x7b || c === 0x5b || c === 0x22 || c === 0x27;
      return;
    }
    const f = stack[depth]!;
    table.nodeCount++;
    const result = state.result;
    const start = f.start;
    let end = trimEnd(text, start, state.position);
    if (end < start) end = start;
    let record = -1;
    if (f.n === 1 && f.results[0] === result && f.records[0]! >= 0) {
      // js-yaml read the node while looking for a mapping key and kept it: the record is the child's.
      record = f.records[0]!;
    } else if (f.n > 0 && result !== null && typeof result === 'object') {
      if (state.kind === 'mapping' && f.n % 2 === 0) {
        const count = f.n / 2;
        record = table.addRecord(count, true);
        for (let i = 0; i < count; i++) {
          table.setEntry(record, i, String(f.results[2 * i]), f.starts[2 * i]!, f.ends[2 * i]!, f.starts[2 * i + 1]!, f.ends[2 * i + 1]!, f.records[2 * i + 1]!);
        }
        if (count === 1 && isIntrinsicKey(table.keyAt(record, 0))) intrinsicObjects.add(result);
      } else if (state.kind === 'sequence') {
        record = table.addRecord(f.n, false);
        for (let i = 0; i < f.n; i++) table.setEntry(record, i, null, f.starts[i]!, f.starts[i]!, f.starts[i]!, f.ends[i]!, f.records[i]!);
      }
    } else if (state.kind === 'scalar' && f.n === 0) {
      checkLenient(start, end);
    }
    depth--;
    if (depth >= 0) {
      const p = stack[depth]!;
      p.starts[p.n] = start;
      p.ends[p.n] = end;
      p.results[p.n] = result;
      p.records[p.n] = record;
      p.n++;
    } else {
      table.rootStart = start;
      table.rootEnd = end;
      table.root = record;
    }
  };
}
