import { Decimal } from 'decimal.js';
import type { CrmStore } from './store.js';

/** Ids of the demo portal's records, so tests can name what they use. */
export interface DemoIds {
  companies: { amys: string; coolCars: string; rondonuwu: string; brulerie: string };
  contacts: {
    amy: string;
    grace: string;
    diego: string;
    bill: string;
    siobhan: string;
    geeta: string;
    renee: string;
  };
  /** Products by SKU. */
  products: Record<string, string>;
  deals: {
    /** Published (APPROVAL_NOT_NEEDED), unexpired quote with 3 line items, one SKU unknown. */
    publishedQuote: string;
    /** Published quote whose expiration date has passed. */
    expiredQuote: string;
    /** DRAFT quote. */
    draftQuote: string;
    /** Line items, no quote. */
    lineItemsOnly: string;
    /** GBP deal with a published quote in GBP. */
    foreignCurrency: string;
    /** No line items, no quote. */
    empty: string;
  };
  quotes: { published: string; expired: string; draft: string; foreignCurrency: string };
  lineItems: {
    publishedQuote: string[];
    expiredQuote: string[];
    draftQuote: string[];
    lineItemsOnly: string[];
    foreignCurrency: string[];
  };
}

const DAY = 86_400_000;

interface Line {
  sku: string;
  name: string;
  qty: number;
  price: string;
  product?: boolean;
  discountPct?: string;
}

const PRODUCTS: Array<[sku: string, name: string, price: string, description: string]> = [
  ['RF-100', 'Rock Fountain', '275.00', 'Rock fountain with pump, 1 m'],
  ['PMP-015', 'Pump', '15.00', 'Fountain pump'],
  ['SPH-002', 'Sprinkler Heads', '2.00', 'Sprinkler heads'],
  ['SPP-004', 'Sprinkler Pipes', '4.00', 'Sprinkler pipes, per metre'],
  ['DES-075', 'Design', '75.00', 'Custom garden design, per hour'],
  ['INS-050', 'Installation', '50.00', 'Installation of landscape design, per hour'],
  ['TRM-035', 'Trimming', '35.00', 'Tree and shrub trimming, per hour'],
  ['PST-035', 'Pest Control', '35.00', 'Pest control services'],
  ['LGT-120', 'Garden Lighting Kit', '120.00', 'Low-voltage garden lighting, 6 lamps'],
];

