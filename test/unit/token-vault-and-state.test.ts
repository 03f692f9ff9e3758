import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createState, STATE_TTL_MS, verifyState } from '../../serverless/connections/oauth-state';
import { openTokens, sealTokens } from '../../serverless/connections/token-vault';

const tokens = {
  accessToken: 'access-SECRET-1',
  refreshToken: 'refresh-SECRET-2',
  accessTokenExpiresAt: '2026-11-26T18:00:00.000Z',
  refreshTokenExpiresAt: '2027-03-06T17:00:00.000Z',
};
const key = (id: string) => ({ id, key: randomBytes(32) });

describe('token vault', () => {
  it('round-trips tokens and never stores them readable', () => {
    const keys = [key('k1')];
    const sealed = sealTokens('9130', tokens, keys);
    expect(sealed.keyId).toBe('k1');
    expect(sealed.ciphertext).not.toContain('SECRET');
    expect(
      Buffer.from(sealed.ciphertext.split('.')[3] ?? '', 'base64url').toString('utf8'),
    ).not.toContain('SECRET');
    expect(openTokens('9130', sealed, keys)).toEqual(tokens);
  });

  it('uses a fresh IV each time', () => {
    const keys = [key('k1')];
    expect(sealTokens('9130', tokens, keys).ciphertext).not.toBe(
      sealTokens('9130', tokens, keys).ciphertext,
    );
  });

  it('keeps old ciphertext readable after a key rotation, and seals new ciphertext under the new key', () => {
    const old = key('k1');
    const sealed = sealTokens('9130', tokens, [old]);
    const rotated = [key('k2'), old];
    expect(openTokens('9130', sealed, rotated)).toEqual(tokens);
    expect(sealTokens('9130', tokens, rotated).keyId).toBe('k2');
  });

  it('refuses ciphertext moved to another company or tampered with', () => {
    const keys = [key('k1')];
    const sealed = sealTokens('9130', tokens, keys);
    expect(() => openTokens('4620', sealed, keys)).toThrow(/cannot be read/);
    const flipped =
      sealed.ciphertext.slice(0, -2) + (sealed.ciphertext.endsWith('A') ? 'BB' : 'AA');
    expect(() => openTokens('9130', { ...sealed, ciphertext: flipped }, keys)).toThrow(
      /Reconnect|cannot be read/,
    );
  });

  it('says which key is missing when a rotated-out key is still needed', () => {
    const sealed = sealTokens('9130', tokens, [key('k1')]);
    expect(() => openTokens('9130', sealed, [key('k2')])).toThrow(/key "k1"/);
  });
});

describe('OAuth state', () => {
  const secret = randomBytes(32);
  const now = Date.parse('2026-11-26T12:00:00Z');

  it('verifies a state it made for the same portal within ten minutes', () => {
    const state = createState('12345', secret, now);
    expect(verifyState(state, secret, '12345', now + STATE_TTL_MS - 1).nonce).toHaveLength(16);
  });

  it('names each reason a state is refused', () => {
    const state = createState('12345', secret, now);
    expect(() => verifyState(state, secret, '12345', now + STATE_TTL_MS + 1)).toThrow(/expired/);
    expect(() => verifyState(state, secret, '99999', now)).toThrow(/another HubSpot account/);
    expect(() => verifyState(state, randomBytes(32), '12345', now)).toThrow(
      /signature does not match/,
    );
    expect(() => verifyState('garbage', secret, '12345', now)).toThrow(/malformed/);
    const [payload, signature] = state.split('.');
    const forged = Buffer.from(
      JSON.stringify({ p: '99999', n: 'abcdefghijkl', e: now + 1e9 }),
    ).toString('base64url');
    expect(payload).toBeDefined();
    expect(() => verifyState(`${forged}.${signature}`, secret, '99999', now)).toThrow(
      /signature does not match/,
    );
  });
});
