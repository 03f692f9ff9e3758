import {
  Alert,
  Button,
  DescriptionListItem,
  EmptyState,
  Input,
  Link,
  LoadingButton,
  Panel,
  StatisticsItem,
  StatusTag,
  TableRow,
  Text,
} from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { describe, expect, it } from 'vitest';
import type { InvoiceDetail, InvoiceSummary } from '@qbo-invoicing/contract';
import { InvoicesCardView } from '../../src/app/cards/components/InvoicesCardView';
import { failure, listed, ok, scriptedCall } from '../support/fake-call';
import { inSpanish } from '../support/languages';
import { allText } from '../support/ui';

/** The card as a Spanish-speaking rep meets it: the words in Spanish, numbers and dates theirs. */

const invoice = (overrides: Partial<InvoiceSummary> = {}): InvoiceSummary => ({
  realmId: '9130',
  invoiceId: '145',
  number: '1037',
  customerName: 'Sonnenschein Family Store',
  currency: 'USD',
  total: '1250.00',
  balance: '1250.00',
  txnDate: '2026-11-02',
  dueDate: '2026-12-01',
  status: 'AWAITING_SEND',
  daysOverdue: null,
  lastUpdated: '2026-11-28T10:00:00.000Z',
  confirmedAt: '2026-11-28T10:00:00.000Z',
  ...overrides,
});

const detail = (overrides: Partial<InvoiceDetail> = {}): InvoiceDetail => ({
  invoice: invoice({ status: 'PARTIALLY_PAID', balance: '1240.00' }),
  companyName: 'Cedar & Pine Landscaping',
  customer: { id: '58', name: 'Sonnenschein Family Store', email: 'ana@sonnenschein.example' },
  billEmail: 'billing@sonnenschein.example',
  terms: 'Net 30',
  lines: [
    {
      description: 'Hedge trimming',
      item: 'Gardening',
      quantity: '2',
      unitPrice: '625.00',
      amount: '1250.00',
      taxCode: 'NON',
    },
  ],
  subtotal: '1250.00',
  tax: null,
  discount: null,
  payments: [
    { id: '901', date: '2026-11-28', amount: '10.00', method: 'Check', reference: '4411' },
  ],
  message: null,
  emailStatus: 'NotSet',
  quickBooksUrl: 'https://app.sandbox.qbo.intuit.com/app/invoice?txnId=145',
  paymentLink: null,
  ...overrides,
});

/** Intl separates an amount from its currency with no-break spaces; a reader sees spaces. */
const plain = (text: string) => text.replace(/\s+/g, ' ');

function renderCard(
  script: Parameters<typeof scriptedCall>[0],
  locale = 'es-ES',
  timeZone = 'Europe/Madrid',
  objectType: 'deals' | 'contacts' = 'deals',
) {
  const renderer = createRenderer('crm.record.sidebar');
  const fake = scriptedCall(script);
  renderer.render(
    inSpanish(
      <InvoicesCardView
        objectType={objectType}
        timeZone={timeZone}
        call={fake.call}
        settingsUrl="https://app.hubspot.com/integrations-settings/123/installed/framework/456/general-settings"
      />,
      'card',
      locale,
      timeZone,
    ),
  );
  return { ...renderer, calls: fake.calls };
}

describe('the card in Spanish: the first run', () => {
  it('before setup: one next step, a link to the app’s settings, and no Link button', async () => {
    const { waitFor, find, findAll, maybeFind } = renderCard({
      'invoices.listForRecord': failure({
        code: 'NOT_SET_UP',
        message: 'La aplicación aún no está instalada.',
        retryable: false,
      }),
    });
    await waitFor(() =>
      expect(find(EmptyState).props.title).toBe(
        'La facturación con QuickBooks aún no está instalada',
      ),
    );
    expect(allText(find(EmptyState))).toContain('pestaña Instalación');
    const link = find(Link, { testId: 'open-settings' });
    expect(link.text).toBe('Abrir la configuración de la aplicación');
    expect(link.props.href).toEqual({
      url: 'https://app.hubspot.com/integrations-settings/123/installed/framework/456/general-settings',
      external: false,
    });
    expect(findAll(Button)).toHaveLength(0);
    expect(maybeFind(Button, { testId: 'link-invoice-button' })).toBeNull();
  });

  it('with no QuickBooks company connected: who connects one, where, and no Link button', async () => {
    const { waitFor, find, maybeFind } = renderCard({
      'invoices.listForRecord': listed([], { companies: 'none' }),
    });
    await waitFor(() =>
      expect(find(Alert).props.title).toBe('No hay ninguna empresa de QuickBooks conectada'),
    );
    expect(allText(find(Alert))).toContain('pestaña Conexiones');
    expect(find(Link, { testId: 'open-settings' }).text).toBe(
      'Abrir la configuración de la aplicación',
    );
    expect(maybeFind(Button, { testId: 'link-invoice-button' })).toBeNull();
  });

  it('with no QuickBooks company connected, linking says who connects one and where', async () => {
    const { waitFor, find } = renderCard(
      {
        'invoices.listForRecord': listed([]),
        'links.suggest': ok({ companies: [], realmId: null, suggestions: [] }),
      },
      'es-MX',
      'America/Mexico_City',
      'contacts',
    );
    await waitFor(() =>
      expect(find(EmptyState).props.title).toBe('Aún no hay facturas de QuickBooks'),
    );
    const button = find(Button, { testId: 'link-invoice-button' });
    expect(button.text).toBe('Vincular factura existente');
    button.props.overlay!.find(Panel).trigger('onOpen');
    const panel = () => find(Button, { testId: 'link-invoice-button' }).props.overlay!;
    await waitFor(() =>
      expect(panel().find(EmptyState).props.title).toBe(
        'No hay ninguna empresa de QuickBooks conectada',
      ),
    );
    expect(allText(panel().find(EmptyState))).toContain(
      'Un administrador conecta las empresas de QuickBooks en la página de configuración',
    );
    expect(panel().find(LoadingButton, { testId: 'link-confirm' }).text).toBe('Vincular factura');
  });
});

