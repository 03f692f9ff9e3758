import { connectionHandlers } from '../operations/connections';
import { setupHandlers } from '../operations/setup';
import { createFunction } from '../runtime/dispatch';

export const adminHandlers = { ...setupHandlers, ...connectionHandlers };

/** App function "admin-function": what the settings page calls. */
export const main = createFunction('admin', adminHandlers);
