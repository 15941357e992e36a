function levenshtein(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}

/**
 * The candidate a mistyped name most likely meant: one it is a prefix of (4 characters or more),
 * else the closest by edit distance when within max(2, a third of its length). Used for unknown
 * rule ids, config keys, directive ids and the rules' own "did you mean" hints.
 */
export function didYouMean(name: string, candidates: Iterable<string>): string | undefined {
  const list = [...candidates];
  const lower = name.toLowerCase();
  const prefixed = list.find((c) => lower.length >= 4 && c.toLowerCase().startsWith(lower));
  if (prefixed) return prefixed;
  let best: string | undefined;
  let bestScore = Infinity;
  for (const c of list) {
    const d = levenshtein(name, c);
    if (d < bestScore) {
      best = c;
      bestScore = d;
    }
  }
  return best !== undefined && bestScore <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}
