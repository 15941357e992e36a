import type { ApiModel } from '../../model/model.js';
import type { Loc } from '../../document/refs.js';
import { joinPointer } from '../../document/pointer.js';
import { isUnknownValue } from './values.js';

/** The location of a top-level key of the root document. */
export function rootKey(model: ApiModel, key: string): Loc {
  return { source: model.root, pointer: joinPointer(model.base.pointer, key) };
}

/**
 * A top-level key's value and location, when the document states one: an absent key or an
 * unknown value (an intrinsic or a `${…}` placeholder) gives undefined, so nothing is checked.
 */
export function statedRootValue(model: ApiModel, key: string): { value: unknown; loc: Loc } | undefined {
  const value = model.doc[key];
  if (value === undefined || isUnknownValue(value)) return undefined;
  return { value, loc: rootKey(model, key) };
}
