import 'reflect-metadata';
// Tracing first: its instrumentations patch http and pg as they are loaded after it.
import { loadConfig, type AppConfig } from '@dondoc/config';
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
  installRuntime(Runtime, new DefaultLogger(['debug', 'verbose'].includes(config.logLevel) ? 'DEBUG' : 'WARN'), config);
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
    logger: createAppLogger('dondoc-worker', config.observability.logFormat, config.logLevel),
  });
  closeOnSignals(app, tracing);
  Logger.log('worker started', 'Worker');
}

/**
 * The SDK's own log (bundler output, state changes) only from warnings up, unless debugging;
 * its metrics (schedule-to-start latencies, slots, polls) on loopback, re-served at /metrics.
 * A taken metrics port costs the metrics, not the worker.
 */
function installRuntime(
  runtime: typeof import('@temporalio/worker').Runtime,
  logger: import('@temporalio/worker').Logger,
  config: AppConfig,
): void {
  const port = config.observability.temporalMetricsPort;
  if (port) {
    try {
      runtime.install({ logger, telemetryOptions: { metrics: { prometheus: { bindAddress: `127.0.0.1:${port}` } } } });
      return;
    } catch (error) {
      console.error(`Temporal SDK metrics off: ${(error as Error).message} (TEMPORAL_METRICS_PORT=${port})`);
    }
  }
  runtime.install({ logger });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
