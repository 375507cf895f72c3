/**
 * Resolves names that collide after sanitising (`get-project` and `getProject` both
 * become `getProject`). Policy, independent of the order of the spec: among the
 * claimants of one name, the one whose original text already was that name keeps it;
 * the others follow in code-unit order of their original text and get `2`, `3`, ...
 * So adding an operation elsewhere in the spec never renames an existing one.
 */

export interface NameClaim {
  /** Identifies the claimant (e.g. the operation's pointer); unique per claim. */
  readonly key: string;
  /** The text the name came from (operationId, or `METHOD path`). */
  readonly original: string;
  /** The sanitised name the claim wants. */
  readonly wanted: string;
}

/** Maps each claim's `key` to its final, unique name; none of them is in `taken`. */
export function resolveNameCollisions(claims: readonly NameClaim[], taken: ReadonlySet<string> = new Set()): Map<string, string> {
  const used = new Set(taken);
  const result = new Map<string, string>();
  const sorted = [...claims].sort(compareClaims);
  // First every name goes to its best claimant, so that a later numbered name
  // (`list2` for a second `list`) never takes a name someone asked for outright.
  const losers: NameClaim[] = [];
  for (const claim of sorted) {
    if (used.has(claim.wanted)) losers.push(claim);
    else {
      used.add(claim.wanted);
      result.set(claim.key, claim.wanted);
    }
  }
  for (const claim of losers) {
    const name = firstFreeName(claim.wanted, used);
    used.add(name);
    result.set(claim.key, name);
  }
  return result;
}

function compareClaims(a: NameClaim, b: NameClaim): number {
  return (
    compareCodeUnits(a.wanted, b.wanted) ||
    Number(b.original === b.wanted) - Number(a.original === a.wanted) ||
    compareCodeUnits(a.original, b.original) ||
    compareCodeUnits(a.key, b.key)
  );
}

function firstFreeName(wanted: string, used: ReadonlySet<string>): string {
  if (!used.has(wanted)) return wanted;
  for (let suffix = 2; ; suffix += 1) {
    const candidate = `${wanted}${suffix}`;
    if (!used.has(candidate)) return candidate;
  }
}

/** Locale-free ordering, so every machine sorts the same way. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
