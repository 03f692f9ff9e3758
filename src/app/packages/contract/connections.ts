import * as z from 'zod';
import { connectionStatuses } from './catalog';
import { isoInstant } from './values';

/** A connected QuickBooks company as the settings page shows it. No token ever appears here. */
export const connectionViewSchema = z.object({
  realmId: z.string(),
  companyName: z.string(),
  country: z.string(),
  homeCurrency: z.string(),
  environment: z.enum(['sandbox', 'production']),
  status: z.enum(connectionStatuses),
  lastError: z.string().nullable(),
  refreshTokenExpiresAt: isoInstant.nullable(),
  refreshTokenHardExpiresAt: isoInstant.nullable(),
  lastUsedAt: isoInstant.nullable(),
});
export type ConnectionView = z.infer<typeof connectionViewSchema>;

const realmId = z.string().regex(/^\d{1,20}$/, 'must be a QuickBooks company id (digits only)');

export const connectionsListInput = z.object({}).strict();
export const connectionsListOutput = z.object({ connections: z.array(connectionViewSchema) });

export const startConnectInput = z.object({}).strict();
export const startConnectOutput = z.object({
  authorizeUrl: z.url(),
  expiresAt: isoInstant,
});

export const completeConnectInput = z
  .object({
    /** The address Intuit sent the browser back to, pasted by the admin. */
    redirectUrl: z.string().trim().min(1, 'paste the address your browser landed on').max(4000),
  })
  .strict();
export const completeConnectOutput = z.object({
  connection: connectionViewSchema,
  reconnected: z.boolean(),
});

export const realmInput = z.object({ realmId }).strict();

/**
 * HubSpot tells a function nothing about who called it or from which extension, so a card could
 * call this admin operation too. Disconnecting takes the company's name retyped by the admin on
 * the settings page: a stray call without it does nothing.
 */
export const disconnectInput = z
  .object({
    realmId,
    confirmCompanyName: z.string().trim().min(1, 'type the company’s name').max(200),
  })
  .strict();
export const testConnectionOutput = z.object({ connection: connectionViewSchema });
export const disconnectOutput = z.object({
  realmId: z.string(),
  /** False when Intuit could not be told; the tokens are deleted here all the same. */
  revokedAtIntuit: z.boolean(),
  message: z.string(),
});
