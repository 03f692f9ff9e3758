// The two demo companies, built through the emulator's own rules so every figure is computed the
// way it is for API calls. Deterministic: a seeded PRNG and dates relative to the clock's today.
import type { Obj } from '../json.js';
import { createEntity, sendInvoice, updateEntity, voidEntity } from '../operations.js';
import { createPrng, type Prng } from '../prng.js';
import type { RuleContext } from '../rules/context.js';
import type { ChangeEvent, EntityName, QboEntity, RealmStore } from '../store.js';
import { addDays, qboDate } from '../time.js';
import { createCompany, type CompanyRefs } from './company.js';
import {
  GB_CUSTOMERS,
  GB_EMPLOYEES,
  GB_VENDORS,
  US_CUSTOMERS,
  US_EMPLOYEES,
  US_VENDORS,
  type DemoCustomer,
} from './people.js';

export const DEMO_REALMS = { us: '9130357766501001', global: '9130357766501002' } as const;

type Status = 'draft' | 'needToSend' | 'sent' | 'partial' | 'paid' | 'overdue' | 'voided';
const STATUS_CYCLE: Status[] = [
  'draft',
  'sent',
  'needToSend',
  'partial',
  'paid',
  'overdue',
  'sent',
  'paid',
  'voided',
  'overdue',
];

interface ItemSpec {
  name: string;
  type: 'Service' | 'Inventory' | 'NonInventory' | 'Group' | 'Category';
  price?: number;
  sku?: string;
  taxable?: boolean;
  qty?: number;
  active?: boolean;
  description?: string;
  vatCode?: string;
}

const US_ITEMS: ItemSpec[] = [
  { name: 'Landscaping', type: 'Category' },
  { name: 'Hardware', type: 'Category' },
  { name: 'Services', type: 'Service', price: 0, taxable: false, description: 'General services' },
  {
    name: 'Design',
    type: 'Service',
    price: 75,
    sku: 'SRV-DES',
    taxable: false,
    description: 'Custom design',
  },
  {
    name: 'Installation',
    type: 'Service',
    price: 50,
    sku: 'SRV-INS',
    taxable: false,
    description: 'Installation of landscape design',
  },
  {
    name: 'Gardening',
    type: 'Service',
    price: 25,
    sku: 'SRV-GRD',
    taxable: false,
    description: 'Weekly gardening service',
  },
  {
    name: 'Pest Control',
    type: 'Service',
    price: 35,
    sku: 'SRV-PST',
    taxable: false,
    description: 'Pest control services',
  },
  {
    name: 'Trimming',
    type: 'Service',
    price: 35,
    sku: 'SRV-TRM',
    taxable: false,
    description: 'Tree and shrub trimming',
  },
  {
    name: 'Consulting',
    type: 'Service',
    price: 150,
    sku: 'SRV-CON',
    taxable: false,
    description: 'Hourly consulting',
  },
  {
    name: 'Rock Fountain',
    type: 'Inventory',
    price: 275,
    sku: 'RF-100',
    taxable: true,
    qty: 2,
    description: 'Rock Fountain',
  },
  {
    name: 'Pump',
    type: 'Inventory',
    price: 15,
    sku: 'PMP-15',
    taxable: true,
    qty: 25,
    description: 'Fountain Pump',
  },
  {
    name: 'Sprinkler Heads',
    type: 'Inventory',
    price: 2,
    sku: 'SPR-HD',
    taxable: true,
    qty: 25,
    description: 'Sprinkler Heads',
  },
  {
    name: 'Sprinkler Pipes',
    type: 'Inventory',
    price: 4,
    sku: 'SPR-PP',
    taxable: true,
    qty: 31,
    description: 'Sprinkler Pipes',
  },
  {
    name: 'Garden Hose 50ft',
    type: 'Inventory',
    price: 39.99,
    sku: 'HOSE-50',
    taxable: true,
    qty: 12,
  },
  {
    name: 'Sod',
    type: 'NonInventory',
    price: 3.5,
    sku: 'SOD-SQFT',
    taxable: true,
    description: 'Sod, per square foot',
  },
  {
    name: 'Soil',
    type: 'NonInventory',
    price: 10,
    sku: 'SOIL-BAG',
    taxable: true,
    description: '2 cubic ft. bag',
  },
  { name: 'Mulch', type: 'NonInventory', price: 6.25, sku: 'MULCH-BAG', taxable: true },
  {
    name: 'Concrete',
    type: 'NonInventory',
    price: 12.75,
    sku: 'CONC-BAG',
    taxable: true,
    description: 'Concrete for fountain installation',
  },
  {
    name: 'Lighting',
    type: 'NonInventory',
    price: 45,
    taxable: true,
    description: 'Garden lighting',
  },
  {
    name: 'Legacy Maintenance Plan',
    type: 'Service',
    price: 99,
    sku: 'OLD-MNT',
    taxable: false,
    active: false,
  },
  {
    name: 'Discontinued Lamp',
    type: 'NonInventory',
    price: 19.99,
    sku: 'OLD-LAMP',
    taxable: true,
    active: false,
  },
];

