import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import bcrypt from 'bcryptjs';
import { AppConfig } from '@dondoc/config';
import { TooManyRequestsError, UnauthorizedError, ValidationError, type Scope, msg } from '@dondoc/domain';
import { LoginThrottleRepository, SessionsRepository, UsersRepository } from '@dondoc/persistence';
import { assertPasswordPolicy } from './password-policy';
import { TokenIssuer, type TokenClaims, type TokenType } from './tokens';
import type { TokenPairDto, TokenResponseDto } from './dto/token.response';

export const PASSWORD_HASH_ROUNDS = 10;

// Compared against when the user does not exist, so both paths take the same time.
const DUMMY_HASH = bcrypt.hashSync('not-a-password', PASSWORD_HASH_ROUNDS);

const BAD_CREDENTIALS = msg('auth.wrongUsernameOrPassword');

const invalidToken = (field: string) =>
  new UnauthorizedError(msg('auth.invalidOrExpiredToken'), [{ field, message: 'invalid, expired or revoked token' }]);

const tooManyAttempts = (limit: 'username' | 'address', wait: number) =>
  new TooManyRequestsError(
    limit === 'username'
      ? msg('auth.tooManyFailedSignInsRetry', { wait })
      : msg('auth.tooManyUserNamesFailedFrom', { wait }),
    wait,
    [{ field: 'username', message: msg('auth.retryInSeconds', { wait }) }],
  );

/** The answers of sign-in and refresh are their response DTOs (auth/dto/token.response.ts). */
export type TokenPair = TokenPairDto;
export type TokenResponse = TokenResponseDto;

/**
 * Sign-in, tokens and sessions (docs/decisions/0050): throttled failures instead of a
 * lockout, refresh tokens rotated with reuse detection, sessions that end at once.
 */
@Injectable()
export class AuthService {
  readonly tokens: TokenIssuer;

  constructor(
    @Inject(AppConfig) private readonly config: AppConfig,
    @Inject(UsersRepository) private readonly users: UsersRepository,
    @Inject(LoginThrottleRepository) private readonly throttle: LoginThrottleRepository,
    @Inject(SessionsRepository) private readonly sessions: SessionsRepository,
  ) {
    this.tokens = new TokenIssuer(config);
  }

  /** A token pair of a session family; the refresh token's id is `refreshId` (stored by the caller). */
  private pair(userId: string, role: string, ver: number, fam: string, refreshId: string): TokenPair {
    return {
      accessToken: this.tokens.sign({ sub: userId, ver, typ: 'access', fam }, { role }),
      refreshToken: this.tokens.sign({ sub: userId, ver, typ: 'refresh', fam }, {}, refreshId),
      tokenType: 'Bearer',
      expiresIn: this.config.security.accessTokenTtlSeconds,
    };
  }

  private refreshExpiry(): Date {
    return new Date(Date.now() + this.config.security.refreshTokenTtlSeconds * 1000);
  }

  /**
   * Checks the password, unless this user name from this address, or this address with
   * too many user names, must wait first (429 with Retry-After; nothing else is slowed).
   */
  async login(username: string, password: string, address: string): Promise<TokenResponse> {
    const name = username.trim().toLowerCase();
    const admission = await this.throttle.admit(name, address, this.config.auth.loginThrottle);
    if (!admission.allowed) throw tooManyAttempts(admission.limit, admission.retryAfter);
    const user = await this.users.findByUsername(name);
    const matches = await bcrypt.compare(password, user?.passwordHash ?? DUMMY_HASH);
    // Counted as a failure already (admit); a deactivated account is refused like a wrong password.
    if (!user || !matches || !user.active || !user.unit.active) {
      throw new UnauthorizedError(BAD_CREDENTIALS, [{ field: 'password', message: BAD_CREDENTIALS }]);
    }
    await this.throttle.succeeded(name, address);
    const family = randomUUID();
    const refreshId = randomUUID();
    await this.sessions.start(user.id, family, refreshId, this.refreshExpiry());
    return {
      ...this.pair(user.id, user.role, user.tokenVersion, family, refreshId),
      user: {
        id: user.id,
        username: user.username,
        fullName: user.fullName,
        role: user.role,
        unitId: user.unitId,
        unitName: user.unit.name,
      },
    };
  }

  /**
   * The scope of a bearer token's user, read fresh, and the database snapshot it was read
   * in (`readAt`); throws 401 for anything wrong with it.
   */
  async verify(token: string): Promise<{ scope: Scope; readAt: string }> {
    const { scope, readAt } = await this.session(token, 'access', 'Authorization');
    return { scope, readAt };
  }

  /**
   * Checks a token of this type against the user's current token version and its
   * session family: a revoked one is refused.
   */
  private async session(
    token: string,
    typ: TokenType,
    field: string,
  ): Promise<{ scope: Scope; tokenVersion: number; claims: TokenClaims; readAt: string }> {
    let claims: TokenClaims;
    try {
      claims = this.tokens.verify(token, typ);
    } catch {
      throw invalidToken(field);
    }
    const session = await this.users.sessionOf(claims.sub, claims.fam);
    if (!session) {
      throw new UnauthorizedError(msg('auth.accountDisabled'), [{ field, message: 'account disabled' }]);
    }
    if (session.tokenVersion !== claims.ver || !session.sessionLive) throw invalidToken(field);
    return { scope: session.scope, tokenVersion: session.tokenVersion, claims, readAt: session.readAt };
  }

  /**
   * A new token pair for a refresh token presented for the first time; the token is
   * spent. Presented again, it revokes its whole session (every token of the family,
   * audited) and is refused.
   */
  async refresh(refreshToken: string): Promise<TokenPair> {
    const { scope, tokenVersion, claims } = await this.session(refreshToken, 'refresh', 'refreshToken');
    const next = randomUUID();
    const outcome = await this.sessions.rotate(
      scope.userId,
      claims.fam,
      claims.jti!,
      { tokenId: next, expiresAt: this.refreshExpiry() },
      scope.username,
    );
    if (outcome !== 'rotated') throw invalidToken('refreshToken');
    return this.pair(scope.userId, scope.role, tokenVersion, claims.fam, next);
  }

  /** Signs the user out everywhere: every token issued so far stops working. */
  logout(scope: Scope): Promise<void> {
    return this.users.revokeTokens(scope.userId, scope.username);
  }

  /** Checks the current password and the policy, stores the new one, and revokes every token. */
  async changePassword(scope: Scope, currentPassword: string, newPassword: string): Promise<void> {
    const hash = await this.users.passwordHash(scope.userId);
    if (!hash || !(await bcrypt.compare(currentPassword, hash))) {
      throw new ValidationError(
        [{ field: 'currentPassword', message: msg('auth.theCurrentPasswordIsWrong') }],
        msg('auth.theCurrentPasswordIsWrong'),
      );
    }
    assertPasswordPolicy(newPassword, scope.username, 'newPassword');
    await this.users.changePassword(scope.userId, await AuthService.hash(newPassword), scope.username);
  }

  static hash(password: string): Promise<string> {
    return bcrypt.hash(password, PASSWORD_HASH_ROUNDS);
  }
}
