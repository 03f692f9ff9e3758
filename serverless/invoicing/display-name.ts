/** QuickBooks' limit on a display name's length. */
export const MAX_DISPLAY_NAME = 500;

const norm = (name: string) => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en-US');

/** True when QuickBooks would see the two display names as the same. */
export const sameDisplayName = (a: string, b: string) => norm(a) === norm(b);

/**
 * Names to try when a display name is taken, in order: "Name (2)", "Name (3)", ... An existing
 * "(n)" suffix is continued rather than nested ("Acme (2)" → "Acme (3)").
 */
export function candidateNames(name: string, count = 5): string[] {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  const suffixed = /^(.*) \((\d{1,4})\)$/.exec(trimmed);
  const base = suffixed?.[1] ?? trimmed;
  const start = suffixed ? Number(suffixed[2]) + 1 : 2;
  return Array.from({ length: count }, (_, index) => {
    const suffix = ` (${start + index})`;
    return `${base.slice(0, MAX_DISPLAY_NAME - suffix.length)}${suffix}`;
  });
}

/** The first candidate no customer, vendor or employee uses. */
export function firstFreeName(candidates: string[], taken: string[]): string | null {
  return (
    candidates.find((candidate) => !taken.some((name) => sameDisplayName(name, candidate))) ?? null
  );
}