describe('the list in Spanish', () => {
  const invoices = [
    invoice(),
    invoice({
      invoiceId: '146',
      number: null,
      status: 'OVERDUE',
      daysOverdue: 3,
      currency: 'EUR',
      total: '12500.50',
      balance: '12500.50',
    }),
    invoice({ invoiceId: '147', number: '1039', status: 'OVERDUE', daysOverdue: 1 }),
    invoice({ invoiceId: '148', number: '1040', status: 'PAID', balance: '0.00' }),
  ];
  const totals = [
    { currency: 'EUR', billed: '12500.50', outstanding: '12500.50', overdue: '12500.50', count: 1 },
    { currency: 'USD', billed: '3750.00', outstanding: '2500.00', overdue: '1250.00', count: 3 },
  ];

  it('in es-ES: statuses, overdue days, money and dates as Spain writes them', async () => {
    const { waitFor, find, findAll } = renderCard({
      'invoices.listForRecord': listed(invoices, { totals }),
    });
    await waitFor(() => expect(findAll(StatusTag)).toHaveLength(4));
    expect(findAll(StatusTag).map((tag) => tag.text)).toEqual([
      'Pendiente de envío',
      'Vencida · 3 días',
      'Vencida · 1 día',
      'Pagada en su totalidad',
    ]);
    const [header, first, second] = findAll(TableRow);
    expect(allText(header)).toBe('Factura Saldo / total Vencimiento Estado');
    expect(plain(allText(first))).toContain('1250,00 US$ de 1250,00 US$');
    expect(allText(first)).toContain('1 dic 2026');
    expect(plain(allText(second))).toContain('#146');
    expect(plain(allText(second))).toContain('12.500,50 € de 12.500,50 €');
    expect(
      findAll(StatisticsItem).map((item) => [item.props.label, plain(String(item.props.number))]),
    ).toEqual([
      ['Facturado (EUR)', '12.500,50 €'],
      ['Pendiente (EUR)', '12.500,50 €'],
      ['Vencido (EUR)', '12.500,50 €'],
      ['Facturado (USD)', '3750,00 US$'],
      ['Pendiente (USD)', '2500,00 US$'],
      ['Vencido (USD)', '1250,00 US$'],
    ]);
    expect(find(Button, { testId: 'link-invoice-button' }).text).toBe('Vincular factura existente');
  });

  it('in es-MX: the same words, Mexico’s number formats', async () => {
    const { waitFor, findAll } = renderCard(
      { 'invoices.listForRecord': listed(invoices.slice(0, 2), { totals: [totals[1]!] }) },
      'es-MX',
      'America/Mexico_City',
    );
    await waitFor(() => expect(findAll(StatusTag)).toHaveLength(2));
    const [, first, second] = findAll(TableRow);
    expect(plain(allText(first))).toContain('USD 1,250.00 de USD 1,250.00');
    expect(allText(first)).toContain('1 dic 2026');
    expect(plain(allText(second))).toContain('EUR 12,500.50');
    // One currency: its statistics need not name it.
    expect(findAll(StatisticsItem).map((item) => item.props.label)).toEqual([
      'Facturado',
      'Pendiente',
      'Vencido',
    ]);
  });

  it('marks saved values as stale, with the last confirmation in the portal’s time zone', async () => {
    const stale = (confirmedAt: string | null) => ({
      realmId: '9130',
      companyName: 'Cedar & Pine Landscaping',
      state: 'stale' as const,
      confirmedAt,
      reason: 'QuickBooks (Cedar & Pine Landscaping) no respondió a tiempo.',
    });
    const madrid = renderCard({
      'invoices.listForRecord': listed([invoice()], {
        freshness: [stale('2026-11-28T15:05:00.000Z')],
      }),
    });
    await madrid.waitFor(() => expect(madrid.find(Alert)).toBeDefined());
    expect(madrid.find(Alert).props.title).toBe(
      'Cedar & Pine Landscaping: se muestran los valores guardados',
    );
    expect(plain(allText(madrid.find(Alert)))).toContain('no respondió a tiempo.');
    expect(plain(allText(madrid.find(Alert)))).toContain(
      'Última confirmación: 28 nov 2026, 16:05.',
    );

    const mexico = renderCard(
      { 'invoices.listForRecord': listed([invoice()], { freshness: [stale(null)] }) },
      'es-MX',
      'America/Mexico_City',
    );
    await mexico.waitFor(() => expect(mexico.find(Alert)).toBeDefined());
    expect(allText(mexico.find(Alert))).toContain(
      'No se han confirmado con QuickBooks desde que se vincularon.',
    );
  });
});

