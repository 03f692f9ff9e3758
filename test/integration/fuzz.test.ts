/**
 * Every operation, fed inputs the browser could send (any JSON, near-valid objects with wrong
 * types, huge strings and keys): the answer is always a result envelope, never INTERNAL, and never
 * repeats more than a short excerpt of what was sent. 3,000 cases in all.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OperationName } from '@qbo-invoicing/contract/catalog';
import { operationRoutes } from '@qbo-invoicing/contract/server';
import { startHubSpotEmulator, type HubSpotEmulator } from '../../emulators/hubspot';
import { startQuickBooksEmulator, type QuickBooksEmulator } from '../../emulators/quickbooks';
import { functionsAgainst } from '../support/functions';
import { qboSecrets } from '../support/qbo-secrets';
import { connectCompany } from '../support/wizard';

let hubspot: HubSpotEmulator;
let qbo: QuickBooksEmulator;
let run: ReturnType<typeof functionsAgainst>['run'];

beforeAll(async () => {
  [hubspot, qbo] = await Promise.all([
    startHubSpotEmulator({ seed: 'demo' }),
    startQuickBooksEmulator({ seed: 'demo' }),
  ]);
  run = functionsAgainst(hubspot, qboSecrets(qbo)).run;
  expect((await run('setup.run', {})).ok).toBe(true);
  await connectCompany(run, qbo.realms.us);
}, 60_000);
afterAll(async () => {
  await Promise.all([hubspot.close(), qbo.close()]);
});

const longText = fc.string({ minLength: 201, maxLength: 5_000 });
const field = fc.oneof(
  fc.constantFrom(
    'realmId',
    'timeZone',
    'objectType',
    'source',
    'draft',
    'text',
    'submissionId',
    'customer',
    'redirectUrl',
    'confirmCompanyName',
    'startPosition',
  ),
  fc.string({ maxLength: 20 }),
  longText,
);
const value = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  longText,
  fc.constantFrom('9130354', 'UTC', 'deals', '1e999', '-0', '  ', '\u0000', "'; DROP", '%_\\'),
);
/** Objects shaped like real inputs: known and unknown keys, any values. */
const nearInput = fc.dictionary(field, value, { maxKeys: 6 });
const input = fc.oneof(nearInput, fc.jsonValue({ maxDepth: 4 }), longText);

/** Strings of the input long enough that repeating them would be an echo. */
function longStrings(value: unknown, found: string[] = []): string[] {
  if (typeof value === 'string' && value.length > 200) found.push(value);
  else if (Array.isArray(value)) for (const item of value) longStrings(item, found);
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) {
      if (key.length > 200) found.push(key);
      longStrings(item, found);
    }
  return found;
}

const operations = Object.keys(operationRoutes) as OperationName[];
const deal = () => ({ objectTypeId: '0-3', objectId: hubspot.demo.deals.publishedQuote });

describe('every operation under fuzzed input', () => {
  it.each(operations)('%s answers an envelope, never INTERNAL, never an echo', async (op) => {
    const record = operationRoutes[op].scope === 'record' ? deal() : null;
    await fc.assert(
      fc.asyncProperty(input, async (sent) => {
        const answer = await run(op, sent, record);
        expect(typeof answer.ok).toBe('boolean');
        if (!answer.ok) {
          expect(answer.error?.code).not.toBe('INTERNAL');
          const text = JSON.stringify(answer);
          for (const long of longStrings(sent)) expect(text).not.toContain(long.slice(0, 200));
        }
      }),
      { numRuns: Math.ceil(3_000 / operations.length), seed: 20261130 },
    );
  });
});