const GB_ITEMS: ItemSpec[] = [
  { name: 'Studio Services', type: 'Category' },
  {
    name: 'Services',
    type: 'Service',
    price: 0,
    vatCode: '20.0% S',
    description: 'General services',
  },
  {
    name: 'Brand Strategy Workshop',
    type: 'Service',
    price: 1200,
    sku: 'WS-BRAND',
    vatCode: '20.0% S',
  },
  {
    name: 'Design Hour',
    type: 'Service',
    price: 85,
    sku: 'HR-DES',
    vatCode: '20.0% S',
    description: 'Design, per hour',
  },
  { name: 'Photography Day Rate', type: 'Service', price: 650, sku: 'PH-DAY', vatCode: '20.0% S' },
  {
    name: 'Copywriting',
    type: 'Service',
    price: 70,
    sku: 'HR-COPY',
    vatCode: '20.0% S',
    description: 'Copywriting, per hour',
  },
  {
    name: 'Training Course',
    type: 'Service',
    price: 300,
    sku: 'TRN-1D',
    vatCode: 'Exempt',
    description: 'One-day accredited training',
  },
  {
    name: 'Printed Brochures (100)',
    type: 'Inventory',
    price: 180,
    sku: 'PRT-BR100',
    vatCode: '0.0% Z',
    qty: 40,
  },
  {
    name: 'Art Prints A3',
    type: 'Inventory',
    price: 25,
    sku: 'PRT-A3',
    vatCode: '20.0% S',
    qty: 120,
  },
  {
    name: "Children's Car Seat Covers",
    type: 'NonInventory',
    price: 40,
    sku: 'CSC-01',
    vatCode: '5.0% R',
  },
  {
    name: 'Domestic Energy Audit',
    type: 'NonInventory',
    price: 150,
    sku: 'NRG-AUD',
    vatCode: '5.0% R',
  },
  { name: 'Hosting (monthly)', type: 'NonInventory', price: 29, sku: 'HOST-M', vatCode: '20.0% S' },
  {
    name: 'Old Retainer',
    type: 'Service',
    price: 500,
    sku: 'OLD-RET',
    vatCode: '20.0% S',
    active: false,
  },
];

function at(date: string, hourUtc: number): Date {
  return new Date(`${date}T${String(hourUtc).padStart(2, '0')}:00:00Z`);
}

class Builder {
  constructor(
    readonly store: RealmStore,
    readonly refs: CompanyRefs,
    readonly today: string,
    readonly clockNow: Date,
  ) {}

  ctx(now: Date): RuleContext {
    const clamped = now.getTime() > this.clockNow.getTime() ? this.clockNow : now;
    return { realm: this.store, now: clamped, include: new Set() };
  }

  create(entity: EntityName, body: Obj, date: string): QboEntity {
    return createEntity(this.ctx(at(date, 16)), entity, body);
  }

  deactivate(entity: EntityName, e: QboEntity, date: string): QboEntity {
    return updateEntity(this.ctx(at(date, 17)), entity, {
      Id: e.Id,
      SyncToken: e.SyncToken,
      sparse: true,
      Active: false,
    });
  }
}

