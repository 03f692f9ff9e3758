import { CUSTOMER_KEY } from '../hubspot/definitions';
import { log } from '../lib/log';
import type { OperationContext } from '../runtime/dispatch';

/**
 * A customer the wizard created from HubSpot is linked at once to the contact it came from (the
 * contact with its email), by the contact sync's unique "realm:customerId" key: when the change
 * feed later brings the new customer back, contact sync finds its contact linked and updates it,
 * never creating a second one. A contact already linked to a customer keeps its link. Best effort:
 * the customer exists either way, and contact sync would match the contact by email.
 */
export async function linkContactToCustomer(
  context: OperationContext,
  realmId: string,
  customerId: string,
  email: string | null,
): Promise<void> {
  const address = email?.trim().toLowerCase();
  if (!address) return;
  try {
    const { crm } = context.services;
    const found = await crm.search('contacts', {
      filterGroups: [{ filters: [{ propertyName: 'email', operator: 'EQ', value: address }] }],
      properties: ['email', CUSTOMER_KEY],
      limit: 1,
    });
    const contact = found.results[0];
    if (!contact || contact.properties[CUSTOMER_KEY]) return;
    await crm.updateObject('contacts', contact.id, {
      [CUSTOMER_KEY]: `${realmId}:${customerId}`,
    });
  } catch (error) {
    log.warn('The new customer was not linked to its contact; contact sync will match it', {
      realmId,
      error: error instanceof Error ? error.name : String(error),
    });
  }
}
