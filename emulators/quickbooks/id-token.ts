// OpenID Connect ID tokens as Intuit issues them: a JWT of three parts signed with RS256, whose
// key a client fetches from the JWKS endpoint (Intuit's discovery document names
// `id_token_signing_alg_values_supported: ["RS256"]` and `jwks_uri` …/op/v1/jwks). The key pair
// is made on first use, so emulators that never see `openid` pay nothing for it.
import { generateKeyPairSync, randomUUID, sign, type KeyObject } from 'node:crypto';

/** Intuit's issuer (discovery document), which clients compare the `iss` claim with. */
export const ID_TOKEN_ISSUER = 'https://oauth.platform.intuit.com/op/v1';
export const JWKS_PATH = '/op/v1/jwks';
const ID_TOKEN_TTL_S = 3600;

export interface IdTokenClaims {
  sub: string;
  clientId: string;
  realmId: string;
  nowMs: number;
}

const base64url = (value: Buffer | string): string => Buffer.from(value).toString('base64url');

export class IdTokenSigner {
  private keys?: { kid: string; privateKey: KeyObject; publicKey: KeyObject };

  private keyPair(): { kid: string; privateKey: KeyObject; publicKey: KeyObject } {
    this.keys ??= { kid: randomUUID(), ...generateKeyPairSync('rsa', { modulusLength: 2048 }) };
    return this.keys;
  }

  /** A signed ID token with the claims of Intuit's (sub, aud, realmid, auth_time, iss, exp, iat). */
  sign(claims: IdTokenClaims): string {
    const { kid, privateKey } = this.keyPair();
    const iat = Math.floor(claims.nowMs / 1000);
    const header = base64url(JSON.stringify({ alg: 'RS256', kid, typ: 'JWT' }));
    const payload = base64url(
      JSON.stringify({
        sub: claims.sub,
        aud: [claims.clientId],
        realmid: claims.realmId,
        auth_time: iat,
        iss: ID_TOKEN_ISSUER,
        exp: iat + ID_TOKEN_TTL_S,
        iat,
      }),
    );
    const signature = sign('sha256', Buffer.from(`${header}.${payload}`), privateKey);
    return `${header}.${payload}.${base64url(signature)}`;
  }

  /** The public key set a client verifies ID tokens with. */
  jwks(): { keys: Record<string, unknown>[] } {
    const { kid, publicKey } = this.keyPair();
    return { keys: [{ ...publicKey.export({ format: 'jwk' }), kid, use: 'sig', alg: 'RS256' }] };
  }
}
