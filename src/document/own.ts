/**
 * Objects keyed by strings from a definition. A plain `{}` answers `constructor`, `toString` or
 * `__proto__` from Object.prototype, so a key of that name in a definition would find a function;
 * these have no prototype, and `ownValue` reads only a value the object holds itself.
 */

/** A lookup table with no prototype: `key in table` and `table[key]` see only its own entries. */
export function lookupTable<V>(entries: Record<string, V>): Readonly<Record<string, V>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, V>, entries));
}

/** An empty object with no prototype, to fill with keys from a definition (even `__proto__`). */
export function emptyRecord<V = unknown>(): Record<string, V> {
  return Object.create(null) as Record<string, V>;
}

/** `object[key]` if `key` is the object's own property, else undefined. */
export function ownValue<V>(object: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

/** `object[key] = value` as an own property, even when `key` is `__proto__` (which would set the prototype). */
export function setOwn(object: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  else object[key] = value;
}

/**
 * A value from a definition as text, calling nothing on it: String() on a mapping that has its own
 * `toString` or `valueOf` key (a string, not a function) throws. Lists and mappings are named.
 */
export function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return String(value);
  return Array.isArray(value) ? 'a list' : 'a mapping';
}
