import { ConfigError } from './config';
import { httpUrl, integer, text, type Env } from './env-read';

/** Headers, CORS, rate limits and tokens of the API (docs/operations.md, "Security"). */
export interface SecurityConfig {
  /** Origins allowed to call the API from a browser; empty: same origin only. */
  corsOrigins: string[];
  /** Requests allowed per window, per client address and per signed-in user; 0 turns a limit off. */
  rateLimitPerAddress: number;
  rateLimitPerUser: number;
  rateLimitWindowSeconds: number;
  /** Express's `trust proxy`: how many proxies in front set X-Forwarded-For (0: none, use the socket's address). */
  trustProxyHops: number;
  jwtIssuer: string;
  jwtAudience: string;
  /** Lifetime of an access token, and of the refresh token that renews it, in seconds. */
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  /**
   * How long an Idempotency-Key is remembered (default 24 h): within it a repeat replays
   * and another body is refused (422); after it the key is forgotten (its row deleted)
   * and a request with it is a new request.
   */
  idempotencyKeyTtlSeconds: number;
}

function origins(env: Env): string[] {
  const raw = text(env, 'CORS_ORIGINS', '');
  if (!raw) return [];
  return raw
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean)
    .map((origin) => {
      const url = httpUrl('CORS_ORIGINS', origin);
      if (new URL(url).origin !== url) {
        throw new ConfigError('CORS_ORIGINS', `"${origin}" is not an origin (scheme://host[:port], no path)`);
      }
      return url;
    });
}

export function loadSecurityConfig(env: Env): SecurityConfig {
  const accessTokenTtlSeconds = integer(env, 'JWT_ACCESS_TTL_SECONDS', 900, 60, 86_400);
  const refreshTokenTtlSeconds = integer(env, 'JWT_REFRESH_TTL_SECONDS', 28_800, 60, 30 * 86_400);
  if (refreshTokenTtlSeconds < accessTokenTtlSeconds) {
    throw new ConfigError('JWT_REFRESH_TTL_SECONDS', 'must not be shorter than JWT_ACCESS_TTL_SECONDS');
  }
  return {
    corsOrigins: origins(env),
    rateLimitPerAddress: integer(env, 'RATE_LIMIT_PER_ADDRESS', 6_000, 0, 10_000_000),
    rateLimitPerUser: integer(env, 'RATE_LIMIT_PER_USER', 3_000, 0, 10_000_000),
    rateLimitWindowSeconds: integer(env, 'RATE_LIMIT_WINDOW_SECONDS', 60, 1, 86_400),
    trustProxyHops: integer(env, 'TRUST_PROXY_HOPS', 0, 0, 10),
    jwtIssuer: text(env, 'JWT_ISSUER', 'dondoc'),
    jwtAudience: text(env, 'JWT_AUDIENCE', 'dondoc-api'),
    accessTokenTtlSeconds,
    refreshTokenTtlSeconds,
    idempotencyKeyTtlSeconds: integer(env, 'IDEMPOTENCY_KEY_TTL_SECONDS', 86_400, 60, 365 * 86_400),
  };
}
