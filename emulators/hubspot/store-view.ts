import type { CrmStore } from './store.js';
import type { CrmRecord, ObjectTypeDef, PropertyDef, PropertyGroup } from './types.js';

/** Read-only access to the emulator's state for assertions; returns copies. */
export interface HubSpotStoreView {
  /** Object type by name, objectTypeId or fullyQualifiedName. */
  objectType(type: string): ObjectTypeDef | undefined;
  /** Custom object types created through the schemas API. */
  schemas(): ObjectTypeDef[];
  get(type: string, id: string): CrmRecord | undefined;
  list(type: string, opts?: { archived?: boolean }): CrmRecord[];
  find(type: string, predicate: (r: CrmRecord) => boolean): CrmRecord[];
  /** Records of `toType` linked from a record, with association type ids. */
  associations(
    fromType: string,
    fromId: string,
    toType: string,
  ): Array<{ id: string; typeIds: number[] }>;
  properties(type: string): PropertyDef[];
  property(type: string, name: string): PropertyDef | undefined;
  groups(type: string): PropertyGroup[];
}

export function storeView(store: () => CrmStore): HubSpotStoreView {
  const typeId = (t: string): string => store().resolveType(t).objectTypeId;
  const copy = <T>(v: T): T => structuredClone(v);
  return {
    objectType: (t) => copy(store().findType(t)),
    schemas: () =>
      copy(
        store()
          .objectTypes()
          .filter((t) => t.custom),
      ),
    get: (t, id) => copy(store().get(typeId(t), id)),
    list: (t, opts) => copy(store().records(typeId(t), opts?.archived ?? false)),
    find: (t, predicate) => copy(store().records(typeId(t)).filter(predicate)),
    associations: (from, id, to) =>
      store()
        .associated(typeId(from), id, typeId(to))
        .map((l) => ({ id: l.toId, typeIds: l.types.map((x) => x.typeId) })),
    properties: (t) => copy(store().properties(typeId(t))),
    property: (t, name) => copy(store().property(typeId(t), name)),
    groups: (t) => copy(store().groups(typeId(t))),
  };
}
