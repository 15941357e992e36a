import { readTemplateText } from '../../aws/template-text.js';
import type { ApiModel, MappingTemplateNode } from '../../model/model.js';
import type { TemplateError } from '../../vtl/parse.js';
import { compile, TemplateSyntaxError } from '../../vtl/template.js';

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
 * templates naming a table or a state machine usually are). Each `${X}` CloudFormation replaces
 * is read as a Velocity reference of the same length (`${AWS::Region}` as `${AWS__Region}`,
 * `${!Literal}`, which becomes `${Literal}`, as `$!{Literal}`), so that positions in the text
 * stay those of the file.
 */
export function templateText(node: MappingTemplateNode): TemplateText | undefined {
  const read = readTemplateText(node.text, (part) => (part.kind === 'escaped' ? `$!{${part.name}}` : part.kind === 'sub' ? `\${${part.name.replace(/\W/g, '_')}}` : undefined));
  if (!read || read.form === 'join') return undefined;
  return { text: read.text, pointer: node.loc.pointer + read.path, isSub: read.form === 'sub' };
}

/**
 * Why `text` does not parse as Velocity, or undefined when it does. Definitions repeat templates
 * verbatim, so each distinct text is parsed once per run (vtl/syntax and ws/template-syntax share it).
 */
export function syntaxErrorOf(model: ApiModel, text: string): TemplateError | undefined {
  const key = `vtl:${text}`;
  let result = model.cache.get(key) as { error?: TemplateError } | undefined;
  if (!result) {
    result = {};
    try {
      compile(text);
    } catch (err) {
      if (!(err instanceof TemplateSyntaxError)) throw err;
      result.error = err.detail;
    }
    model.cache.set(key, result);
  }
  return result.error;
}
