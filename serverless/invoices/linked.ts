import type { RecordObjectType } from '@qbo-invoicing/contract';
import type { InvoiceLink } from '../hubspot/stores/invoice-links';
import { AppError } from '../lib/errors';
import type { QboCompany } from '../quickbooks';
import type { Translator } from '../lib/text';
import type { OperationContext } from '../runtime/dispatch';
import { companyWords } from './company-language';

/**
 * The link of an invoice the browser named, only if it is linked to the record the card is on
 * (whose id HubSpot sent in `propertiesToSend`): a card cannot read or send an invoice of another
 * record by naming it.
 */
export async function linkedToRecord(
  input: { objectType: RecordObjectType; realmId: string; invoiceId: string },
  context: OperationContext,
): Promise<InvoiceLink> {
  const { services, recordId } = context;
  const link = await services.invoiceLinks.get(input.realmId, input.invoiceId);
  const type = await services.invoiceLinks.objectType();
  const onRecord =
    link?.recordId && recordId
      ? (await services.crm.associatedIds(input.objectType, recordId, type)).includes(link.recordId)
      : false;
  if (!link || !onRecord) {
    throw new AppError('NOT_FOUND', 'This invoice is not linked to this record.', {
      fix: 'Reload the card: the invoice may have been unlinked.',
      field: 'input.invoiceId',
    });
  }
  return link;
}

/** The connected company an invoice belongs to, with its name, or a clear NOT_FOUND. */
export async function companyOfLink(
  link: InvoiceLink,
  context: OperationContext,
): Promise<{
  qbo: QboCompany;
  companyName: string;
  homeCurrency: string;
  /** The company's language, for what is written on no one person's behalf. */
  words: Translator;
}> {
  const connection = await context.services.connections.get(link.realmId);
  if (!connection) {
    throw new AppError(
      'NOT_FOUND',
      'QuickBooks company {realmId} is no longer connected, so this invoice cannot be opened.',
      {
        fix: 'Ask an admin to connect it again from the app’s settings.',
        values: { realmId: link.realmId },
      },
    );
  }
  const companyName =
    connection.companyName ||
    context.words.t('QuickBooks company (id {realmId})', { realmId: link.realmId });
  return {
    qbo: context.services.quickbooks.forRealm(link.realmId, {
      companyName: connection.companyName,
    }),
    companyName,
    homeCurrency: connection.homeCurrency,
    words: companyWords(connection),
  };
}
