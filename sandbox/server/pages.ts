/**
 * The sandbox's HTML pages: an index of the demo portal's records, a record page per deal,
 * contact and company (the record's properties beside the card, as in HubSpot's record view) and
 * the app's settings page. The user's locale and time zone come from the query string.
 */
import type { SandboxContext } from '../protocol';
import { workerFile, type ExtensionMeta } from './extensions';

export const objectTypes = {
  deals: { id: '0-3', singular: 'Deal', nameProperty: 'dealname' },
  contacts: { id: '0-1', singular: 'Contact', nameProperty: 'email' },
  companies: { id: '0-2', singular: 'Company', nameProperty: 'name' },
} as const;
export type ObjectTypeName = keyof typeof objectTypes;

/** The properties the record page shows beside the card (the app's deal properties included). */
export const shownProperties: Record<ObjectTypeName, Array<{ name: string; label: string }>> = {
  deals: [
    { name: 'dealname', label: 'Deal name' },
    { name: 'amount', label: 'Amount' },
    { name: 'deal_currency_code', label: 'Currency' },
    { name: 'dealstage', label: 'Deal stage' },
    { name: 'closedate', label: 'Close date' },
    { name: 'qbo_invoice_number', label: 'Invoice number' },
    { name: 'qbo_invoice_status', label: 'Invoice status' },
    { name: 'qbo_invoice_amount_billed', label: 'Invoice amount billed' },
    { name: 'qbo_invoice_recipient', label: 'Invoice recipient' },
    { name: 'qbo_invoice_due_date', label: 'Invoice due date' },
  ],
  contacts: [
    { name: 'firstname', label: 'First name' },
    { name: 'lastname', label: 'Last name' },
    { name: 'email', label: 'Email' },
    { name: 'phone', label: 'Phone number' },
  ],
  companies: [
    { name: 'name', label: 'Company name' },
    { name: 'domain', label: 'Company domain name' },
    { name: 'country', label: 'Country/Region' },
    { name: 'city', label: 'City' },
  ],
};

export interface Viewer {
  locale: string;
  timeZone: string;
}

/** The product speaks English and Spanish (es-ES and es-MX show each country's formats); other locales fall back to English. */
export const locales = ['en-US', 'en-GB', 'es-ES', 'es-MX', 'fr-FR', 'de-DE', 'ja-JP'];
export const timeZones = [
  'America/New_York',
  'America/Los_Angeles',
  'America/Mexico_City',
  'Europe/London',
  'Europe/Paris',
  'Europe/Madrid',
  'Asia/Tokyo',
  'UTC',
];

