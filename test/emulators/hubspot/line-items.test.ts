import { describe, expect, it } from 'vitest';
import { call, useEmulator } from './test-helpers.js';

// https://developers.hubspot.com/docs/api/crm/line-items ("the price … cannot be negative") and
// https://developers.hubspot.com/docs/api-reference/crm-products-v3/guide (a line item created
// from an existing product "will inherit property values from the product, such as price").
const ctx = useEmulator('empty');

async function product(properties: Record<string, string>): Promise<string> {
  const res = await call(ctx.emu, 'POST', '/crm/v3/objects/products', { properties });
  expect(res.status).toBe(201);
  return res.body.id as string;
}

describe('line items', () => {
  it('refuses a negative price, on create and on update, and accepts zero', async () => {
    const { emu } = ctx;
    const negative = await call(emu, 'POST', '/crm/v3/objects/line_items', {
      properties: { name: 'Refund', price: '-5.00', quantity: '1' },
    });
    expect(negative.status).toBe(400);
    expect(negative.body.category).toBe('VALIDATION_ERROR');
    expect(negative.body.errors[0].context).toEqual({ propertyName: ['price'] });
    expect(emu.store.list('line_items')).toHaveLength(0);

    const free = await call(emu, 'POST', '/crm/v3/objects/line_items', {
      properties: { name: 'Free sample', price: '0', quantity: '2' },
    });
    expect(free.status).toBe(201);
    expect(free.body.properties.amount).toBe('0');
    const update = await call(emu, 'PATCH', `/crm/v3/objects/line_items/${free.body.id}`, {
      properties: { price: '-1' },
    });
    expect(update.status).toBe(400);
    expect(emu.store.get('line_items', free.body.id)?.properties.price).toBe('0');
  });

  it('fills name, price, SKU, description and cost from the product given by hs_product_id', async () => {
    const { emu } = ctx;
    const id = await product({
      name: 'Fountain pump',
      price: '149.95',
      hs_sku: 'PUMP-1',
      description: 'Submersible, 2000 l/h',
      hs_cost_of_goods_sold: '80',
    });
    const created = await call(emu, 'POST', '/crm/v3/objects/line_items', {
      properties: { hs_product_id: id, quantity: '3' },
    });
    expect(created.status).toBe(201);
    expect(created.body.properties).toMatchObject({
      hs_product_id: id,
      name: 'Fountain pump',
      price: '149.95',
      hs_sku: 'PUMP-1',
      description: 'Submersible, 2000 l/h',
      hs_cost_of_goods_sold: '80',
      quantity: '3',
      amount: '449.85',
    });
  });

  it('keeps the values the line item sets itself over the product’s', async () => {
    const id = await product({ name: 'Fountain pump', price: '149.95' });
    const created = await call(ctx.emu, 'POST', '/crm/v3/objects/line_items', {
      properties: { hs_product_id: id, price: '120', quantity: '1' },
    });
    expect(created.body.properties).toMatchObject({ name: 'Fountain pump', price: '120' });
  });

  it('refuses an hs_product_id that names no product, creating nothing', async () => {
    const { emu } = ctx;
    const res = await call(emu, 'POST', '/crm/v3/objects/line_items/batch/create', {
      inputs: [
        { properties: { name: 'ok', price: '1' } },
        { properties: { hs_product_id: '424242', quantity: '1' } },
      ],
    });
    expect(res.status).toBe(400);
    expect(res.body.message).toContain('hs_product_id');
    expect(emu.store.list('line_items')).toHaveLength(0);
  });
});
