/** Association instances, stored in both directions so either side can list them. */
export class LinkTable {
  // `${fromTypeId}:${fromId}` → `${toTypeId}:${toId}` → association type ids
  private readonly map = new Map<string, Map<string, Set<number>>>();

  add(from: [string, string], to: [string, string], typeId: number, inverseTypeId: number): void {
    this.side(from, to).add(typeId);
    this.side(to, from).add(inverseTypeId);
  }

  /** Removes the given types (or all) between two records, both ways. */
  remove(
    from: [string, string],
    to: [string, string],
    typeIds: number[] | undefined,
    inverseOf: (id: number) => number | undefined,
  ): void {
    const fwd = this.map.get(key(from))?.get(key(to));
    const back = this.map.get(key(to))?.get(key(from));
    for (const id of typeIds ?? [...(fwd ?? [])]) {
      fwd?.delete(id);
      const inv = inverseOf(id);
      if (inv !== undefined) back?.delete(inv);
    }
    if (!typeIds) back?.clear();
    this.prune(from, to);
    this.prune(to, from);
  }

  /** Records of `toTypeId` linked from a record, with the type ids, in insertion order. */
  list(from: [string, string], toTypeId: string): Array<{ toId: string; typeIds: number[] }> {
    const out: Array<{ toId: string; typeIds: number[] }> = [];
    for (const [k, ids] of this.map.get(key(from)) ?? []) {
      const [t, id] = splitKey(k);
      if (t === toTypeId && ids.size > 0)
        out.push({ toId: id, typeIds: [...ids].sort((a, b) => a - b) });
    }
    return out;
  }

  typesBetween(from: [string, string], to: [string, string]): number[] {
    return [...(this.map.get(key(from))?.get(key(to)) ?? [])];
  }

  clear(): void {
    this.map.clear();
  }

  private side(from: [string, string], to: [string, string]): Set<number> {
    let inner = this.map.get(key(from));
    if (!inner) this.map.set(key(from), (inner = new Map()));
    let set = inner.get(key(to));
    if (!set) inner.set(key(to), (set = new Set()));
    return set;
  }

  private prune(from: [string, string], to: [string, string]): void {
    const inner = this.map.get(key(from));
    if (inner?.get(key(to))?.size === 0) inner.delete(key(to));
  }
}

const key = ([t, id]: [string, string]): string => `${t}:${id}`;

function splitKey(k: string): [string, string] {
  const i = k.indexOf(':');
  return [k.slice(0, i), k.slice(i + 1)];
}
