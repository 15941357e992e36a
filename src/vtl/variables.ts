import { Buffer } from 'node:buffer';
import { JDouble, JList, JMap, type JValue, javaString, toJson } from './java.js';
import { JsonPathError, evaluateJsonPath } from './jsonpath.js';
import { parseJson } from './json.js';
import { type HostObject, type Lookup, MISSING, TemplateRuntimeError } from './methods.js';

/** The request a template sees: raw body, parameters by location, stage variables and `$context`. */
export interface TemplateRequest {
  body: string;
  path: Record<string, string>;
  querystring: Record<string, string>;
  header: Record<string, string>;
  stageVariables: Record<string, string | null>;
  /** `$context`, as the request context gives it (nested objects become maps). */
  context: Record<string, unknown>;
  /** `$context` as a fresh Java map, when the caller builds it faster than from `context` (the same map `buildContext(context)` gives). */
  javaContext?: () => JMap;
}

/**
 * The request with another body (a converted payload, or the back end's for a response template),
 * its other parts read from `request` when asked: a copy that works for any request, however
 * it builds its parts (a spread copies only an object's own data properties).
 */
export function withBody(request: TemplateRequest, body: string): TemplateRequest {
  return new RequestWithBody(request, body);
}

class RequestWithBody implements TemplateRequest {
  constructor(
    private readonly request: TemplateRequest,
    readonly body: string,
  ) {}

  get path(): Record<string, string> {
    return this.request.path;
  }

  get querystring(): Record<string, string> {
    return this.request.querystring;
  }

  get header(): Record<string, string> {
    return this.request.header;
  }

  get stageVariables(): Record<string, string | null> {
    return this.request.stageVariables;
  }

  get context(): Record<string, unknown> {
    return this.request.context;
  }

  javaContext(): JMap {
    return this.request.javaContext ? this.request.javaContext() : buildContext(this.request.context);
  }
}

/**
 * `$input` (mapping template reference): the body is parsed once and shared, so changes made
 * through `$input.path` objects show in a later `$input.json`.
 */
export class InputVariable implements HostObject {
  private parsed = false;
  private doc: JValue | undefined;

  /** A response template reads the back end's body: give it `withBody(request, body)`. */
  constructor(private readonly request: TemplateRequest) {}

  /** An empty body reads as `{}` (AWS-recorded). */
  get body(): string {
    return this.request.body === '' ? '{}' : this.request.body;
  }

  private lookup(path: JValue): JValue {
    if (typeof path !== 'string') return null;
    if (!this.parsed) {
      this.parsed = true;
      try {
        this.doc = parseJson(this.body);
      } catch {
        this.doc = undefined;
      }
    }
    if (this.doc === undefined) return null;
    try {
      return evaluateJsonPath(this.doc, path) ?? null;
    } catch (err) {
      if (err instanceof JsonPathError) return null;
      throw err;
    }
  }

  params(): JMap {
    const out = new JMap('linked');
    for (const kind of ['path', 'querystring', 'header'] as const) {
      const m = new JMap('linked');
      for (const [k, v] of Object.entries(this.request[kind])) m.put(k, v);
      out.put(kind, m);
    }
    return out;
  }

  /** `params(x)`: path, then query string, then header (a header also matches in any case). */
  param(name: string): string {
    for (const kind of ['path', 'querystring', 'header'] as const) {
      const v = this.request[kind][name];
      if (v !== undefined && v !== null && Object.prototype.hasOwnProperty.call(this.request[kind], name)) return v;
    }
    const lower = name.toLowerCase();
    for (const [k, v] of Object.entries(this.request.header)) if (k.toLowerCase() === lower && v !== null) return v;
    return '';
  }

  javaString(): string {
    return '$input';
  }

  property(name: string): Lookup {
    if (name === 'body') return this.body;
    return MISSING;
  }

  method(name: string, args: JValue[]): Lookup {
    if (name === 'getBody' && args.length === 0) return this.body;
    if (name === 'path' && args.length === 1) return this.lookup(args[0]!);
    if (name === 'json' && args.length === 1) {
      const v = this.lookup(args[0]!);
      return v === null ? '""' : toJson(v);
    }
    if (name === 'params' && args.length === 0) return this.params();
    if (name === 'params' && args.length === 1) return args[0] === null ? '' : this.param(javaString(args[0]!));
    return MISSING;
  }
}

