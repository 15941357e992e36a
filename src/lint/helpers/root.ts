import type { ApiModel } from '../../model/model.js';
import type { Loc } from '../../document/refs.js';
import { joinPointer } from '../../document/pointer.js';

/** The location of a top-level key of the root document. */
export function rootKey(model: ApiModel, key: string): Loc {
  return { source: model.root, pointer: joinPointer(model.base.pointer, key) };
}

