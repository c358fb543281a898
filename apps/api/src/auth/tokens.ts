import { createSecretKey, type KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';
import type { AppConfig } from '@dondoc/config';

export type TokenType = 'access' | 'refresh';

export interface TokenClaims {
  sub: string;
  /** The user's token version when it was issued (users.token_version). */
  ver: number;
  typ: TokenType;
}

/**
 * Signs and checks the API's JWTs: HS256 only (an `alg: none` or RS256 token is refused),
 * with issuer and audience, a short-lived access token and a longer refresh token that
 * only POST /auth/refresh accepts. Both name the user's token version, so raising it
 * (logout, password change) revokes them before they expire.
 */
export class TokenIssuer {
  /**
   * The secret as a key object, made once: given a string, jsonwebtoken first tries it
   * as a public key and catches the failure on every call, which showed in the API's
   * profile under load (bench/README.md, API under load).
   */
  private readonly key: KeyObject;

  constructor(private readonly config: AppConfig) {
    this.key = createSecretKey(Buffer.from(config.auth.jwtSecret, 'utf8'));
  }

  sign(sub: string, ver: number, typ: TokenType, extra: Record<string, unknown> = {}): string {
    const { jwtIssuer, jwtAudience, accessTokenTtlSeconds, refreshTokenTtlSeconds } = this.config.security;
    return jwt.sign({ ...extra, sub, ver, typ }, this.key, {
      algorithm: 'HS256',
      expiresIn: typ === 'access' ? accessTokenTtlSeconds : refreshTokenTtlSeconds,
      issuer: jwtIssuer,
      audience: jwtAudience,
    });
  }

  /** The claims of a valid token of this type; throws for anything else (signature, expiry, issuer, audience, type). */
  verify(token: string, typ: TokenType): TokenClaims {
    const payload = jwt.verify(token, this.key, {
      algorithms: ['HS256'],
      issuer: this.config.security.jwtIssuer,
      audience: this.config.security.jwtAudience,
    });
    if (typeof payload !== 'object' || typeof payload.sub !== 'string') throw new Error('no subject');
    if (payload.typ !== typ) throw new Error(`not an ${typ} token`);
    if (typeof payload.ver !== 'number') throw new Error('no token version');
    return { sub: payload.sub, ver: payload.ver, typ };
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
