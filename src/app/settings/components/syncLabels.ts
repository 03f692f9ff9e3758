import type { SyncObject } from '@qbo-invoicing/contract/catalog';

/** How the Contacts and Products tabs name what they sync, from QuickBooks into HubSpot. */
export const syncObjectLabels: Record<SyncObject, { record: string; source: string }> = {
  contacts: { record: 'contacts', source: 'customers' },
  products: { record: 'products', source: 'items' },
};
