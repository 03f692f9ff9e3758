import { AppError } from '../lib/errors';
import type { WarmCache } from '../lib/warm-cache';
import type { Crm } from './crm';

/** The CRM record types the card runs on. */
export type CardRecordType = 'deals' | 'contacts' | 'companies';

/**
 * The property that names each type (only that type has it by default): HubSpot sends it for the
 * record the card is really on, so a record of another type sends it empty.
 */
export const TYPE_MARKERS: Record<CardRecordType, string> = {
  deals: 'dealname',
  contacts: 'email',
  companies: 'domain',
};

/** A verified identity stays true while the record lives: its type and create date never change. */
const CACHE_TTL_MS = 10 * 60_000;

interface Fingerprint {
  createdate: string;
  marker: string;
}

const clean = (value: string | null | undefined) => (value ?? '').trim();

function sameInstant(a: string, b: string): boolean {
  const left = Date.parse(a);
  const right = Date.parse(b);
  return Number.isFinite(left) && Number.isFinite(right) ? left === right : a === b;
}

function matches(known: Fingerprint, sent: Fingerprint): boolean {
  return (
    known.createdate !== '' &&
    sameInstant(known.createdate, sent.createdate) &&
    known.marker === sent.marker
  );
}

/**
 * Checks that the record HubSpot sent (`propertiesToSend`, read by HubSpot on its servers for the
 * record the card is on) is a record of the type the browser claims. HubSpot gives an app function
 * the record's properties but not its type, and ids of different types collide (a contact's id is
 * also some deal's id), so the record is read as the claimed type and must agree with what HubSpot
 * sent on its create date and its type's marker (docs/security.md). One HubSpot read per record
 * and warm function; a mismatch is read again before it is refused.
 */
export async function verifyRecordType(
  crm: Crm,
  cache: WarmCache,
  type: CardRecordType,
  recordId: string,
  sentProperties: Record<string, string | null | undefined>,
): Promise<void> {
  const marker = TYPE_MARKERS[type];
  const sent: Fingerprint = {
    createdate: clean(sentProperties.createdate),
    marker: clean(sentProperties[marker]),
  };
  const refuse = () =>
    new AppError(
      'INVALID_INPUT',
      'The record this card is on is not a {type, select, contacts {contact} companies {company} other {deal}}.',
      {
        fix: 'Reload the page: the card sent a record type that does not match its record.',
        field: 'input.objectType',
        values: { type },
      },
    );
  if (!sent.createdate) {
    throw new AppError('INVALID_INPUT', 'HubSpot did not send the record’s create date.', {
      fix: 'Reload the page so the card runs its current version.',
      field: 'propertiesToSend.createdate',
    });
  }
  const key = `record-identity:${type}:${recordId}`;
  const cached = cache.get<Fingerprint>(key, CACHE_TTL_MS);
  if (cached && matches(cached, sent)) return;
  const record = await crm.getObject(type, recordId, ['createdate', marker]);
  if (!record) throw refuse();
  const known: Fingerprint = {
    createdate: clean(record.properties.createdate),
    marker: clean(record.properties[marker]),
  };
  if (!matches(known, sent)) {
    cache.delete(key);
    throw refuse();
  }
  cache.set(key, known);
}
