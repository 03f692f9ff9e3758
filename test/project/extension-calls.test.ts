/**
 * Each extension calls only its own function (`callIn(locale, group)` bundles no route table): every
 * operation named in a card's code is one of the invoices function's, every one named in the
 * settings page's code one of the admin function's.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isOperationName, operationRoutes } from '@qbo-invoicing/contract/catalog';
import { filesUnder } from '../support/message-scan';

/** The operations a folder's code names as the first argument of a call (`call('x', …)`). */
function operationsCalledIn(folder: string): string[] {
  const named = new Set<string>();
  for (const file of filesUnder(folder)) {
    for (const match of readFileSync(file, 'utf8').matchAll(/\bcall\(\s*'([a-z][\w.]*)'/g)) {
      named.add(match[1] as string);
    }
  }
  return [...named].sort();
}

describe('what each extension calls', () => {
  it.each([
    ['src/app/cards', 'invoices'],
    ['src/app/settings', 'admin'],
  ] as const)('%s calls only the %s function’s operations', (folder, group) => {
    const called = operationsCalledIn(folder);
    expect(called.length).toBeGreaterThan(3);
    const elsewhere = called.filter(
      (op) => !isOperationName(op) || operationRoutes[op].group !== group,
    );
    expect(elsewhere).toEqual([]);
  });
});