function seedNames(
  b: Builder,
  customers: DemoCustomer[],
  vendors: string[],
  employees: Array<[string, string]>,
  prng: Prng,
): QboEntity[] {
  const start = addDays(b.today, -300);
  vendors.forEach((v, i) =>
    b.create(
      'Vendor',
      {
        DisplayName: v,
        CompanyName: v,
        PrimaryEmailAddr: { Address: `billing${i}@vendor.example` },
      },
      start,
    ),
  );
  employees.forEach(([given, family]) =>
    b.create('Employee', { GivenName: given, FamilyName: family }, start),
  );
  const terms = [
    b.refs.terms.net30,
    b.refs.terms.net15,
    b.refs.terms.net30,
    b.refs.terms.receipt,
    b.refs.terms.net60,
    b.refs.terms.dayOfMonth,
  ];
  return customers.map((c, i) => {
    const body: Obj = {
      DisplayName: c.displayName,
      ...(c.company ? { CompanyName: c.company } : {}),
      ...(c.given ? { GivenName: c.given } : {}),
      ...(c.family ? { FamilyName: c.family } : {}),
      ...(c.email ? { PrimaryEmailAddr: { Address: c.email } } : {}),
      PrimaryPhone: { FreeFormNumber: `(555) 555-${String(1000 + i * 37).slice(-4)}` },
      BillAddr: {
        Line1: `${100 + prng.int(1, 899)} ${prng.pick(['Main St', 'High Street', 'Oak Ave', 'Station Road', 'Market Sq'])}`,
        City: c.city,
        ...(c.region ? { CountrySubDivisionCode: c.region } : {}),
        PostalCode: c.postal,
      },
      Notes: i % 7 === 0 ? 'Prefers invoices by email.' : undefined,
      ...(i % 4 === 1 ? { SalesTermRef: { value: prng.pick(terms) } } : {}),
      ...(c.currency ? { CurrencyRef: { value: c.currency } } : {}),
    };
    if (body.Notes === undefined) delete body.Notes;
    const created = b.create('Customer', body, addDays(start, i));
    return c.active === false ? b.deactivate('Customer', created, addDays(start, i + 30)) : created;
  });
}

function seedItems(b: Builder, items: ItemSpec[], global: boolean): QboEntity[] {
  const date = addDays(b.today, -320);
  const a = b.refs.accounts;
  const created = items.map((spec) => {
    const body: Obj = { Name: spec.name, Type: spec.type };
    if (spec.type !== 'Category') {
      body.UnitPrice = spec.price ?? 0;
      body.IncomeAccountRef = { value: spec.type === 'Service' ? a.services : a.income };
      if (spec.sku) body.Sku = spec.sku;
      if (spec.description) body.Description = spec.description;
      if (!global) body.Taxable = spec.taxable ?? false;
      if (global && spec.vatCode)
        body.SalesTaxCodeRef = { value: b.refs.taxCodes[spec.vatCode] ?? '' };
      body.PurchaseCost = Math.round((spec.price ?? 0) * 45) / 100;
    }
    if (spec.type === 'Inventory') {
      body.AssetAccountRef = { value: a.inventory };
      body.ExpenseAccountRef = { value: a.cogs };
      body.QtyOnHand = spec.qty ?? 0;
      body.InvStartDate = date;
    }
    const item = b.create('Item', body, date);
    return spec.active === false ? b.deactivate('Item', item, addDays(date, 60)) : item;
  });
  const parts = created
    .filter((i) => i.Type === 'Service' && i.Active !== false && i.Name !== 'Services')
    .slice(0, 2);
  const group = b.create(
    'Item',
    {
      Name: global ? 'Launch Package' : 'Garden Starter Kit',
      Type: 'Group',
      Sku: global ? 'PKG-LAUNCH' : 'KIT-GARDEN',
      ItemGroupDetail: {
        ItemGroupLine: parts.map((p) => ({ ItemRef: { value: p.Id, name: p.Name }, Qty: 1 })),
      },
    },
    date,
  );
  return [...created, group];
}

interface InvoicePlan {
  status: Status;
  date: string;
  customer: QboEntity;
}

function plans(b: Builder, customers: QboEntity[], count: number, prng: Prng): InvoicePlan[] {
  const active = customers.filter((c) => c.Active !== false);
  const withEmail = active.filter((c) => c.PrimaryEmailAddr !== undefined);
  const out: InvoicePlan[] = [];
  for (let i = 0; i < count; i++) {
    const status = STATUS_CYCLE[i % STATUS_CYCLE.length] ?? 'draft';
    const needsEmail = status !== 'draft' && status !== 'voided';
    const customer = prng.pick(needsEmail ? withEmail : active);
    const back =
      status === 'overdue'
        ? prng.int(45, 85)
        : status === 'paid' || status === 'voided'
          ? prng.int(20, 85)
          : prng.int(0, 14);
    out.push({ status, date: addDays(b.today, -back), customer });
  }
  return out.sort((x, y) => x.date.localeCompare(y.date));
}

