import 'reflect-metadata';
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ExpressAdapter, type NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { ensureSigningSecret, type AppConfig } from '@dondoc/config';
import { createAppLogger } from '@dondoc/observability';
import { AppModule } from './app.module';
import { ErrorFilter } from './common/error.filter';
import { DeliveriesRepository } from '@dondoc/persistence';
import { allowedMethods, completeDocument } from './common/openapi';
import { documentValidationConstraints } from './common/openapi-constraints';
import { BODY_LIMIT, MAX_JSON_DEPTH, verifyJsonDepth } from './common/input-boundary';
import { createValidationPipe } from './common/validation';
import { requestId } from './common/request-id';
import { httpMetrics } from './metrics/http-metrics';
import { applyHttpSecurity } from './security/http-security';

export const API_PREFIX = 'api/v1';

/** Builds the HTTP application exactly as production runs it; tests use this too. */
export async function createApiApp(configured: AppConfig): Promise<INestApplication> {
  // JWT_SECRET, or the installation's own key under the data directory (made on the first start).
  const config = ensureSigningSecret(configured);
  // The adapter is passed in rather than imported by Nest at run time: a static import
  // works under jest's module loader too.
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), new ExpressAdapter(), {
    logger: createAppLogger('dondoc-api', config.observability.logFormat, config.logLevel),
    bodyParser: false,
  });
  keepIdleConnectionsLonger(app.getHttpServer() as Server);
  app.use(httpMetrics);
  applyHttpSecurity(app, config);
  // Large enough for a bulk import of tens of thousands of units; deep nesting is refused
  // on the raw bytes, before anything recursive walks the body (common/input-boundary.ts).
  // `verify` is body-parser's own option; Nest's option type leaves it out.
  app.useBodyParser('json', {
    limit: BODY_LIMIT,
    verify: (req: { url?: string; rawBody?: Buffer }, res: unknown, buffer: Buffer) => {
      verifyJsonDepth(req, res, buffer);
      // The Zalo OA signs the raw body (docs/decisions/0081): kept for that webhook only.
      if (req.url?.includes('/channels/zalo/webhook')) req.rawBody = buffer;
    },
  } as { limit: string });
  app.useBodyParser('text', { type: 'text/csv', limit: BODY_LIMIT });
  app.use(requestId);
  app.setGlobalPrefix(API_PREFIX, { exclude: ['health', 'health/live', 'health/ready', 'metrics', 'docs'] });
  app.useGlobalPipes(createValidationPipe());
  const errors = new ErrorFilter();
  const deliveries = app.get(DeliveriesRepository);
  errors.preferredLanguage = (userId) => deliveries.language(userId);
  app.useGlobalFilters(errors);

  documentValidationConstraints();
  const document = completeDocument(
    SwaggerModule.createDocument(
      app,
      new DocumentBuilder()
        .setTitle('Đôn Đốc API')
        .setDescription(
          'Directive follow-up through a hierarchy of organisations.\n\n' +
            `Input limits: body at most ${BODY_LIMIT} (413 beyond), JSON nested at most ` +
            `${MAX_JSON_DEPTH} deep (400); text is normalised to NFC and trimmed; NUL, lone surrogates and control ` +
            'characters (C0, DEL, C1; tab and line breaks only in multi-line text such as reports, notes and reasons) ' +
            'are refused (400 naming the field); null only where a field is nullable; dates within 1900–2200.',
        )
        .setVersion('0.1.0')
        .addBearerAuth()
        .build(),
    ),
  );
  errors.allowedMethods = allowedMethods(document);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs/openapi.json' });
  serveDashboard(app);
  return app;
}

/** apps/web's build, next to the sources or the compiled dist/ tree (looked up at start-up). */
const webDist = () =>
  [join(__dirname, '../../web/dist'), join(__dirname, '../../../../apps/web/dist')].find((dir) =>
    existsSync(join(dir, 'index.html')),
  );

/**
 * The dashboard at `/` when it has been built: its files, and index.html for every other
 * path that is not the API, the OpenAPI page, the health checks or the metrics (the app
 * routes itself).
 */
function serveDashboard(app: NestExpressApplication): void {
  const dist = webDist();
  if (!dist) return;
  app.useStaticAssets(dist, { index: false, immutable: true, maxAge: '365d' });
  const index = join(dist, 'index.html');
  app.use(
    (
      req: { method: string; path: string },
      res: { sendFile(path: string, options: object): void },
      next: () => void,
    ) => {
      if (req.method !== 'GET' || /^\/(api|docs|health|metrics)(\/|$)/.test(req.path)) return next();
      res.sendFile(index, { headers: { 'Cache-Control': 'no-store' } });
    },
  );
}

/**
 * Idle keep-alive connections stay open 65 s, longer than the idle timeout of the proxy in
 * front (60 s is the common one) and of clients: the other side closes an idle connection
 * first, so a request is never sent on one the API is closing at that moment (an
 * ECONNRESET the client cannot tell from a lost request). Node's default is 5 s.
 */
function keepIdleConnectionsLonger(server: Server): void {
  server.keepAliveTimeout = 65_000;
  // Larger than keepAliveTimeout, or a slow request's headers could be cut off first.
  server.headersTimeout = 66_000;
}
