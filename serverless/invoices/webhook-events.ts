import { createHmac, timingSafeEqual } from 'node:crypto';
import * as z from 'zod';

/** One entity change Intuit notified, in either of its two shapes. */
export interface EntityChange {
  /** Unique per notification: CloudEvents' id, or built from the legacy fields. */
  eventId: string;
  realmId: string;
  entity: string;
  id: string;
  /** Intuit's operation: Create, Update, Delete, Void, Emailed, Merge. */
  operation: string;
}

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/**
 * Intuit signs each delivery: `intuit-signature` is the base64 HMAC-SHA256 of the raw body with
 * the app's verifier token. Compared in constant time; anything malformed is simply invalid.
 */
export function signatureValid(verifier: Buffer, rawBody: string, header: string | undefined) {
  if (!header || header.length > 200 || !BASE64.test(header)) return false;
  const expected = createHmac('sha256', verifier).update(rawBody, 'utf8').digest();
  const given = Buffer.from(header, 'base64');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

const idText = z.string().trim().min(1).max(64);

/** CloudEvents 1.0, as Intuit sends them since 2026: an array, possibly several realms. */
const cloudEvents = z
  .array(
    z.looseObject({
      id: idText,
      type: z.string().regex(/^qbo\.[a-z]+\.[a-z]+\.v\d+$/),
      intuitentityid: idText,
      intuitaccountid: idText,
    }),
  )
  .max(1000);

/** The legacy shape: `eventNotifications` per realm with their changed entities. */
const legacy = z.looseObject({
  eventNotifications: z
    .array(
      z.looseObject({
        realmId: idText,
        dataChangeEvent: z.looseObject({
          entities: z
            .array(
              z.looseObject({
                name: idText,
                id: idText,
                operation: idText,
                lastUpdated: z.string().max(64).optional(),
              }),
            )
            .max(1000),
        }),
      }),
    )
    .max(100),
});

const pascal = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** CloudEvents name operations in the past tense, the legacy shape in the present. */
const operations: Record<string, string> = {
  created: 'Create',
  updated: 'Update',
  deleted: 'Delete',
  voided: 'Void',
  emailed: 'Emailed',
  merged: 'Merge',
};

/** The changes a delivery notifies, or null when the body is neither of Intuit's shapes. */
export function parseDelivery(rawBody: string): EntityChange[] | null {
  let body: unknown;
  try {
    body = JSON.parse(rawBody);
  } catch {
    return null;
  }
  const events = cloudEvents.safeParse(body);
  if (events.success) {
    return events.data.map((event) => {
      const [, entity = '', operation = ''] = event.type.split('.');
      return {
        eventId: event.id,
        realmId: event.intuitaccountid,
        entity: pascal(entity),
        id: event.intuitentityid,
        operation: operations[operation] ?? pascal(operation),
      };
    });
  }
  const old = legacy.safeParse(body);
  if (!old.success) return null;
  return old.data.eventNotifications.flatMap((notification) =>
    notification.dataChangeEvent.entities.map((entity) => ({
      eventId: [
        notification.realmId,
        entity.name,
        entity.id,
        entity.operation,
        entity.lastUpdated ?? '',
      ].join(':'),
      realmId: notification.realmId,
      entity: entity.name,
      id: entity.id,
      operation: entity.operation,
    })),
  );
}
