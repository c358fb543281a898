import { Injectable, type ExecutionContext } from '@nestjs/common';
import { SkipThrottle, ThrottlerGuard, ThrottlerModule, type ThrottlerOptions } from '@nestjs/throttler';
import type { Request } from 'express';
import type { AppConfig } from '@dondoc/config';
import { TokenIssuer } from '../auth/tokens';

type TrackedRequest = Request & { rateLimitSubject?: string | null };

/**
 * The signed-in user of a request, from a validly signed access token: checked here
 * (signature, issuer, audience; no database) so that a forged token naming someone
 * else cannot spend that person's allowance. Remembered on the request.
 */
function subjectOf(request: TrackedRequest, tokens: TokenIssuer): string | null {
  if (request.rateLimitSubject === undefined) {
    const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
    request.rateLimitSubject = match ? tokens.subjectOf(match[1]!) : null;
  }
  return request.rateLimitSubject;
}

/** Probes and scrapes: never limited, by any of the named limits. */
export const Unthrottled = () => SkipThrottle({ address: true, user: true });

const requestOf = (context: ExecutionContext) => context.switchToHttp().getRequest<TrackedRequest>();

/**
 * Two limits over one window: per client address (every request, signed in or not)
 * and per signed-in user (however many addresses they come from). A limit of 0 is off.
 * In memory: each API replica counts on its own (docs/operations.md).
 */
export function rateLimitModule(config: AppConfig) {
  const { rateLimitPerAddress, rateLimitPerUser, rateLimitWindowSeconds } = config.security;
  const tokens = new TokenIssuer(config);
  const ttl = rateLimitWindowSeconds * 1000;
  const throttlers: ThrottlerOptions[] = [];
  if (rateLimitPerAddress > 0) {
    throttlers.push({ name: 'address', ttl, limit: rateLimitPerAddress, getTracker: (req) => `ip:${req.ip}` });
  }
  if (rateLimitPerUser > 0) {
    throttlers.push({
      name: 'user',
      ttl,
      limit: rateLimitPerUser,
      skipIf: (context) => subjectOf(requestOf(context), tokens) === null,
      getTracker: (req) => `user:${subjectOf(req as TrackedRequest, tokens)}`,
    });
  }
  return ThrottlerModule.forRoot({
    throttlers,
    // One count per user or address over all routes (the default key counts per route).
    generateKey: (_context, tracker, name) => `${name}:${tracker}`,
    errorMessage: 'too many requests, retry later',
  });
}

/** Nest's throttler guard, skipping everything when both limits are off. */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  protected override async shouldSkip(context: ExecutionContext): Promise<boolean> {
    return this.throttlers.length === 0 || super.shouldSkip(context);
  }
}
