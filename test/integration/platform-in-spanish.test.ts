/**
 * The platform layers (connections, setup, the QuickBooks and HubSpot adapters, the OAuth callback
 * page) answer in the caller's language: each call carries the user's locale, as the extensions
 * send it, and the same failure reads in English for an English caller.
 */
import axios from 'axios';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { functionUids, operations, type OperationName } from '@qbo-invoicing/contract';
import { startHubSpotEmulator, type HubSpotEmulator } from '../../emulators/hubspot';
import { startQuickBooksEmulator, type QuickBooksEmulator } from '../../emulators/quickbooks';
import { customObjects, dealProperties } from '../../serverless/hubspot/definitions';
import { functionsAgainst } from '../support/functions';
import { qboSecrets } from '../support/qbo-secrets';
import { virtualClock } from '../support/virtual-clock';

let hubspot: HubSpotEmulator;
let qbo: QuickBooksEmulator;
let secrets: Record<string, string>;

beforeAll(async () => {
  [hubspot, qbo] = await Promise.all([
    startHubSpotEmulator({ seed: 'demo' }),
    startQuickBooksEmulator({ seed: 'demo' }),
  ]);
});
afterAll(async () => {
  await Promise.all([hubspot.close(), qbo.close()]);
});
beforeEach(() => {
  hubspot.reset('demo');
  qbo.reset('demo');
  secrets = qboSecrets(qbo);
});

interface Answer {
  ok: boolean;
  data?: unknown;
  error?: { code: string; message: string; fix?: string; retryable: boolean; field?: string };
}

type Instance = ReturnType<typeof functionsAgainst>;

/** Calls an operation from the settings page of a user whose HubSpot speaks `locale`. */
function callIn(locale: string, instance: Instance = functionsAgainst(hubspot, secrets)) {
  return (op: OperationName, input: unknown = {}) =>
    instance.host(null)(functionUids[operations[op].group], {
      parameters: { op, input, locale },
      propertiesToSend: [],
    }) as Promise<Answer>;
}

const spanish = () => callIn('es-ES');
const english = () => callIn('en-US');

/** The admin's browser: open the authorize URL, let Intuit redirect, read the address. */
async function consent(call: ReturnType<typeof callIn>, realmId: string): Promise<URL> {
  const started = await call('connections.startConnect');
  expect(started.ok).toBe(true);
  const url = new URL((started.data as { authorizeUrl: string }).authorizeUrl);
  url.searchParams.set('realmId', realmId);
  const response = await axios.get(url.toString(), { maxRedirects: 0, validateStatus: () => true });
  expect(response.status).toBe(302);
  return new URL(response.headers.location as string);
}

async function connected(realmId: string): Promise<string> {
  const call = spanish();
  expect((await call('setup.run')).ok).toBe(true);
  const done = await call('connections.complete', {
    redirectUrl: (await consent(call, realmId)).toString(),
  });
  expect(done.ok).toBe(true);
  return (done.data as { connection: { companyName: string } }).connection.companyName;
}

describe('setup and not set up, in Spanish', () => {
  it('names every check of the list in Spanish, quoting HubSpot’s own names', async () => {
    const status = await spanish()('setup.status');
    expect(status.ok).toBe(true);
    const labels = (status.data as { items: Array<{ label: string }> }).items.map((i) => i.label);
    expect(labels).toHaveLength(customObjects.length + 1 + dealProperties.length + 3);
    expect(labels).toContain(`Objeto personalizado “${customObjects[0]!.labels.singular}”`);
    expect(labels).toContain('Grupo de propiedades de negocio “QuickBooks invoice”');
    expect(labels).toContain(`Propiedad de negocio “${dealProperties[0]!.label}”`);
    expect(labels).toContain('Propiedades de contacto para sincronizar con QuickBooks');
    expect(labels).toContain('Propiedades de producto para sincronizar con QuickBooks');
    // The same list for an English admin.
    const inEnglish = await english()('setup.status');
    expect((inEnglish.data as { items: Array<{ label: string }> }).items[0]?.label).toBe(
      `Custom object “${customObjects[0]!.labels.singular}”`,
    );
  });

  it('says what to do when the app is not set up, with the object’s name as a value', async () => {
    const answer = await spanish()('connections.list');
    expect(answer.error).toMatchObject({
      code: 'NOT_SET_UP',
      message: expect.stringMatching(
        /^La app aún no está instalada: falta el objeto personalizado ".+"\.$/,
      ),
      fix: 'Abre la página de configuración de la app y ejecuta la instalación.',
    });
  });
});

