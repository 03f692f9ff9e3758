import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder, wherever it is checked out. */
export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