describe('the preview and sending in Spanish', () => {
  function openPreview(script: Parameters<typeof scriptedCall>[0]) {
    const renderer = renderCard({ 'invoices.listForRecord': listed([invoice()]), ...script });
    const panel = () => renderer.find(Button, { testId: 'open-invoice-9130-145' }).props.overlay!;
    const open = async () => {
      await renderer.waitFor(() =>
        expect(renderer.find(Button, { testId: 'open-invoice-9130-145' })).toBeDefined(),
      );
      panel().find(Panel).trigger('onOpen');
      await renderer.waitFor(() =>
        expect(panel().find(Button, { testId: 'preview-send' })).toBeDefined(),
      );
    };
    return { ...renderer, panel, open };
  }

  it('shows the invoice with Spanish labels, the rep’s formats and its status', async () => {
    const { panel, open } = openPreview({ 'invoices.preview': ok(detail()) });
    await open();
    expect(panel().find(Panel).props.title).toBe('Factura de QuickBooks');
    const body = plain(allText(panel().find(Panel)));
    for (const text of [
      'Factura 1037 Pago parcial',
      '2 nov 2026 1 dic 2026 Net 30',
      'Producto o servicio Cant. Tarifa Importe',
      'Impuesto: NON',
      '625,00 US$',
      '1250,00 US$ 1240,00 US$ Pagos',
      '28 nov 2026 10,00 US$ Check · ref. 4411',
      'Abrir en QuickBooks',
      'QuickBooks solo da un enlace de pago al cliente',
    ]) {
      expect(body).toContain(text);
    }
    expect(panel().find(Alert).props.title).toBe('Sin enlace de pago');
    expect(
      panel()
        .findAll(DescriptionListItem)
        .map((item) => item.props.label),
    ).toEqual([
      'Cliente',
      'Empresa de QuickBooks',
      'Fecha de la factura',
      'Vencimiento',
      'Condiciones de pago',
      'Subtotal',
      'Total',
      'Saldo pendiente',
    ]);
    expect(panel().find(Button, { testId: 'preview-unlink' }).text).toBe('Desvincular');
    expect(panel().find(Button, { testId: 'preview-refresh' }).text).toBe('Actualizar');
  });

  it('asks before unlinking, naming the record in Spanish', async () => {
    const { panel, open } = openPreview({ 'invoices.preview': ok(detail()) });
    await open();
    panel().find(Button, { testId: 'preview-unlink' }).trigger('onClick');
    expect(panel().find(Alert).props.title).toBe('¿Desvincular la factura 1037 de este negocio?');
    expect(panel().find(LoadingButton, { testId: 'unlink-confirm' }).text).toBe(
      'Desvincular de este negocio',
    );
    expect(panel().find(Button, { testId: 'unlink-cancel' }).text).toBe('Cancelar');
  });

  it('sends: the form, the address check and a failure, all in Spanish', async () => {
    const { panel, open, waitFor } = openPreview({
      'invoices.preview': ok(detail({ emailStatus: 'EmailSent' })),
      'invoices.send': failure({
        code: 'QUICKBOOKS_REJECTED',
        message: 'QuickBooks rechazó el envío.',
        fix: 'Revisa la configuración de correo electrónico de la empresa en QuickBooks.',
        retryable: false,
      }),
    });
    await open();
    panel().find(Button, { testId: 'preview-send' }).trigger('onClick');
    expect(allText(panel().find(Text))).toContain(
      'QuickBooks envía por correo electrónico la factura 1037',
    );
    expect(panel().find(Alert).props.title).toBe('Ya enviada');
    const to = () => panel().find(Input, { testId: 'send-to' });
    expect(to().props.label).toBe('Enviar a');
    expect(to().props.description).toBe(
      'El correo electrónico de facturación de la factura es billing@sonnenschein.example.',
    );
    to().trigger('onInput', 'ana@' as never);
    expect(to().props.validationMessage).toBe(
      'Escribe una dirección de correo electrónico, como ana@example.com',
    );
    to().trigger('onInput', 'ana@sonnenschein.example' as never);
    const confirm = panel().find(LoadingButton, { testId: 'send-confirm' });
    expect(confirm.text).toBe('Enviar de nuevo');
    confirm.trigger('onClick');
    await waitFor(() =>
      expect(panel().find(Alert, { variant: 'error' }).props.title).toBe('La factura no se envió'),
    );
    expect(allText(panel().find(Alert, { variant: 'error' }))).toContain(
      'QuickBooks rechazó el envío. Revisa la configuración',
    );
  });
});