describe('connections in Spanish', () => {
  it('shows the callback page in the language of the admin who pressed Connect', async () => {
    expect((await spanish()('setup.run')).ok).toBe(true);
    const location = await consent(spanish(), qbo.realms.us);
    const instance = functionsAgainst(hubspot, secrets);
    const page = await instance.oauthCallback({
      params: Object.fromEntries(location.searchParams),
    });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<html lang="es">');
    expect(page.body).toMatch(/<h1>.+ está conectada<\/h1>/);
    expect(page.body).toContain(
      'QuickBooks y HubSpot están conectados. Puedes cerrar esta pestaña, volver a HubSpot y elegir Mostrarla aquí.',
    );
    // The company's background notes and tasks will speak the connecting admin's language.
    const type = hubspot.store.schemas().find((s) => s.name === 'qbo_connection')!.objectTypeId;
    const record = hubspot.store
      .list(type)
      .find((r) => r.properties.realm_id === qbo.realms.us)?.properties;
    expect(record?.language).toBe('es');

    // The same link used twice is refused, in Spanish too.
    const again = await instance.oauthCallback({
      params: Object.fromEntries(location.searchParams),
    });
    expect(again.statusCode).toBe(400);
    expect(again.body).toContain('<h1>La empresa de QuickBooks no se conectó</h1>');
    expect(again.body).toContain(
      'Este enlace de inicio de sesión ya se usó, así que no se conectó ni cambió nada.',
    );
    expect(again.body).toContain('Vuelve a empezar con Conectar en la página de configuración.');
  });

  it('shows the callback page in English for an English admin, and for a state it cannot read', async () => {
    expect((await english()('setup.run')).ok).toBe(true);
    const location = await consent(english(), qbo.realms.us);
    const instance = functionsAgainst(hubspot, secrets);
    const page = await instance.oauthCallback({
      params: Object.fromEntries(location.searchParams),
    });
    expect(page.body).toContain('<html lang="en">');
    expect(page.body).toMatch(/<h1>.+ is connected<\/h1>/);
    const garbled = await instance.oauthCallback({
      params: { ...Object.fromEntries(location.searchParams), state: 'not-a-state' },
    });
    expect(garbled.statusCode).toBe(400);
    expect(garbled.body).toContain('<html lang="en">');
    expect(garbled.body).toContain(
      'The sign-in link is not one this app made (its state is malformed).',
    );
  });

  it('refuses a disconnect whose name does not match, in Spanish, naming the company', async () => {
    const name = await connected(qbo.realms.us);
    const refused = await spanish()('connections.disconnect', {
      realmId: qbo.realms.us,
      confirmCompanyName: 'otra cosa',
    });
    expect(refused.error).toEqual({
      code: 'INVALID_INPUT',
      message: `No se desconectó nada: el nombre escrito no es “${name}”.`,
      fix: 'Escribe el nombre de la empresa tal como aparece en la página de configuración.',
      retryable: false,
      field: 'input.confirmCompanyName',
    });
    const done = await spanish()('connections.disconnect', {
      realmId: qbo.realms.us,
      confirmCompanyName: name,
    });
    expect((done.data as { message: string }).message).toBe(
      `Se desconectó ${name}. Las facturas ya vinculadas a registros de HubSpot siguen vinculadas.`,
    );
  });

  it('asks for a reconnect in Spanish, and keeps the reason so the list says it in each admin’s language', async () => {
    const name = await connected(qbo.realms.us);
    qbo.killRefreshTokens(qbo.realms.us);
    qbo.expireAccessTokens(qbo.realms.us);
    const tested = await spanish()('connections.test', { realmId: qbo.realms.us });
    expect(tested.error).toEqual({
      code: 'RECONNECT_REQUIRED',
      message: `Vuelve a conectar la empresa de QuickBooks "${name}": QuickBooks ya no acepta su autorización (caducó o se revocó).`,
      fix: 'Abre la configuración de la app y vuelve a conectar esta empresa de QuickBooks.',
      retryable: false,
    });
    const listed = async (call: ReturnType<typeof callIn>) =>
      ((await call('connections.list')).data as { connections: Array<{ lastError: string }> })
        .connections[0]?.lastError;
    expect(await listed(spanish())).toBe(
      `Vuelve a conectar la empresa de QuickBooks ${name}: QuickBooks ya no acepta su autorización (caducó o se revocó).`,
    );
    expect(await listed(english())).toBe(
      `Reconnect QuickBooks company ${name}: QuickBooks no longer accepts its authorization (it expired or was revoked).`,
    );
  });

  it('names an unnamed company in Spanish, and a disconnect accepts that name', async () => {
    await connected(qbo.realms.us);
    const type = hubspot.store.schemas().find((s) => s.name === 'qbo_connection')!.objectTypeId;
    const record = hubspot.store.list(type).find((r) => r.properties.realm_id === qbo.realms.us)!;
    await axios.patch(
      `${hubspot.url}/crm/v3/objects/${type}/${record.id}`,
      { properties: { company_name: '' } },
      { headers: { authorization: `Bearer ${hubspot.token}` } },
    );
    const list = await spanish()('connections.list');
    const shown = (list.data as { connections: Array<{ companyName: string }> }).connections[0]!
      .companyName;
    expect(shown).toBe(`Empresa de QuickBooks ${qbo.realms.us}`);
    const done = await spanish()('connections.disconnect', {
      realmId: qbo.realms.us,
      confirmCompanyName: shown,
    });
    expect(done.ok).toBe(true);
  });
});

describe('QuickBooks faults in Spanish', () => {
  it('puts QuickBooks’ own words inside a Spanish sentence', async () => {
    await connected(qbo.realms.us);
    qbo.faults.failNext(1, 400);
    const tested = await spanish()('connections.test', { realmId: qbo.realms.us });
    expect(tested.error).toMatchObject({
      code: 'QUICKBOOKS_REJECTED',
      message:
        'QuickBooks rechazó la solicitud: An application error has occurred while processing your request: System Failure Error: An unexpected error occurred while accessing or saving your data. Please wait a few minutes and try again. (HTTP 400)',
    });
  });

  it('says QuickBooks is limiting requests, in Spanish, once the call runs out of retries', async () => {
    await connected(qbo.realms.us);
    qbo.faults.failNext(1_000, 429);
    const clock = virtualClock();
    const tested = await callIn('es-MX', functionsAgainst(hubspot, secrets, { clock }))(
      'connections.test',
      { realmId: qbo.realms.us },
    );
    expect(tested.error).toMatchObject({ code: 'RATE_LIMITED', retryable: true });
    expect([
      'QuickBooks está limitando las solicitudes de esta empresa; inténtalo de nuevo en un minuto.',
      'Ahora mismo hay demasiadas solicitudes a QuickBooks para esta empresa; inténtalo de nuevo en un momento.',
    ]).toContain(tested.error?.message);
  });
});