/** Loads a realistic portal: companies, contacts, products, deals with quotes and line items. */
export function seedDemo(store: CrmStore): DemoIds {
  const now = store.clock().getTime();
  const iso = (offsetDays: number): string => new Date(now + offsetDays * DAY).toISOString();
  const mk = (type: string, props: Record<string, string>): string => store.create(type, props).id;
  const link = (from: [string, string], to: [string, string], typeId: number): void =>
    store.associate(from, to, [typeId]);

  const company = (
    name: string,
    domain: string,
    city: string,
    country: string,
    zip: string,
  ): string => mk('0-2', { name, domain, website: `https://${domain}`, city, country, zip });
  const companies = {
    amys: company(
      "Amy's Bird Sanctuary",
      'amysbirdsanctuary.com',
      'Bayshore',
      'United States',
      '94326',
    ),
    coolCars: company(
      'Cool Cars',
      'coolcars.example.com',
      'Half Moon Bay',
      'United States',
      '94213',
    ),
    rondonuwu: company(
      'Rondonuwu Fruit and Vegi',
      'rondonuwu.example.com',
      'Sunnyvale',
      'United States',
      '94086',
    ),
    brulerie: company(
      'Brûlerie Éclair Ltd',
      'brulerie-eclair.co.uk',
      'London',
      'United Kingdom',
      'EC1V 9HX',
    ),
  };

  const contact = (
    firstname: string,
    lastname: string,
    email: string,
    companyId?: string,
  ): string => {
    const props: Record<string, string> = {
      firstname,
      lastname,
      email,
      lifecyclestage: 'customer',
    };
    if (companyId) props.company = store.get('0-2', companyId)?.properties.name ?? '';
    const id = mk('0-1', props);
    if (companyId) link(['0-1', id], ['0-2', companyId], 1);
    return id;
  };
  const contacts = {
    amy: contact('Amy', 'Lauterbach', 'birds@intuit.example.com', companies.amys),
    grace: contact('Grace', 'Pariente', 'cool_cars@intuit.example.com', companies.coolCars),
    diego: contact('Diego', 'Rodriguez', 'diego@rondonuwu.example.com', companies.rondonuwu),
    bill: contact('Bill', 'Lucchini', 'surf@intuit.example.com'),
    siobhan: contact(
      'Siobhán',
      "O'Brien",
      'siobhan.obrien@brulerie-eclair.co.uk',
      companies.brulerie,
    ),
    geeta: contact('Geeta', 'Kalapatapu', 'geeta@kalapatapu.example.com'),
    renee: contact('Renée', "D'Souza-Müller", 'renee@brulerie-eclair.co.uk', companies.brulerie),
  };

  const products: Record<string, string> = {};
  for (const [sku, name, price, description] of PRODUCTS)
    products[sku] = mk('0-7', {
      name,
      hs_sku: sku,
      price,
      description,
      hs_product_type: 'service',
    });

  const lineItems = (lines: Line[], currency: string): string[] =>
    lines.map((l, i) => {
      const props: Record<string, string> = {
        name: l.name,
        hs_sku: l.sku,
        quantity: String(l.qty),
        price: l.price,
        hs_line_item_currency_code: currency,
        hs_position_on_quote: String(i),
      };
      const productId = products[l.sku];
      if (l.product !== false && productId) props.hs_product_id = productId;
      if (l.discountPct) props.hs_discount_percentage = l.discountPct;
      return mk('0-8', props);
    });
  const total = (ids: string[]): string =>
    ids
      .reduce((sum, id) => sum.plus(store.get('0-8', id)?.properties.amount ?? '0'), new Decimal(0))
      .toFixed(2);

  const deal = (
    dealname: string,
    currency: string,
    stage: string,
    closeInDays: number,
    items: string[],
    contactIds: string[],
    companyId?: string,
  ): string => {
    const id = mk('0-3', {
      dealname,
      amount: items.length > 0 ? total(items) : '0',
      dealstage: stage,
      pipeline: 'default',
      closedate: iso(closeInDays),
      deal_currency_code: currency,
    });
    for (const c of contactIds) link(['0-3', id], ['0-1', c], 3);
    if (companyId) link(['0-3', id], ['0-2', companyId], 5);
    for (const li of items) link(['0-3', id], ['0-8', li], 19);
    return id;
  };

  let quoteNumber = 1;
  const quote = (
    dealId: string,
    title: string,
    status: string,
    expiresInDays: number,
    currency: string,
    items: string[],
    contactId: string,
    companyId: string,
  ): string => {
    const key = `demo${String(quoteNumber).padStart(4, '0')}`;
    const props: Record<string, string> = {
      hs_title: title,
      hs_status: status,
      hs_expiration_date: iso(expiresInDays),
      hs_currency: currency,
      hs_quote_amount: total(items),
      hs_quote_number: `${20260000 + quoteNumber++}`,
      hs_sender_firstname: 'Sam',
      hs_sender_lastname: 'Seller',
      hs_sender_email: 'sam.seller@example.com',
      hs_terms: 'Payment due within 30 days.',
    };
    if (status !== 'DRAFT') {
      props.hs_public_url_key = key;
      props.hs_quote_link = `https://${store.portalId}.hs-sites.com/${key}`;
    }
    const id = mk('0-14', props);
    link(['0-3', dealId], ['0-14', id], 63);
    link(['0-14', id], ['0-1', contactId], 69);
    link(['0-14', id], ['0-2', companyId], 71);
    for (const li of items) link(['0-14', id], ['0-8', li], 67);
    return id;
  };

  const li = {
    publishedQuote: lineItems(
      [
        { sku: 'RF-100', name: 'Rock Fountain', qty: 1, price: '275.00' },
        { sku: 'PMP-015', name: 'Pump', qty: 2, price: '15.00' },
        // No product carries this SKU: the wizard must flag it as unmatched.
        {
          sku: 'ENG-CUSTOM',
          name: 'Custom birdbath engraving',
          qty: 1,
          price: '45.50',
          product: false,
        },
      ],
      'USD',
    ),
    expiredQuote: lineItems(
      [
        { sku: 'SPH-002', name: 'Sprinkler Heads', qty: 24, price: '2.00' },
        { sku: 'SPP-004', name: 'Sprinkler Pipes', qty: 40, price: '4.00', discountPct: '10' },
      ],
      'USD',
    ),
    draftQuote: lineItems(
      [
        { sku: 'DES-075', name: 'Design', qty: 3, price: '75.00' },
        { sku: 'INS-050', name: 'Installation', qty: 6, price: '50.00' },
      ],
      'USD',
    ),
    lineItemsOnly: lineItems(
      [
        { sku: 'TRM-035', name: 'Trimming', qty: 4, price: '35.00' },
        { sku: 'PST-035', name: 'Pest Control', qty: 1, price: '35.00' },
      ],
      'USD',
    ),
    foreignCurrency: lineItems(
      [
        { sku: 'LGT-120', name: 'Garden Lighting Kit', qty: 2, price: '99.00' },
        { sku: 'INS-050', name: 'Installation', qty: 3, price: '42.00' },
      ],
      'GBP',
    ),
  };

  const deals = {
    publishedQuote: deal(
      "Amy's Bird Sanctuary — Fountain install",
      'USD',
      'contractsent',
      14,
      li.publishedQuote,
      [contacts.amy],
      companies.amys,
    ),
    expiredQuote: deal(
      'Cool Cars — Fleet yard irrigation',
      'USD',
      'presentationscheduled',
      7,
      li.expiredQuote,
      [contacts.grace],
      companies.coolCars,
    ),
    draftQuote: deal(
      'Rondonuwu — Garden refresh',
      'USD',
      'qualifiedtobuy',
      30,
      li.draftQuote,
      [contacts.diego],
      companies.rondonuwu,
    ),
    lineItemsOnly: deal(
      "Bill's Windsurf Shop — Maintenance",
      'USD',
      'decisionmakerboughtin',
      10,
      li.lineItemsOnly,
      [contacts.bill],
    ),
    foreignCurrency: deal(
      'Brûlerie Éclair — Patio lighting',
      'GBP',
      'contractsent',
      21,
      li.foreignCurrency,
      [contacts.siobhan, contacts.renee],
      companies.brulerie,
    ),
    empty: deal(
      "Amy's Bird Sanctuary — Annual maintenance",
      'USD',
      'appointmentscheduled',
      60,
      [],
      [contacts.amy],
      companies.amys,
    ),
  };

  const quotes = {
    published: quote(
      deals.publishedQuote,
      'Fountain install',
      'APPROVAL_NOT_NEEDED',
      30,
      'USD',
      li.publishedQuote,
      contacts.amy,
      companies.amys,
    ),
    expired: quote(
      deals.expiredQuote,
      'Fleet yard irrigation',
      'APPROVAL_NOT_NEEDED',
      -10,
      'USD',
      li.expiredQuote,
      contacts.grace,
      companies.coolCars,
    ),
    draft: quote(
      deals.draftQuote,
      'Garden refresh',
      'DRAFT',
      30,
      'USD',
      li.draftQuote,
      contacts.diego,
      companies.rondonuwu,
    ),
    foreignCurrency: quote(
      deals.foreignCurrency,
      'Patio lighting',
      'APPROVAL_NOT_NEEDED',
      45,
      'GBP',
      li.foreignCurrency,
      contacts.siobhan,
      companies.brulerie,
    ),
  };

  return { companies, contacts, products, deals, quotes, lineItems: li };
}
