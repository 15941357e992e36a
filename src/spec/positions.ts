import { intrinsicObjects, isIntrinsicKey } from './cfn-tags.js';

/**
 * Offsets of keys and values, recorded while js-yaml parses (its `listener` sees every node open
 * and close). One record per mapping or sequence, keyed by the parsed object itself, so that a
 * pointer maps to an offset by walking the parsed tree. Offsets are 0-based UTF-16 indexes.
 */
export interface ContainerRecord {
  /** Mapping keys in document order; null for a sequence. */
  keys: string[] | null;
  /** Where this container's entries start in the table's offset pool (four offsets per entry). */
  base: number;
  count: number;
  /** Records of the entries that are containers themselves, by entry index. */
  children?: Array<ContainerRecord | undefined>;
  index?: Map<string, number>;
}

export interface LenientScalar {
  offset: number;
}

/**
 * Records form a tree that mirrors the parsed document (entry i of a record has record
 * children[i]), so a pointer is followed by keys alone: no lookup by object identity, which
 * would cost an identity hash on every parsed object.
 */
export class PositionTable {
  root?: ContainerRecord;
  /** Key start, key end, value start, value end of every entry of every container. */
  pool: Int32Array;
  used = 0;
  rootStart = 0;
  rootEnd = 0;
  /** Quoted multi-line scalars that YAML 1.2 rejects for their indentation (see doc/yaml-lenient-parse). */
  readonly lenientScalars: LenientScalar[] = [];
  nodeCount = 0;

  /**
   * `textLength` sizes the pool for the text it will describe: about one entry (four offsets)
   * per 16 characters, as in typical definitions, so the pool rarely has to grow while parsing.
   */
  constructor(textLength = 0) {
    let size = 1 << 16;
    while (size < textLength / 4) size *= 2;
    this.pool = new Int32Array(size);
  }

  /** Reserve room for `count` entries; returns the base index. */
  allocate(count: number): number {
    const need = this.used + count * 4;
    if (need > this.pool.length) {
      let size = this.pool.length * 2;
      while (size < need) size *= 2;
      const next = new Int32Array(size);
      next.set(this.pool.subarray(0, this.used));
      this.pool = next;
    }
    const base = this.used;
    this.used = need;
    return base;
  }

  /** Offsets of entry `i` of a container: [key start, key end, value start, value end]. */
  entry(rec: ContainerRecord, i: number): [number, number, number, number] {
    const p = this.pool;
    const b = rec.base + 4 * i;
    return [p[b]!, p[b + 1]!, p[b + 2]!, p[b + 3]!];
  }

  entryIndex(rec: ContainerRecord, key: string): number {
    if (rec.keys === null) {
      const i = Number(key);
      return Number.isInteger(i) && i >= 0 && i < rec.count ? i : -1;
    }
    if (rec.keys.length > 16) {
      if (!rec.index) {
        rec.index = new Map();
        rec.keys.forEach((k, i) => rec.index!.set(k, i));
      }
      return rec.index.get(key) ?? -1;
    }
    for (let i = rec.keys.length - 1; i >= 0; i--) if (rec.keys[i] === key) return i;
    return -1;
  }
}

interface Frame {
  start: number;
  n: number;
  starts: number[];
  ends: number[];
  results: unknown[];
  records: Array<ContainerRecord | undefined>;
  hasRecords: boolean;
  flow: boolean;
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
    const nl = text.indexOf('\n', start);
    if (nl < 0 || nl >= end) return;
    let parentIndent = -1;
    for (let d = depth - 1; d >= 0; d--) {
      if (!stack[d]!.flow) {
        parentIndent = lineIndentAt(stack[d]!.start);
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
        f = { start: 0, n: 0, starts: [], ends: [], results: [], records: [], hasRecords: false, flow: false };
        stack[depth] = f;
      }
      f.start = skipSeparation(text, state.position);
      f.n = 0;
      f.hasRecords = false;
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
    let record: ContainerRecord | undefined;
    if (f.n === 1 && f.results[0] === result && f.records[0]) {
      // js-yaml read the node while looking for a mapping key and kept it: the record is the child's.
      record = f.records[0];
    } else if (f.n > 0 && result !== null && typeof result === 'object') {
      if (state.kind === 'mapping' && f.n % 2 === 0) {
        const count = f.n / 2;
        {
          const keys: string[] = new Array(count);
          const base = table.allocate(count);
          const pool = table.pool;
          let children: Array<ContainerRecord | undefined> | undefined;
          for (let i = 0; i < count; i++) {
            keys[i] = String(f.results[2 * i]);
            pool[base + 4 * i] = f.starts[2 * i]!;
            pool[base + 4 * i + 1] = f.ends[2 * i]!;
            pool[base + 4 * i + 2] = f.starts[2 * i + 1]!;
            pool[base + 4 * i + 3] = f.ends[2 * i + 1]!;
            if (f.hasRecords && f.records[2 * i + 1]) (children ??= [])[i] = f.records[2 * i + 1];
          }
          record = { keys, base, count, children };
          if (count === 1 && isIntrinsicKey(keys[0]!)) intrinsicObjects.add(result);
        }
      } else if (state.kind === 'sequence') {
        {
          const base = table.allocate(f.n);
          const pool = table.pool;
          let children: Array<ContainerRecord | undefined> | undefined;
          for (let i = 0; i < f.n; i++) {
            pool[base + 4 * i] = pool[base + 4 * i + 1] = pool[base + 4 * i + 2] = f.starts[i]!;
            pool[base + 4 * i + 3] = f.ends[i]!;
            if (f.hasRecords && f.records[i]) (children ??= [])[i] = f.records[i];
          }
          record = { keys: null, base, count: f.n, children };
        }
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
      if (record) p.hasRecords = true;
      p.n++;
    } else {
      table.rootStart = start;
      table.rootEnd = end;
      table.root = record;
    }
  };
}
