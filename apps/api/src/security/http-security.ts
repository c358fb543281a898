import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import type { AppConfig } from '@dondoc/config';
import { PRINT_STYLE_HASHES } from '../exports/print-view.writer';

/**
 * The web app at / loads only its own scripts and styles and talks only to this API.
 * No inline script anywhere; the OpenAPI page (/docs) alone keeps inline styles,
 * which Swagger UI's page needs; the print view's stylesheet is allowed by its hash.
 */
const DIRECTIVES = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  // The print view of a history (exports/print-view.writer.ts): its one inline stylesheet, by hash.
  'style-src': ["'self'", ...PRINT_STYLE_HASHES],
  // blob: the dashboard's previews of attached images and PDFs, made from bytes it fetched
  // with the session's token (components/Attachments.tsx); a blob: URL is this origin's own.
  'img-src': ["'self'", 'data:', 'blob:'],
  'frame-src': ["'self'", 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
  // Off: a trial installation on plain http would have its own requests rewritten to https.
  'upgrade-insecure-requests': null,
};

const strict = helmet({ contentSecurityPolicy: { useDefaults: false, directives: DIRECTIVES } });
const docs = helmet({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: { ...DIRECTIVES, 'style-src': ["'self'", "'unsafe-inline'"] },
  },
});

/** Security headers, the CORS allow-list and the proxy setting, from configuration. */
export function applyHttpSecurity(app: INestApplication, config: AppConfig): void {
  const { corsOrigins, trustProxyHops } = config.security;
  if (trustProxyHops > 0) (app as NestExpressApplication).set('trust proxy', trustProxyHops);
  (app as NestExpressApplication).disable('x-powered-by');
  app.use((request: Request, response: Response, next: NextFunction) =>
    (request.path === '/docs' || request.path.startsWith('/docs/') ? docs : strict)(request, response, next),
  );
  // Without an allow-list only same-origin pages may call the API (no CORS headers at all).
  if (corsOrigins.length > 0) {
    app.enableCors({
      origin: corsOrigins,
      methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
      allowedHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key'],
      exposedHeaders: ['Location', 'Retry-After'],
      maxAge: 600,
    });
  }
}
