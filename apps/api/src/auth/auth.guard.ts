import {
  createParamDecorator,
  Inject,
  Injectable,
  SetMetadata,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { ForbiddenError, READ_ONLY_METHODS, UnauthorizedError, type Role, type Scope, msg } from '@dondoc/domain';
import { AuthService } from './auth.service';

const PUBLIC = Symbol('public');
const ROLES = Symbol('roles');
const OWN_ACCOUNT = Symbol('own-account');

/** An endpoint anyone may call (login, health, docs). */
export const Public = () => SetMetadata(PUBLIC, true);

/** A change to one's own account (logout, password) that even a read-only auditor may make. */
export const OwnAccount = () => SetMetadata(OWN_ACCOUNT, true);

/** An endpoint only these roles may call. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES, roles);

type ScopedRequest = Request & { scope?: Scope; scopeReadAt?: string };

/** The signed-in user's scope, set by the guard. */
export const CurrentScope = createParamDecorator((_: unknown, context: ExecutionContext): Scope => {
  const scope = context.switchToHttp().getRequest<ScopedRequest>().scope;
  if (!scope) throw new UnauthorizedError(msg('auth.signInFirst'));
  return scope;
});

/**
 * The database snapshot the signed-in user's scope was read in (`pg_current_snapshot()`,
 * read in the same statement as the session), or undefined on a public endpoint: what a
 * result kept while no transaction has ended (ListTotals) is compared with, without a
 * statement of its own.
 */
export const ScopeReadAt = createParamDecorator(
  (_: unknown, context: ExecutionContext): string | undefined =>
    context.switchToHttp().getRequest<ScopedRequest>().scopeReadAt,
);

/** Every endpoint needs a valid bearer token unless marked @Public(). */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(AuthService) private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC, targets)) return true;
    const request = context.switchToHttp().getRequest<ScopedRequest>();
    const header = request.headers.authorization ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) {
      throw new UnauthorizedError(msg('auth.signInFirst'), [
        { field: 'Authorization', message: msg('auth.signInFirst') },
      ]);
    }
    ({ scope: request.scope, readAt: request.scopeReadAt } = await this.auth.verify(match[1]!));
    // An inspection team reads; it never changes what it inspects.
    const ownAccount = this.reflector.getAllAndOverride<boolean>(OWN_ACCOUNT, targets);
    if (request.scope.role === 'auditor' && !READ_ONLY_METHODS.includes(request.method) && !ownAccount) {
      throw new ForbiddenError(msg('auth.auditorsMayOnlyRead'), [
        { field: 'role', message: msg('auth.auditorsMayOnlyRead') },
      ]);
    }
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, targets);
    if (roles && !roles.includes(request.scope.role)) {
      throw new ForbiddenError(msg('auth.roleNotAllowedHere', { role: request.scope.role }), [
        { field: 'role', message: msg('auth.roleNotAllowedHere') },
      ]);
    }
    return true;
  }
}
