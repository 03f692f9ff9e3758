import axios from 'axios';
import type { HubSpotEmulator } from '../../emulators/hubspot';
import type { QuickBooksEmulator } from '../../emulators/quickbooks';

/** The dates of the seeded history (the demo company's own invoices are all later). */
export const BACKFILL_RANGE = { from: '2019-01-01', to: '2019-12-31' };
export const INVOICES = 2_000;

async function hubspotCompany(hubspot: HubSpotEmulator, name: string) {
  const response = await axios.post(
    `${hubspot.url}/crm/v3/objects/companies`,
    { properties: { name } },
    { headers: { authorization: `Bearer ${hubspot.token}` } },
  );
  return String(response.data.id);
}

function seedInvoices(qbo: QuickBooksEmulator) {
  const realm = qbo.realm(qbo.realms.us);
  const customer = (name: string, email: string | null, companyName = name) =>
    realm.insertRaw('Customer', {
      DisplayName: name,
      CompanyName: companyName,
      ...(email ? { PrimaryEmailAddr: { Address: email } } : {}),
      Active: true,
      Balance: 0,
    }).Id;
  const byEmail = customer('Amy L. (billing)', 'birds@intuit.example.com', 'Amy L. billing');
  const byName = customer('Cool Cars', null);
  const twin = customer('Twin Name Ltd', null);
  const nobody = customer('Nobody Knows', 'nobody@unknown.example');
  const share: Array<[string, number]> = [
    [byEmail, 800],
    [byName, 700],
    [twin, 300],
    [nobody, 200],
  ];
  let n = 0;
  for (const [customerId, count] of share) {
    for (let i = 0; i < count; i += 1, n += 1) {
      const day = String((n % 28) + 1).padStart(2, '0');
      const month = String((n % 12) + 1).padStart(2, '0');
      realm.insertRaw('Invoice', {
        DocNumber: `H-${n}`,
        TxnDate: `2019-${month}-${day}`,
        DueDate: `2019-${month}-${day}`,
        CustomerRef: { value: customerId },
        CurrencyRef: { value: 'USD', name: 'United States Dollar' },
        TotalAmt: 100,
        Balance: n % 3 === 0 ? 0 : 100,
        EmailStatus: 'EmailSent',
        Line: [
          {
            Id: '1',
            LineNum: 1,
            Amount: 100,
            DetailType: 'SalesItemLineDetail',
            SalesItemLineDetail: { ItemRef: { value: '1' }, Qty: 1, UnitPrice: 100 },
          },
          { Amount: 100, DetailType: 'SubTotalLineDetail', SubTotalLineDetail: {} },
        ],
      });
    }
  }
}

/**
 * A company's history for linking past invoices: 2,000 invoices of 2019 in the US demo company,
 * 800 of a customer whose email is a HubSpot contact's, 700 of one whose company name is a HubSpot
 * company's, 300 of one whose name two HubSpot companies share, 200 of one nobody knows. Inserted
 * straight into the emulator's store (no API call each).
 */
export async function seedHistory(hubspot: HubSpotEmulator, qbo: QuickBooksEmulator) {
  await hubspotCompany(hubspot, 'Twin Name Ltd');
  await hubspotCompany(hubspot, 'Twin Name Ltd');
  seedInvoices(qbo);
}
