// Reads the realistic QBO JSON samples in ./fixtures; a file's kind is the part before '--'.

import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface Fixture {
  file: string;
  kind: string;
  json: unknown;
}

const DIR = fileURLToPath(new URL('./fixtures/', import.meta.url));

export function loadFixtures(): Fixture[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({
      file,
      kind: file.slice(0, file.indexOf('--')),
      json: JSON.parse(readFileSync(DIR + file, 'utf8')) as unknown,
    }));
}

export function fixture(file: string): unknown {
  return JSON.parse(readFileSync(DIR + file, 'utf8')) as unknown;
}
