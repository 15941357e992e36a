import type { ApiModel } from '../../spec/model.js';
import type { Loc } from '../../spec/refs.js';
import { joinPointer } from '../../spec/pointer.js';

/** The location of a top-level key of the root document. */
export function rootKey(model: ApiModel, key: string): Loc {
  return { source: model.root, pointer: joinPointer('', key) };
}