/** commons-lang 2.6 `StringEscapeUtils.escapeJavaScript`. */
const NEEDS_ESCAPE = /['"\\/\u0000-\u001f\u007f-\uffff]/;

export function escapeJavaScript(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return s;
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    let rep: string;
    if (code > 0x7f || (code < 32 && !NAMED_CONTROL[code])) rep = '\\u' + code.toString(16).toUpperCase().padStart(4, '0');
    else if (code < 32) rep = NAMED_CONTROL[code]!;
    else if (code === 39) rep = "\\'";
    else if (code === 34) rep = '\\"';
    else if (code === 92) rep = '\\\\';
    else if (code === 47) rep = '\\/';
    else continue;
    out += s.slice(from, i) + rep;
    from = i + 1;
  }
  return out + s.slice(from);
}

const NAMED_CONTROL: Array<string | undefined> = [];
NAMED_CONTROL[8] = '\\b';
NAMED_CONTROL[9] = '\\t';
NAMED_CONTROL[10] = '\\n';
NAMED_CONTROL[12] = '\\f';
NAMED_CONTROL[13] = '\\r';

/** `java.net.URLEncoder.encode(s, "UTF-8")`: form encoding, space as `+`. */
export function urlEncode(s: string): string {
  let out = '';
  for (const byte of Buffer.from(s, 'utf8')) {
    const c = String.fromCharCode(byte);
    if (/[A-Za-z0-9.\-*_]/.test(c)) out += c;
    else if (c === ' ') out += '+';
    else out += '%' + byte.toString(16).toUpperCase().padStart(2, '0');
  }
  return out;
}

/** `java.net.URLDecoder.decode(s, "UTF-8")`. */
export function urlDecode(s: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '+') bytes.push(0x20);
    else if (c === '%') {
      const hex = s.slice(i + 1, i + 3);
      if (!/^[0-9a-fA-F]{2}$/.test(hex)) throw new TemplateRuntimeError('java.lang.IllegalArgumentException: URLDecoder: Illegal hex characters in escape (%) pattern');
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else bytes.push(...Buffer.from(c, 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}

/** `$util`: the functions of the mapping template reference. Non-strings are converted with toString(). */
export class UtilVariable implements HostObject {
  javaString(): string {
    return '$util';
  }

  property(): Lookup {
    return MISSING;
  }

  method(name: string, args: JValue[]): Lookup {
    if (args.length !== 1) return MISSING;
    const arg = args[0]!;
    if (arg === null) return null;
    const s = javaString(arg);
    switch (name) {
      case 'escapeJavaScript': return escapeJavaScript(s);
      case 'urlEncode': return urlEncode(s);
      case 'urlDecode': return urlDecode(s);
      case 'base64Encode': return Buffer.from(s, 'utf8').toString('base64');
      case 'base64Decode': return Buffer.from(s, 'base64').toString('utf8');
      case 'parseJson':
        try {
          return parseJson(s);
        } catch (err) {
          throw new TemplateRuntimeError(`net.minidev.json.parser.ParseException: ${(err as Error).message}`);
        }
      default: return MISSING;
    }
  }
}

/** Convert request-context JSON into Java maps; maps nested in `$context` print as "" (AWS-recorded). */
export function contextValue(v: unknown): JValue {
  if (v === null || v === undefined) return null;
  if (Array.isArray(v)) return new JList(v.map(contextValue));
  if (typeof v === 'object') {
    const m = new JMap('opaque');
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) m.put(k, contextValue(x));
    return m;
  }
  if (typeof v === 'number') return Number.isInteger(v) && Math.abs(v) <= 2147483647 ? v : Number.isInteger(v) ? BigInt(v) : new JDouble(v);
  if (typeof v === 'boolean' || typeof v === 'string') return v;
  return String(v);
}

/**
 * `$context`: a HashMap with `requestOverride` {path, header, querystring},
 * `responseOverride` {header} and `identity` always present.
 */
export function buildContext(context: Record<string, unknown>): JMap {
  const m = new JMap('hash');
  for (const [k, v] of Object.entries(context)) m.put(k, contextValue(v));
  if (!m.has('requestOverride')) {
    const ro = new JMap('opaque');
    for (const k of ['path', 'header', 'querystring']) ro.put(k, new JMap('opaque'));
    m.put('requestOverride', ro);
  }
  if (!m.has('responseOverride')) {
    const ro = new JMap('opaque');
    ro.put('header', new JMap('opaque'));
    m.put('responseOverride', ro);
  }
  if (!m.has('identity')) m.put('identity', new JMap('opaque'));
  return m;
}

export function buildStageVariables(vars: Record<string, string | null>): JMap {
  const m = new JMap('hash');
  for (const [k, v] of Object.entries(vars)) m.put(k, v);
  return m;
}
