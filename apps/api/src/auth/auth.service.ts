import { HttpException, HttpStatus, Inject, Injectable } from '@nestjs/common';
import bcrypt from 'bcryptjs';
import jwt from 'jsonwebtoken';
import { AppConfig } from '@dondoc/config';
import { UnauthorizedError, type Scope } from '@dondoc/domain';
import { UsersRepository } from '@dondoc/persistence';
import { LoginLimiter } from './login-limiter';

export const PASSWORD_HASH_ROUNDS = 10;

// Compared against when the user does not exist, so both paths take the same time.
const DUMMY_HASH = bcrypt.hashSync('not-a-password', PASSWORD_HASH_ROUNDS);

const BAD_CREDENTIALS = 'Sai tên đăng nhập hoặc mật khẩu / wrong username or password';

export interface TokenResponse {
  accessToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
  user: { id: string; username: string; fullName: string; role: string; unitId: string; unitName: string };
}

@Injectable()
export class AuthService {
  private readonly limiter: LoginLimiter;

  constructor(
    @Inject(AppConfig) private readonly config: AppConfig,
    @Inject(UsersRepository) private readonly users: UsersRepository,
  ) {
    this.limiter = new LoginLimiter(config.auth.loginMaxAttempts, config.auth.loginWindowSeconds * 1000);
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
    const expiresIn = this.config.auth.tokenTtlSeconds;
    const accessToken = jwt.sign({ sub: user.id, role: user.role }, this.config.auth.jwtSecret, {
      algorithm: 'HS256',
      expiresIn,
      issuer: 'dondoc',
    });
    return {
      accessToken,
      tokenType: 'Bearer',
      expiresIn,
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
    let subject: string;
    try {
      const payload = jwt.verify(token, this.config.auth.jwtSecret, { algorithms: ['HS256'], issuer: 'dondoc' });
      if (typeof payload !== 'object' || typeof payload.sub !== 'string') throw new Error('no subject');
      subject = payload.sub;
    } catch {
      throw new UnauthorizedError('Phiên đăng nhập không hợp lệ hoặc đã hết hạn / invalid or expired token', [
        { field: 'Authorization', message: 'invalid or expired bearer token' },
      ]);
    }
    const scope = await this.users.scopeOf(subject);
    if (!scope) {
      throw new UnauthorizedError('Tài khoản không còn hoạt động / account disabled', [
        { field: 'Authorization', message: 'account disabled' },
      ]);
    }
    return scope;
  }

  static hash(password: string): Promise<string> {
    return bcrypt.hash(password, PASSWORD_HASH_ROUNDS);
  }
}
