import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startHubSpotEmulator, type HubSpotEmulator } from '../../emulators/hubspot';
import {
  customObjects,
  dealProperties,
  dealPropertyGroup,
  quickBooksPropertyGroup,
  standardObjectProperties,
} from '../../serverless/hubspot/definitions';
import { functionsAgainst } from '../support/functions';
import { virtualClock } from '../support/virtual-clock';

let hubspot: HubSpotEmulator;
beforeAll(async () => {
  hubspot = await startHubSpotEmulator({ seed: 'demo' });
});
afterAll(() => hubspot.close());
beforeEach(() => hubspot.reset('demo'));

const writes = () =>
  hubspot.requests.filter(
    (r) => r.method !== 'GET' && !r.path.endsWith('/search') && !r.path.endsWith('/batch/read'),
  );

describe('setup against the HubSpot emulator', () => {
  it('reports everything missing in a fresh portal', async () => {
    const { run } = functionsAgainst(hubspot);
    const result = await run('setup.status', {});
    expect(result.ok).toBe(true);
    const status = result.data as { done: boolean; items: Array<{ done: boolean }> };
    expect(status.done).toBe(false);
    expect(status.items).toHaveLength(customObjects.length + 1 + dealProperties.length + 3);
    expect(status.items.every((item) => !item.done)).toBe(true);
  });

  it('installs the custom objects, the deal group and its five properties', async () => {
    const { run } = functionsAgainst(hubspot);
    const result = await run('setup.run', {});
    expect(result).toMatchObject({ ok: true, data: { done: true } });
    expect((result.data as { created: string[] }).created).toHaveLength(12);
    for (const schema of customObjects) {
      const stored = hubspot.store.schemas().find((s) => s.name === schema.name);
      expect(stored, schema.name).toBeDefined();
    }
    const invoice = hubspot.store.schemas().find((s) => s.name === 'qbo_invoice');
    expect(hubspot.store.property(invoice!.objectTypeId, 'link_key')?.hasUniqueValue).toBe(true);
    expect(hubspot.store.groups('deals').map((g) => g.name)).toContain(dealPropertyGroup.name);
    for (const property of dealProperties) {
      expect(hubspot.store.property('deals', property.name)?.groupName).toBe(
        dealPropertyGroup.name,
      );
    }
  });

  it('changes nothing and creates no duplicate when run twice', async () => {
    const { run } = functionsAgainst(hubspot);
    await run('setup.run', {});
    const schemasBefore = hubspot.store.schemas().length;
    hubspot.requests.length = 0;
    const second = await run('setup.run', {});
    expect(second).toMatchObject({ ok: true, data: { done: true, created: [] } });
    expect(writes()).toEqual([]);
    expect(hubspot.store.schemas()).toHaveLength(schemasBefore);
  });

  it('finishes a half-finished setup', async () => {
    const { run } = functionsAgainst(hubspot);
    // A first run that died after creating the group and one property.
    await axiosPost(`/crm/v3/properties/deals/groups`, dealPropertyGroup);
    await axiosPost(`/crm/v3/properties/deals`, dealProperties[0]);
    const before = (await run('setup.status', {})).data as {
      items: Array<{ key: string; done: boolean }>;
    };
    expect(before.items.filter((item) => item.done).map((item) => item.key)).toEqual([
      `group:deals:${dealPropertyGroup.name}`,
      `property:deals:${dealProperties[0]!.name}`,
    ]);
    const result = await run('setup.run', {});
    expect(result).toMatchObject({ ok: true, data: { done: true } });
    expect((result.data as { created: string[] }).created).toHaveLength(10);
  });

  it('adds the unique QuickBooks keys to contacts, companies and products for the sync', async () => {
    const { run } = functionsAgainst(hubspot);
    expect((await run('setup.run', {})).ok).toBe(true);
    expect(hubspot.store.property('0-1', 'qbo_customer_key')?.hasUniqueValue).toBe(true);
    expect(hubspot.store.property('0-2', 'qbo_customer_key')?.hasUniqueValue).toBe(true);
    expect(hubspot.store.property('0-7', 'qbo_item_key')?.hasUniqueValue).toBe(true);
    expect(hubspot.store.property('0-7', 'qbo_inactive')?.groupName).toBe('quickbooks');
  });

  it('adds a property missing from a custom object made by an older version', async () => {
    const { run } = functionsAgainst(hubspot);
    const invoice = customObjects[0]!;
    await axiosPost('/crm/v3/schemas', {
      ...invoice,
      properties: invoice.properties.filter((p) => p.name !== 'payments_noted'),
    });
    const result = await run('setup.run', {});
    expect(result).toMatchObject({ ok: true, data: { done: true } });
    const schema = hubspot.store.schemas().find((s) => s.name === invoice.name)!;
    expect(hubspot.store.property(schema.objectTypeId, 'payments_noted')).toBeDefined();
  });

  it('adds the claim object to a portal set up before claims existed, and touches nothing else', async () => {
    const { run } = functionsAgainst(hubspot);
    // What the previous version's setup left: two custom objects, the deal group, its properties.
    for (const schema of customObjects.filter((s) => s.name !== 'qbo_claim'))
      await axiosPost('/crm/v3/schemas', schema);
    await axiosPost(`/crm/v3/properties/deals/groups`, dealPropertyGroup);
    for (const property of dealProperties) await axiosPost(`/crm/v3/properties/deals`, property);
    for (const [type, properties] of Object.entries(standardObjectProperties)) {
      await axiosPost(`/crm/v3/properties/${type}/groups`, quickBooksPropertyGroup);
      for (const property of properties)
        await axiosPost(`/crm/v3/properties/${type}`, {
          ...property,
          groupName: quickBooksPropertyGroup.name,
        });
    }
    const before = (await run('setup.status', {})).data as {
      done: boolean;
      items: Array<{ key: string; done: boolean }>;
    };
    expect(before.done).toBe(false);
    expect(before.items.filter((item) => !item.done).map((item) => item.key)).toEqual([
      'schema:qbo_claim',
    ]);
    hubspot.requests.length = 0;
    const result = await run('setup.run', {});
    expect(result).toMatchObject({
      ok: true,
      data: { done: true, created: ['Custom object “QuickBooks app claim”'] },
    });
    expect(writes().map((request) => `${request.method} ${request.path}`)).toEqual([
      'POST /crm/v3/schemas',
    ]);
    const claim = hubspot.store.schemas().find((s) => s.name === 'qbo_claim')!;
    expect(hubspot.store.property(claim.objectTypeId, 'claim_key')?.hasUniqueValue).toBe(true);
  });

  it('rides out a 429 and answers', async () => {
    const { run } = functionsAgainst(hubspot);
    hubspot.faults.rateLimitNext(1, 1);
    const result = await run('setup.status', {});
    expect(result.ok).toBe(true);
    expect(hubspot.requests.map((r) => r.status)).toContain(429);
  });

  it('turns 5xx that outlast the call budget into a retryable error, without a stack trace', async () => {
    const clock = virtualClock();
    const { run } = functionsAgainst(hubspot, {}, { clock });
    hubspot.faults.failNext(1000, 503);
    const result = await run('setup.status', {});
    expect(result.ok).toBe(false);
    expect(result.error).toMatchObject({
      code: 'UNAVAILABLE',
      retryable: true,
      message: 'HubSpot is having trouble right now. Try again.',
    });
    expect(JSON.stringify(result)).not.toMatch(/at \w+ \(|\.ts:\d+/);
  });

  it('rejects bad input by naming the field, and writes nothing', async () => {
    const { run } = functionsAgainst(hubspot);
    hubspot.requests.length = 0;
    const extra = await run('setup.run', { force: true });
    expect(extra.error).toMatchObject({ code: 'INVALID_INPUT', retryable: false });
    expect(extra.error?.message).toContain('input');
    const unknown = await run('setup.destroy', {});
    expect(unknown.error).toMatchObject({ code: 'INVALID_INPUT', field: 'op' });
    expect(hubspot.requests).toEqual([]);
  });
});

async function axiosPost(path: string, body: unknown) {
  const { default: axios } = await import('axios');
  await axios.post(`${hubspot.url}${path}`, body, {
    headers: { authorization: `Bearer ${hubspot.token}` },
  });
}
