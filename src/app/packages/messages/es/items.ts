/**
 * Spanish for creating QuickBooks items from HubSpot products and the default item (the wizard,
 * the settings page and the functions). Each key is the English message (its id); each value its
 * Spanish.
 */
export const items = {} satisfies Record<string, string>;
