import type { FieldMergeFunction, StoreObject, TypePolicies } from '@apollo/client';

/**
 * Lists of objects without an id, each identified by one of its fields: an item the cache has
 * keeps the fields another query selected, so two pages selecting different fields of the same
 * list do not overwrite each other (or refetch in turn).
 */
function mergeListBy(field: string): FieldMergeFunction<StoreObject[], StoreObject[]> {
  return (existing, incoming, { readField, mergeObjects }) =>
    incoming.map((item) => {
      const known = existing?.find((old) => readField(field, old) === readField(field, item));
      return known ? mergeObjects(known, item) : item;
    });
}

/** How the console's cache identifies and merges objects (shared by the app and the component tests). */
export const TYPE_POLICIES: TypePolicies = {
  Viewer: { keyFields: [] },
  Contract: {
    fields: {
      // Versions have no id: the lists and the sign page select different fields of the same
      // latest version, which merge; a newer version (after an amendment) replaces the old one.
      latestVersion: {
        merge(existing: StoreObject | undefined, incoming: StoreObject, { readField }) {
          return existing && readField('version', existing) === readField('version', incoming) ? { ...existing, ...incoming } : incoming;
        },
      },
    },
  },
  ContractTemplate: { fields: { versions: { merge: mergeListBy('version') } } },
  ContractTemplateVersion: { fields: { clauses: { merge: mergeListBy('key') } } },
};
