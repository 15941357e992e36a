import { intrinsicName } from './arn.js';

/*
 * The text of a mapping template written in a CloudFormation template: a string as it is, or an
 * `Fn::Sub` (CloudFormation replaces each `${Name}` before API Gateway sees the template, and
 * writes `${!Name}` as the literal `${Name}`), or an `Fn::Join` (whose parts that are not text
 * are values CloudFormation fills in).
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference-sub.html
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference-join.html
 */

/**
 * A part of the text that is not written out as it will be: `sub`, a `${Name}` of an `Fn::Sub`;
 * `escaped`, a `${!Name}` of an `Fn::Sub` (the text `${Name}`); `join`, a value among the parts
 * of an `Fn::Join` (`name` as a placeholder would show it: `Table` for `Ref: Table`, `Fn.Arn` for
 * `Fn::GetAtt: [Fn, Arn]`).
 */
export type TemplatePart =
  | { kind: 'sub'; name: string }
  | { kind: 'escaped'; name: string }
  | { kind: 'join'; name: string; value: unknown };

export interface WrittenTemplate {
  form: 'string' | 'sub' | 'join';
  /** The text, each part written by the caller's `write`. */
  text: string;
  /** From the value to the string an `Fn::Sub` holds: `/Fn::Sub` or `/Fn::Sub/0`; '' otherwise. */
  path: string;
}

const isIntrinsic = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 1;

/**
 * The text of a template `value`, each part CloudFormation fills in written as `write` says (so
 * that each caller keeps what it needs: positions, marks to show back, or a stand-in). Undefined
 * for any other value, or when `write` gives undefined for a part.
 */
export function readTemplateText(value: unknown, write: (part: TemplatePart) => string | undefined): WrittenTemplate | undefined {
  if (typeof value === 'string') return { form: 'string', text: value, path: '' };
  if (!isIntrinsic(value)) return undefined;
  const sub = value['Fn::Sub'];
  const subText = typeof sub === 'string' ? sub : Array.isArray(sub) && typeof sub[0] === 'string' ? sub[0] : undefined;
  if (subText !== undefined) {
    let failed = false;
    const text = subText.replace(/\$\{(!?)([^}]*)\}/g, (_, bang: string, name: string) => {
      const written = write({ kind: bang ? 'escaped' : 'sub', name });
      if (written === undefined) failed = true;
      return written ?? '';
    });
    return failed ? undefined : { form: 'sub', text, path: `/Fn::Sub${typeof sub === 'string' ? '' : '/0'}` };
  }
  const join = value['Fn::Join'];
  if (Array.isArray(join) && typeof join[0] === 'string' && Array.isArray(join[1])) {
    const parts: string[] = [];
    for (const p of join[1] as unknown[]) {
      const written = readTemplateText(p, write)?.text ?? write({ kind: 'join', name: intrinsicName(p), value: p });
      if (written === undefined) return undefined;
      parts.push(written);
    }
    return { form: 'join', text: parts.join(join[0]), path: '' };
  }
  return undefined;
}
