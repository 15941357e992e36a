import type { ApiModel, OperationNode } from '../../model/model.js';
import { joinPointer } from '../../document/pointer.js';
import type { Loc } from '../../document/refs.js';
import { isObject } from './values.js';

export interface SchemeUse {
  name: string;
  /** Index of the requirement object in the `security` list. */
  requirement: number;
  loc: Loc;
}

/** Scheme names listed by a `security` array at `loc`, each with the place it is named. */
export function schemeUses(security: unknown, loc: Loc): SchemeUse[] {
  if (!Array.isArray(security)) return [];
  const out: SchemeUse[] = [];
  security.forEach((req, i) => {
    if (!isObject(req)) return;
    for (const name of Object.keys(req)) out.push({ name, requirement: i, loc: { source: loc.source, pointer: joinPointer(loc.pointer, i, name) } });
  });
  return out;
}

export function operationSchemeUses(op: OperationNode): SchemeUse[] {
  return schemeUses(op.value.security, { source: op.loc.source, pointer: joinPointer(op.loc.pointer, 'security') });
}

export function rootSchemeUses(model: ApiModel): SchemeUse[] {
  return schemeUses(model.doc.security, { source: model.root, pointer: joinPointer(model.base.pointer, 'security') });
}

/** Identity sources as a list: `identitySource` is one comma-separated string. */
export function identitySources(value: unknown): string[] | undefined {
  if (typeof value !== 'string') return undefined;
  return value.split(',').map((s) => s.trim()).filter((s) => s !== '');
}
