/**
 * Spanish for contact and product property mappings (the settings page's tab and the functions).
 * Each key is the English message (its id); each value its Spanish.
 */
export const mappings = {} satisfies Record<string, string>;