const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/** JSON inside a <script>: `<` escaped so no value can close the tag. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

function withViewer(path: string, viewer: Viewer): string {
  return `${path}?${new URLSearchParams({ locale: viewer.locale, timeZone: viewer.timeZone }).toString()}`;
}

function layout(title: string, viewer: Viewer, body: string, script?: unknown): string {
  const options = (values: string[], current: string) =>
    values
      .map(
        (v) =>
          `<option value="${escape(v)}"${v === current ? ' selected' : ''}>${escape(v)}</option>`,
      )
      .join('');
  return `<!doctype html>
<html lang="${escape(viewer.locale)}">
<head>
<meta charset="utf-8">
<title>${escape(title)} · QuickBooks invoicing sandbox</title>
<link rel="stylesheet" href="/assets/styles.css">
</head>
<body>
<nav class="sandbox-nav">
  <a class="sandbox-nav__home" href="${escape(withViewer('/', viewer))}">HubSpot sandbox</a>
  <span class="sandbox-nav__note">offline: HubSpot and QuickBooks are emulated</span>
  <form class="sandbox-nav__viewer" method="get">
    <label>Locale <select name="locale" data-testid="viewer-locale" onchange="this.form.submit()">${options(locales, viewer.locale)}</select></label>
    <label>Time zone <select name="timeZone" data-testid="viewer-time-zone" onchange="this.form.submit()">${options(timeZones, viewer.timeZone)}</select></label>
  </form>
</nav>
<main class="sandbox-main">
${body}
</main>
${script === undefined ? '' : `<script>window.__SANDBOX__ = ${scriptJson(script)};</script>\n<script type="module" src="/assets/page.js"></script>`}
</body>
</html>`;
}

export function indexPage(
  viewer: Viewer,
  records: Record<ObjectTypeName, Array<{ id: string; name: string }>>,
): string {
  const section = (type: ObjectTypeName, heading: string) => `
  <section class="sandbox-index__section">
    <h2>${heading}</h2>
    <ul>${records[type]
      .map(
        (r) =>
          `<li><a href="${escape(withViewer(`/record/${type}/${r.id}`, viewer))}" data-testid="${type}-${escape(r.id)}">${escape(r.name)}</a></li>`,
      )
      .join('')}</ul>
  </section>`;
  return layout(
    'Index',
    viewer,
    `<h1>QuickBooks Online invoicing for HubSpot</h1>
  <p>Every screen of the app, running the real extension files against the emulators.</p>
  <p><a href="${escape(withViewer('/settings', viewer))}" data-testid="settings-page-link">App settings</a>: connect QuickBooks companies and run setup (do this first).</p>
  <div class="sandbox-index">${section('deals', 'Deals')}${section('contacts', 'Contacts')}${section('companies', 'Companies')}</div>`,
  );
}

export function contextFor(
  extension: ExtensionMeta,
  viewer: Viewer,
  portalId: number,
  record: { objectTypeId: string; objectId: string } | null,
): SandboxContext {
  return {
    location: extension.kind === 'card' ? 'crm.record.sidebar' : 'settings',
    ...(record
      ? { crm: { objectTypeId: record.objectTypeId, objectId: Number(record.objectId) } }
      : {}),
    user: {
      id: 1,
      email: 'rep@example.com',
      emails: ['rep@example.com'],
      firstName: 'Sandbox',
      lastName: 'User',
      locale: viewer.locale,
      teams: [],
    },
    portal: { id: portalId, timezone: viewer.timeZone, dataHostingLocation: 'na1' },
    extension: {
      appId: 1,
      appName: 'QuickBooks Online invoicing',
      ...(extension.kind === 'card' ? { cardTitle: extension.title } : {}),
    },
  };
}

/** The page's worker bundles and contexts, one per extension. */
function extensionConfigs(
  extensions: ExtensionMeta[],
  viewer: Viewer,
  portalId: number,
  record: { objectTypeId: string; objectId: string } | null,
) {
  return extensions.map((extension) => ({
    uid: extension.uid,
    workerUrl: `/assets/${workerFile(extension)}`,
    title: extension.title,
    context: contextFor(extension, viewer, portalId, record),
  }));
}

/** A record with every card configured on its type, in the sidebar's column. */
export function recordPage(
  viewer: Viewer,
  cards: ExtensionMeta[],
  portalId: number,
  type: ObjectTypeName,
  record: { id: string; name: string },
): string {
  const objectTypeId = objectTypes[type].id;
  const extensions = extensionConfigs(cards, viewer, portalId, {
    objectTypeId,
    objectId: record.id,
  });
  const config = {
    context: extensions[0]?.context,
    extensions,
    record: { objectTypeId, objectId: record.id, properties: shownProperties[type] },
  };
  return layout(
    record.name,
    viewer,
    `<header class="sandbox-record-header"><span class="sandbox-record-header__type">${objectTypes[type].singular}</span><h1 data-testid="record-name">${escape(record.name)}</h1></header>
  <div class="sandbox-record-layout" id="sandbox-root"></div>`,
    config,
  );
}

export function settingsPage(viewer: Viewer, settings: ExtensionMeta, portalId: number): string {
  const extensions = extensionConfigs([settings], viewer, portalId, null).map((extension) => ({
    ...extension,
    title: 'QuickBooks Online invoicing',
  }));
  const config = { context: extensions[0]?.context, extensions, record: null };
  return layout(
    'Settings',
    viewer,
    `<header class="sandbox-record-header"><span class="sandbox-record-header__type">Connected apps</span><h1>QuickBooks Online invoicing</h1></header>
  <div class="sandbox-settings-layout" id="sandbox-root"></div>`,
    config,
  );
}

export function messagePage(viewer: Viewer, title: string, message: string): string {
  return layout(title, viewer, `<h1>${escape(title)}</h1><p>${escape(message)}</p>`);
}
