import 'reflect-metadata';
// Tracing first: its instrumentations patch http and pg as they are loaded after it.
import { loadConfig } from '@dondoc/config';
import { closeOnSignals, createAppLogger, startTracing } from '@dondoc/observability';

async function main(): Promise<void> {
  const config = loadConfig();
  const tracing = startTracing({
    serviceName: config.observability.serviceName ?? 'dondoc-worker',
    otlpEndpoint: config.observability.otlpEndpoint,
  });
  const { Logger } = await import('@nestjs/common');
  const { NestFactory } = await import('@nestjs/core');
  const { DefaultLogger, Runtime } = await import('@temporalio/worker');
  const { WorkerModule } = await import('./worker.module');
  const metricsPort = config.observability.temporalMetricsPort;
  Runtime.install({
    // The SDK's own log (bundler output, state changes) only from warnings up, unless debugging.
    logger: new DefaultLogger(['debug', 'verbose'].includes(config.logLevel) ? 'DEBUG' : 'WARN'),
    // Its metrics (schedule-to-start latencies, slots, polls) on loopback, re-exported at /metrics.
    ...(metricsPort
      ? { telemetryOptions: { metrics: { prometheus: { bindAddress: `127.0.0.1:${metricsPort}` } } } }
      : {}),
  });
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
    logger: createAppLogger('dondoc-worker', config.observability.logFormat, config.logLevel),
  });
  closeOnSignals(app, tracing);
  Logger.log('Đôn Đốc worker started / worker started', 'Worker');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
