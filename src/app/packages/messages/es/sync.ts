/** Spanish for the settings page's contact and product sync (rules, property mappings, the sync log) and the card's sync line. Each key is the English message (its id); each value its Spanish. */
export const sync = {} satisfies Record<string, string>;
