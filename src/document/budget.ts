import { UserError } from '../errors.js';
import type { Source } from './source.js';

/**
 * YAML aliases make a small text a huge tree (the "billion laughs"). Whoever walks a parsed
 * document visits at most this many nodes per node the parser read (and at least the floor)
 * before refusing it: lint's walk, and what check-http-compat, convert and export go through.
 */
const WALK_BUDGET_FACTOR = 20;
const WALK_BUDGET_FLOOR = 100_000;

/** How many nodes a walk of `source` may visit. */
export function walkBudget(source: Source): number {
  return Math.max(WALK_BUDGET_FLOOR, source.positions.nodeCount * WALK_BUDGET_FACTOR);
}

export function tooManyNodes(source: Source): UserError {
  return new UserError('document expands to too many nodes (repeated YAML aliases?)', { file: source.displayPath() });
}

/** Refuse a document whose tree, aliases expanded, has more nodes than a walk may visit. */
export function assertWalkable(source: Source, start: unknown = source.root): void {
  let budget = walkBudget(source);
  const stack: unknown[] = [start];
  while (stack.length > 0) {
    const value = stack.pop();
    if (--budget < 0) throw tooManyNodes(source);
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const child: unknown = value[i];
        if (child !== null && typeof child === 'object') stack.push(child);
        else if (--budget < 0) throw tooManyNodes(source);
      }
    } else {
      for (const key in value) {
        const child = (value as Record<string, unknown>)[key];
        if (child !== null && typeof child === 'object') stack.push(child);
        else if (--budget < 0) throw tooManyNodes(source);
      }
    }
  }
}
