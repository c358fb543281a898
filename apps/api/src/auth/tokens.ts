import { createSecretKey, type KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';
import type { AppConfig } from '@dondoc/config';

export type TokenType = 'access' | 'refresh';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface TokenClaims {
  sub: string;
  /** The user's token version when it was issued (users.token_version). */
  ver: number;
  typ: TokenType;
  /** The sign-in (session family) the token belongs to (session_families.id). */
  fam: string;
  /** A refresh token's own id (refresh_tokens.id); access tokens have none. */
  jti?: string;
}

/**
 * Signs and checks the API's JWTs: HS256 only (an `alg: none` or RS256 token is refused),
 * with issuer and audience, a short-lived access token and a longer refresh token that
 * only POST /auth/refresh accepts. Both name the user's token version, so raising it
 * (logout, password change, deactivation) revokes them before they expire, and their
 * sign-in's family, so revoking the family (a reused refresh token) revokes them too.
 * A token without an expiry is refused, however well signed.
 */
export class TokenIssuer {
  /**
   * The secret as a key object, made once: given a string, jsonwebtoken first tries it
   * as a public key and catches the failure on every call, which showed in the API's
   * profile under load (bench/README.md, API under load).
   */
  private readonly key: KeyObject;

  constructor(private readonly config: AppConfig) {
    // The API resolves it at boot (ensureSigningSecret): configured, or the installation's own.
    if (!config.auth.jwtSecret) throw new Error('no signing key: call ensureSigningSecret(config) first');
    this.key = createSecretKey(Buffer.from(config.auth.jwtSecret, 'utf8'));
  }

  sign(claims: Omit<TokenClaims, 'jti'>, extra: Record<string, unknown> = {}, jwtid?: string): string {
    const { jwtIssuer, jwtAudience, accessTokenTtlSeconds, refreshTokenTtlSeconds } = this.config.security;
    const { sub, ver, typ, fam } = claims;
    return jwt.sign({ ...extra, sub, ver, typ, fam }, this.key, {
      ...(jwtid ? { jwtid } : {}),
      algorithm: 'HS256',
      expiresIn: typ === 'access' ? accessTokenTtlSeconds : refreshTokenTtlSeconds,
      issuer: jwtIssuer,
      audience: jwtAudience,
    });
  }

  /** The claims of a valid token of this type; throws for anything else (signature, expiry or none, issuer, audience, type). */
  verify(token: string, typ: TokenType): TokenClaims {
    const payload = jwt.verify(token, this.key, {
      algorithms: ['HS256'],
      issuer: this.config.security.jwtIssuer,
      audience: this.config.security.jwtAudience,
    });
    if (typeof payload !== 'object' || typeof payload.sub !== 'string' || !UUID.test(payload.sub)) {
      throw new Error('no subject');
    }
    // jsonwebtoken checks `exp` only when present: a token that never expires is refused here.
    if (typeof payload.exp !== 'number') throw new Error('no expiry');
    if (payload.typ !== typ) throw new Error(`not an ${typ} token`);
    if (typeof payload.ver !== 'number') throw new Error('no token version');
    if (typeof payload.fam !== 'string' || !UUID.test(payload.fam)) throw new Error('no session family');
    if (typ === 'refresh' && (typeof payload.jti !== 'string' || !UUID.test(payload.jti)))
      throw new Error('no token id');
    return {
      sub: payload.sub,
      ver: payload.ver,
      typ,
      fam: payload.fam,
      ...(typ === 'refresh' ? { jti: payload.jti } : {}),
    };
  }

  /** The user id of a validly signed access token, without touching the database (rate limiting). */
  subjectOf(token: string): string | null {
    try {
      return this.verify(token, 'access').sub;
    } catch {
      return null;
    }
  }
}