function playInvoice(b: Builder, plan: InvoicePlan, invoiceBody: Obj, prng: Prng): void {
  const body: Obj = {
    ...invoiceBody,
    TxnDate: plan.date,
    CustomerRef: { value: plan.customer.Id },
  };
  if (
    plan.status === 'overdue' ||
    plan.status === 'sent' ||
    plan.status === 'partial' ||
    plan.status === 'paid'
  )
    body.SalesTermRef = { value: b.refs.terms.net30 };
  if (plan.status === 'needToSend') body.EmailStatus = 'NeedToSend';
  const inv = b.create('Invoice', body, plan.date);
  const sendDate = plan.date;
  const sentStatuses: Status[] = ['sent', 'partial', 'paid', 'overdue'];
  if (sentStatuses.includes(plan.status)) sendInvoice(b.ctx(at(sendDate, 18)), inv.Id, undefined);
  const total = Number(inv.TotalAmt);
  const rate = Number(inv.ExchangeRate ?? 1);
  const pay = (amount: number, date: string): void => {
    const payBody: Obj = {
      CustomerRef: { value: plan.customer.Id },
      TotalAmt: amount,
      TxnDate: date,
      PaymentRefNum: String(prng.int(1000, 9999)),
      Line: [{ Amount: amount, LinkedTxn: [{ TxnId: inv.Id, TxnType: 'Invoice' }] }],
    };
    if (rate !== 1) payBody.ExchangeRate = rate;
    createEntity(b.ctx(at(date, 20)), 'Payment', payBody);
  };
  const payDate = addDays(plan.date, prng.int(3, 15));
  const safePayDate = payDate > b.today ? b.today : payDate;
  if (plan.status === 'paid') pay(total, safePayDate);
  if (plan.status === 'partial') pay(Math.round(total * 40) / 100, safePayDate);
  if (plan.status === 'voided') {
    const fresh = b.store.get('Invoice', inv.Id);
    if (fresh)
      voidEntity(
        b.ctx(at(addDays(plan.date, 1) > b.today ? b.today : addDays(plan.date, 1), 19)),
        'Invoice',
        { Id: fresh.Id, SyncToken: fresh.SyncToken },
      );
  }
}

function saleable(items: QboEntity[]): QboEntity[] {
  return items.filter(
    (i) =>
      i.Active !== false &&
      ['Service', 'Inventory', 'NonInventory'].includes(String(i.Type)) &&
      i.Name !== 'Services',
  );
}

export function seedUsDemo(now: Date, onChange: (e: ChangeEvent) => void): RealmStore {
  const { store, refs } = createCompany(
    {
      realmId: DEMO_REALMS.us,
      country: 'US',
      companyName: 'Cedar & Pine Landscaping (Demo US)',
      customTxnNumbers: false,
      multiCurrency: false,
    },
    new Date(now.getTime() - 400 * 86_400_000),
    onChange,
  );
  const b = new Builder(store, refs, qboDate(now), now);
  const prng = createPrng(20_240_611);
  const customers = seedNames(b, US_CUSTOMERS, US_VENDORS, US_EMPLOYEES, prng);
  const items = saleable(seedItems(b, US_ITEMS, false));
  for (const plan of plans(b, customers, 36, prng)) {
    const lineCount = prng.int(1, 4);
    const Line: Obj[] = [];
    for (let l = 0; l < lineCount; l++) {
      const item = prng.pick(items);
      const qty = prng.int(1, 12);
      const price = Number(item.UnitPrice);
      Line.push({
        DetailType: 'SalesItemLineDetail',
        Amount: Math.round(qty * price * 100) / 100,
        Description: typeof item.Description === 'string' ? item.Description : String(item.Name),
        SalesItemLineDetail: {
          ItemRef: { value: item.Id },
          Qty: qty,
          UnitPrice: price,
          TaxCodeRef: { value: item.Taxable === true ? 'TAX' : 'NON' },
          ServiceDate: plan.date,
        },
      });
    }
    if (prng.chance(0.2))
      Line.push({
        DetailType: 'DiscountLineDetail',
        Amount: 0,
        DiscountLineDetail: { PercentBased: true, DiscountPercent: 10 },
      });
    const region = (plan.customer.BillAddr as Obj | undefined)?.CountrySubDivisionCode;
    const taxCode =
      region === 'CA'
        ? refs.taxCodes.California
        : region === 'AZ'
          ? refs.taxCodes.Tucson
          : refs.taxCodes['Out of state'];
    playInvoice(
      b,
      plan,
      {
        Line,
        TxnTaxDetail: { TxnTaxCodeRef: { value: taxCode ?? '' } },
        CustomerMemo: { value: 'Thank you for your business and have a great day!' },
      },
      prng,
    );
  }
  return store;
}

