// Loads the vendored XSD copies once and keeps the compiled model.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileSchema } from './compile.js';
import type { Schema } from './model.js';
import { parseXml } from './xml.js';

// All six share one namespace; IntuitRestServiceDef.xsd includes the rest.
const FILES = [
  'IntuitBaseTypes.xsd',
  'IntuitNamesTypes.xsd',
  'SalesTax.xsd',
  'Finance.xsd',
  'Report.xsd',
  'IntuitRestServiceDef.xsd',
];

let cached: Schema | undefined;

export function loadSchema(): Schema {
  if (!cached) {
    const docs = FILES.map((f) =>
      parseXml(readFileSync(fileURLToPath(new URL(`./xsd/${f}`, import.meta.url)), 'utf8')),
    );
    cached = compileSchema(docs);
  }
  return cached;
}
