import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { EncryptionKey } from '../config';
import { AppError } from '../lib/errors';
import type { QboTokens } from '../quickbooks/token-store';

/**
 * Tokens at rest: AES-256-GCM under the first configured key, with that key's id stored beside the
 * ciphertext so older keys can still decrypt after a rotation. The realm id is the additional
 * authenticated data, so ciphertext copied onto another company's record does not decrypt.
 */
const VERSION = 'v1';

export interface SealedTokens {
  ciphertext: string;
  keyId: string;
}

export function sealTokens(
  realmId: string,
  tokens: QboTokens,
  keys: EncryptionKey[],
): SealedTokens {
  const key = keys[0];
  if (!key) throw new AppError('CONFIGURATION', 'No encryption key is configured.');
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key.key, iv);
  cipher.setAAD(Buffer.from(realmId, 'utf8'));
  const body = Buffer.concat([cipher.update(JSON.stringify(tokens), 'utf8'), cipher.final()]);
  const parts = [
    VERSION,
    iv.toString('base64url'),
    cipher.getAuthTag().toString('base64url'),
    body.toString('base64url'),
  ];
  return { ciphertext: parts.join('.'), keyId: key.id };
}

export function openTokens(
  realmId: string,
  sealed: SealedTokens,
  keys: EncryptionKey[],
): QboTokens {
  const key = keys.find((candidate) => candidate.id === sealed.keyId);
  if (!key) {
    throw new AppError(
      'CONFIGURATION',
      'The tokens of QuickBooks company {realmId} were encrypted with key "{keyId}", which is no longer configured.',
      {
        fix: 'Add the old key back to TOKEN_ENCRYPTION_KEYS (after the current one), or reconnect the company.',
        values: { realmId, keyId: sealed.keyId },
      },
    );
  }
  const [version, iv, tag, body] = sealed.ciphertext.split('.');
  try {
    if (version !== VERSION || !iv || !tag || !body) throw new Error('unknown format');
    const decipher = createDecipheriv('aes-256-gcm', key.key, Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(realmId, 'utf8'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    const plain = Buffer.concat([
      decipher.update(Buffer.from(body, 'base64url')),
      decipher.final(),
    ]);
    return JSON.parse(plain.toString('utf8')) as QboTokens;
  } catch (cause) {
    throw new AppError(
      'RECONNECT_REQUIRED',
      'The stored tokens of QuickBooks company {realmId} cannot be read.',
      {
        fix: 'Reconnect the company from the app’s settings page.',
        values: { realmId },
        detail: (cause as Error).message,
        cause,
      },
    );
  }
}
