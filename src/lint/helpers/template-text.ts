import { isObject } from '../../model/detect.js';
import type { MappingTemplateNode } from '../../model/model.js';

/** A mapping template's Velocity text, and where in the file that text is written. */
export interface TemplateText {
  text: string;
  /** The pointer whose value is the text as written (below an `Fn::Sub`, its string). */
  pointer: string;
  /** Written with `Fn::Sub`: CloudFormation substitutes parts of it before API Gateway sees it. */
  isSub: boolean;
}

/**
 * The text of a mapping template written as a string, or as the string of an `Fn::Sub` (as
 * templates naming a table or a state machine usually are). CloudFormation replaces each `${X}`
 * before API Gateway sees the template; each is read as a Velocity reference of the same length
 * (`${AWS::Region}` as `${AWS__Region}`, `${!Literal}`, which becomes `${Literal}`, as `$!{Literal}`),
 * so that positions in the text stay those of the file.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference-sub.html
 */
export function templateText(node: MappingTemplateNode): TemplateText | undefined {
  if (typeof node.text === 'string') return { text: node.text, pointer: node.loc.pointer, isSub: false };
  if (!isObject(node.text) || Object.keys(node.text).length !== 1) return undefined;
  const sub = node.text['Fn::Sub'];
  const raw = typeof sub === 'string' ? sub : Array.isArray(sub) && typeof sub[0] === 'string' ? sub[0] : undefined;
  if (raw === undefined) return undefined;
  const text = raw.replace(/\$\{([^}]*)\}/g, (_, name: string) => (name.startsWith('!') ? `$!{${name.slice(1)}}` : `\${${name.replace(/\W/g, '_')}}`));
  return { text, pointer: `${node.loc.pointer}/Fn::Sub${typeof sub === 'string' ? '' : '/0'}`, isSub: true };
}
