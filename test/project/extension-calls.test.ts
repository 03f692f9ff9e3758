/**
 * Each extension bundles only its own operations' routes (`cardOperationRoutes`,
 * `settingsOperationRoutes`): every operation named in a card's code must be in the card's list,
 * every one named in the settings page's code in the settings page's, or the call would fail.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cardOperationRoutes, settingsOperationRoutes } from '@qbo-invoicing/contract/catalog';
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
    ['src/app/cards', cardOperationRoutes],
    ['src/app/settings', settingsOperationRoutes],
  ] as const)('%s calls only operations its own route list has', (folder, routes) => {
    const called = operationsCalledIn(folder);
    expect(called.length).toBeGreaterThan(3);
    expect(called.filter((op) => !Object.hasOwn(routes, op))).toEqual([]);
  });

  it('lets each extension fetch its own catalog (named through a variable in useLanguage)', () => {
    expect(Object.hasOwn(cardOperationRoutes, 'messages.card')).toBe(true);
    expect(Object.hasOwn(settingsOperationRoutes, 'messages.settings')).toBe(true);
  });
});
