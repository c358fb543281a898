import 'reflect-metadata';
import { loadConfig } from '@dondoc/config';
import { closeOnSignals, startTracing } from '@dondoc/observability';

async function main(): Promise<void> {
  const config = loadConfig();
  // Before Nest, express and pg are loaded: the instrumentations patch them as they load.
  const tracing = startTracing({
    serviceName: config.observability.serviceName ?? 'dondoc-api',
    otlpEndpoint: config.observability.otlpEndpoint,
  });
  const { Logger } = await import('@nestjs/common');
  const { createApiApp } = await import('./bootstrap');
  const app = await createApiApp(config);
  closeOnSignals(app, tracing);
  await app.listen(config.port, config.host);
  Logger.log(
    `Đôn Đốc API: http://localhost:${config.port}/api/v1 — OpenAPI: http://localhost:${config.port}/docs`,
    'Api',
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
