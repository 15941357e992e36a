import yaml from 'js-yaml';

/**
 * CloudFormation short-form intrinsics (`!Sub`, `!Ref`, …) become their long form so that a
 * spec or template using them loads; each object built from a short tag is remembered so that
 * `cfn/short-form-intrinsic` can point at it (AWS::Include does not accept short forms:
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/create-reusable-transform-function-snippets-and-add-to-your-template-with-aws-include-transform.html).
 */
export const shortFormIntrinsics = new WeakSet<object>();

/**
 * Every intrinsic function object the loader built, long form or short: a mapping with the
 * single key `Ref`, `Condition` or `Fn::…`. Marked while parsing so that telling an intrinsic
 * from a plain object costs one lookup instead of enumerating the object's keys.
 */
export const intrinsicObjects = new WeakSet<object>();

export function isIntrinsicKey(key: string): boolean {
  return key === 'Ref' || key === 'Condition' || key.startsWith('Fn::');
}

const FUNCTIONS = [
  'And', 'Base64', 'Cidr', 'Condition', 'Equals', 'FindInMap', 'GetAZs', 'GetAtt', 'If', 'ImportValue',
  'Join', 'Not', 'Or', 'Ref', 'Select', 'Split', 'Sub', 'Transform', 'ToJsonString', 'Length',
];

function longName(fn: string): string {
  return fn === 'Ref' || fn === 'Condition' ? fn : `Fn::${fn}`;
}

function build(fn: string, data: unknown): object {
  let value = data;
  if (fn === 'GetAtt' && typeof data === 'string') {
    const dot = data.indexOf('.');
    value = dot < 0 ? [data] : [data.slice(0, dot), data.slice(dot + 1)];
  }
  const out = { [longName(fn)]: value ?? '' };
  shortFormIntrinsics.add(out);
  intrinsicObjects.add(out);
  return out;
}

const kinds = ['scalar', 'sequence', 'mapping'] as const;

type TaggedType = yaml.Type & { tag: string };
const core = yaml.CORE_SCHEMA as unknown as { compiledImplicit: TaggedType[] };
const coreFloat = core.compiledImplicit.find((t) => t.tag === 'tag:yaml.org,2002:float')!;

/**
 * js-yaml tries its float pattern on every plain scalar, keys included. A float starts with a
 * digit, a sign or a dot, so anything else is turned away before the regular expression runs.
 * (Measured on a 1.7 MB definition: about 6% of the parse.)
 */
const FLOAT = new yaml.Type(coreFloat.tag, {
  kind: 'scalar',
  resolve: (data: string | null) => {
    if (data === null || data.length === 0) return false;
    const c = data.charCodeAt(0);
    return ((c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2b || c === 0x2e) && coreFloat.resolve(data);
  },
  // Only ever used to load, so nothing for dumping is carried over.
  construct: coreFloat.construct,
});

/**
 * The JSON-compatible core schema plus merge keys and the intrinsics. Not js-yaml's default
 * schema: it would turn an unquoted `version: 2024-06-01` into a Date, and trying the timestamp
 * pattern on every plain scalar costs time on large definitions.
 */
export const CFN_SCHEMA = new yaml.Schema({
  implicit: [...core.compiledImplicit.filter((t) => t !== coreFloat), FLOAT, (yaml as unknown as { types: { merge: yaml.Type } }).types.merge],
  explicit: FUNCTIONS.flatMap((fn) =>
    kinds
      // `!GetAtt` takes `Resource.Attribute` or `[Resource, Attribute]`; CloudFormation rejects a mapping
      // (intrinsic-function-reference-getatt.html), which would otherwise become "[object Object]".
      .filter((kind) => !(fn === 'GetAtt' && kind === 'mapping'))
      .map((kind) => new yaml.Type(`!${fn}`, { kind, construct: (data: unknown) => build(fn, data) })),
  ),
});
