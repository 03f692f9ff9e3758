import { describe, expect, it, vi } from 'vitest';
import type { Crm } from '../../serverless/hubspot/crm';
import { verifyRecordType } from '../../serverless/hubspot/record-identity';
import { WarmCache } from '../../serverless/lib/warm-cache';
import { recordPropertiesToSend } from '@qbo-invoicing/contract';
import { virtualClock } from '../support/virtual-clock';

/** A portal where contact 501 and deal 501 both exist (HubSpot's ids are per type). */
const portal: Record<string, Record<string, Record<string, string>>> = {
  deals: { '501': { createdate: '2026-03-01T10:00:00.000Z', dealname: 'Amy’s renewal' } },
  contacts: { '501': { createdate: '2026-03-01T10:00:00.000Z', email: 'amy@example.com' } },
};

function fakeCrm() {
  const getObject = vi.fn(async (type: string, id: string) => {
    const properties = portal[type]?.[id];
    return properties ? { id, properties } : null;
  });
  return { crm: { getObject } as unknown as Crm, getObject };
}

/** What HubSpot sends for the contact the card is really on. */
const sentForContact = {
  hs_object_id: '501',
  createdate: '2026-03-01T10:00:00.000Z',
  email: 'amy@example.com',
  dealname: null,
  domain: null,
};

describe('verifyRecordType', () => {
  it('asks HubSpot for every property it compares', () => {
    for (const name of ['hs_object_id', 'createdate', 'dealname', 'email', 'domain'])
      expect(recordPropertiesToSend).toContain(name);
  });

  it('refuses a contact claimed as the deal with the same id and create date', async () => {
    const { crm } = fakeCrm();
    const cache = new WarmCache(virtualClock());
    await expect(
      verifyRecordType(crm, cache, 'deals', '501', sentForContact),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT', field: 'input.objectType' });
    await expect(
      verifyRecordType(crm, cache, 'contacts', '501', sentForContact),
    ).resolves.toBeUndefined();
  });

  it('refuses a create date that differs from the claimed record’s', async () => {
    const { crm } = fakeCrm();
    const cache = new WarmCache(virtualClock());
    const sent = { ...sentForContact, createdate: '2026-03-01T10:00:00.001Z' };
    await expect(verifyRecordType(crm, cache, 'contacts', '501', sent)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
  });

  it('reads the record once per warm function, and again when what HubSpot sends changes', async () => {
    const { crm, getObject } = fakeCrm();
    const cache = new WarmCache(virtualClock());
    await verifyRecordType(crm, cache, 'contacts', '501', sentForContact);
    await verifyRecordType(crm, cache, 'contacts', '501', sentForContact);
    expect(getObject).toHaveBeenCalledTimes(1);
    // The cached identity never lets a mismatch through: it is checked against HubSpot again.
    await expect(
      verifyRecordType(crm, cache, 'contacts', '501', {
        ...sentForContact,
        email: 'x@example.com',
      }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect(getObject).toHaveBeenCalledTimes(2);
  });
});