function seedRates(b: Builder, prng: Prng): void {
  for (let back = 120; back >= 0; back--) {
    const date = addDays(b.today, -back);
    const eur = 0.84 + prng.int(0, 300) / 10_000;
    const usd = 0.77 + prng.int(0, 400) / 10_000;
    for (const [code, rate] of [
      ['EUR', eur],
      ['USD', usd],
    ] as const)
      b.store.insert(
        'ExchangeRate',
        {
          SourceCurrencyCode: code,
          TargetCurrencyCode: 'GBP',
          Rate: Math.round(rate * 10_000) / 10_000,
          AsOfDate: date,
        },
        at(date, 8),
        { silent: true },
      );
  }
}

export function seedGlobalDemo(now: Date, onChange: (e: ChangeEvent) => void): RealmStore {
  const { store, refs } = createCompany(
    {
      realmId: DEMO_REALMS.global,
      country: 'GB',
      companyName: 'Thames & Co Studio Ltd (Demo UK)',
      customTxnNumbers: true,
      multiCurrency: true,
      currencies: ['EUR', 'USD'],
    },
    new Date(now.getTime() - 400 * 86_400_000),
    onChange,
  );
  const b = new Builder(store, refs, qboDate(now), now);
  const prng = createPrng(20_250_301);
  seedRates(b, prng);
  const customers = seedNames(b, GB_CUSTOMERS, GB_VENDORS, GB_EMPLOYEES, prng);
  const items = saleable(seedItems(b, GB_ITEMS, true));
  plans(b, customers, 42, prng).forEach((plan, i) => {
    const Line: Obj[] = [];
    const lineCount = prng.int(1, 3);
    for (let l = 0; l < lineCount; l++) {
      const item = prng.pick(items);
      const qty = prng.int(1, 6);
      const price = Number(item.UnitPrice);
      Line.push({
        DetailType: 'SalesItemLineDetail',
        Amount: Math.round(qty * price * 100) / 100,
        Description: typeof item.Description === 'string' ? item.Description : String(item.Name),
        SalesItemLineDetail: {
          ItemRef: { value: item.Id },
          Qty: qty,
          UnitPrice: price,
          TaxCodeRef: {
            value: (item.SalesTaxCodeRef as Obj | undefined)?.value ?? refs.taxCodes['20.0% S'],
          },
        },
      });
    }
    if (prng.chance(0.15))
      Line.push({
        DetailType: 'DiscountLineDetail',
        Amount: 0,
        DiscountLineDetail: { PercentBased: true, DiscountPercent: 5 },
      });
    const currency = (plan.customer.CurrencyRef as Obj | undefined)?.value;
    const body: Obj = {
      DocNumber: `INV-${String(i + 1).padStart(4, '0')}`,
      Line,
      GlobalTaxCalculation: i % 9 === 4 ? 'TaxInclusive' : 'TaxExcluded',
      CustomerMemo: {
        value:
          'Thank you for your custom. Payment by bank transfer to the account on this invoice.',
      },
    };
    if (currency && currency !== 'GBP') {
      const rate = store
        .list('ExchangeRate')
        .filter((r) => r.SourceCurrencyCode === currency && String(r.AsOfDate) <= plan.date)
        .sort((x, y) => String(y.AsOfDate).localeCompare(String(x.AsOfDate)))[0];
      body.CurrencyRef = { value: currency };
      body.ExchangeRate = rate ? Number(rate.Rate) : 1;
    }
    playInvoice(b, plan, body, prng);
  });
  return store;
}
