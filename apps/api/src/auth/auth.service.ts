import { HttpException, HttpStatus, Inject, Injectable } from '@nestjs/common';
import bcrypt from 'bcryptjs';
import { AppConfig } from '@dondoc/config';
import { UnauthorizedError, ValidationError, type Scope } from '@dondoc/domain';
import { UsersRepository } from '@dondoc/persistence';
import { LoginLimiter } from './login-limiter';
import { assertPasswordPolicy } from './password-policy';
import { TokenIssuer, type TokenType } from './tokens';
import type { TokenPairDto, TokenResponseDto } from './dto/token.response';

export const PASSWORD_HASH_ROUNDS = 10;

// Compared against when the user does not exist, so both paths take the same time.
const DUMMY_HASH = bcrypt.hashSync('not-a-password', PASSWORD_HASH_ROUNDS);

const BAD_CREDENTIALS = 'Sai tên đăng nhập hoặc mật khẩu / wrong username or password';

const invalidToken = (field: string) =>
  new UnauthorizedError('Phiên đăng nhập không hợp lệ hoặc đã hết hạn / invalid or expired token', [
    { field, message: 'invalid, expired or revoked token' },
  ]);

/** The answers of sign-in and refresh are their response DTOs (auth/dto/token.response.ts). */
export type TokenPair = TokenPairDto;
export type TokenResponse = TokenResponseDto;

@Injectable()
export class AuthService {
  private readonly limiter: LoginLimiter;
  readonly tokens: TokenIssuer;

  constructor(
    @Inject(AppConfig) private readonly config: AppConfig,
    @Inject(UsersRepository) private readonly users: UsersRepository,
  ) {
    this.limiter = new LoginLimiter(config.auth.loginMaxAttempts, config.auth.loginWindowSeconds * 1000);
    this.tokens = new TokenIssuer(config);
  }

  private pair(userId: string, role: string, version: number): TokenPair {
    return {
      accessToken: this.tokens.sign(userId, version, 'access', { role }),
      refreshToken: this.tokens.sign(userId, version, 'refresh'),
      tokenType: 'Bearer',
      expiresIn: this.config.security.accessTokenTtlSeconds,
    };
  }

  async login(username: string, password: string, address: string): Promise<TokenResponse> {
    const key = `${username.trim().toLowerCase()}|${address}`;
    const wait = this.limiter.retryAfter(key);
    if (wait > 0) {
      throw new HttpException(
        {
          message: `Đăng nhập sai quá nhiều lần, thử lại sau ${wait} giây / too many failed logins, retry in ${wait} s`,
          details: [{ field: 'username', message: `retry after ${wait} s` }],
          retryAfter: wait,
        },
        HttpStatus.TOO_MANY_REQUESTS,
      );
    }
    const user = await this.users.findByUsername(username);
    const matches = await bcrypt.compare(password, user?.passwordHash ?? DUMMY_HASH);
    if (!user || !matches || !user.active || !user.unit.active) {
      this.limiter.fail(key);
      throw new UnauthorizedError(BAD_CREDENTIALS, [{ field: 'password', message: BAD_CREDENTIALS }]);
    }
    this.limiter.succeed(key);
    return {
      ...this.pair(user.id, user.role, user.tokenVersion),
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

  /** The scope of a bearer token's user; throws 401 for anything wrong with it. */
  async verify(token: string): Promise<Scope> {
    return (await this.session(token, 'access', 'Authorization')).scope;
  }

  /** Checks a token of this type against the user's current token version: a revoked one is refused. */
  private async session(token: string, typ: TokenType, field: string): Promise<{ scope: Scope; tokenVersion: number }> {
    let claims: { sub: string; ver: number };
    try {
      claims = this.tokens.verify(token, typ);
    } catch {
      throw invalidToken(field);
    }
    const session = await this.users.sessionOf(claims.sub);
    if (!session) {
      throw new UnauthorizedError('Tài khoản không còn hoạt động / account disabled', [
        { field, message: 'account disabled' },
      ]);
    }
    if (session.tokenVersion !== claims.ver) throw invalidToken(field);
    return session;
  }

  /** A new token pair for a valid refresh token (the old pair stays valid until it expires or is revoked). */
  async refresh(refreshToken: string): Promise<TokenPair> {
    const { scope, tokenVersion } = await this.session(refreshToken, 'refresh', 'refreshToken');
    return this.pair(scope.userId, scope.role, tokenVersion);
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
        [{ field: 'currentPassword', message: 'Mật khẩu hiện tại không đúng / the current password is wrong' }],
        'Mật khẩu hiện tại không đúng / the current password is wrong',
      );
    }
    assertPasswordPolicy(newPassword, scope.username, 'newPassword');
    await this.users.changePassword(scope.userId, await AuthService.hash(newPassword), scope.username);
  }

  static hash(password: string): Promise<string> {
    return bcrypt.hash(password, PASSWORD_HASH_ROUNDS);
  }
}
