import type { ApiModel } from '../../model/model.js';
import { joinPointer } from '../../document/pointer.js';
import type { Loc } from '../../document/refs.js';

/** Resource path helpers: API Gateway builds one resource per path segment. */
export function segments(path: string): string[] {
  return path.split('/').filter((s) => s !== '');
}

export function isVariable(segment: string): boolean {
  return /^\{[^{}]+\}$/.test(segment);
}

export function isGreedy(segment: string): boolean {
  return /^\{[^{}]+\+\}$/.test(segment);
}

/** Names a template declares: `{id}` → id, `{proxy+}` → proxy. */
export function templateParams(path: string): string[] {
  const out: string[] = [];
  for (const m of path.matchAll(/\{([^{}]+)\}/g)) out.push(m[1]!.replace(/\+$/, ''));
  return out;
}

/** `/pets/{id}` and `/pets/{petId}` are the same resource. */
export function normalizePath(path: string): string {
  return '/' + segments(path).map((s) => (isGreedy(s) ? '{+}' : isVariable(s) ? '{}' : s)).join('/');
}

/** Where the path's key is written under `paths` in the root document. */
export function pathKeyLoc(model: ApiModel, path: string): Loc {
  return { source: model.root, pointer: joinPointer(model.base.pointer, 'paths', path) };
}
