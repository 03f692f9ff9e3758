import { cardOperationRoutes, settingsOperationRoutes } from './catalog';

/**
 * Every operation and where it goes, for the functions. Kept out of `./catalog` so neither
 * extension's bundle carries the other's operation names (each calls with its own table).
 */
export const operationRoutes = { ...cardOperationRoutes, ...settingsOperationRoutes } as const;
