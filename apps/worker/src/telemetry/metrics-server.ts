import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@dondoc/config';
import { metricsRegistry } from '@dondoc/observability';

/**
 * The worker's small HTTP listener: `/metrics` (this process's metrics and, appended,
 * the Temporal SDK's own from its Prometheus exporter: poll and schedule-to-start
 * latencies, slots, sticky cache) and `/health/live`. The worker answers no other HTTP.
 */
@Injectable()
export class MetricsServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MetricsServer.name);
  private server?: Server;

  constructor(@Inject(AppConfig) private readonly config: AppConfig) {}

  /** The port it listens on (useful when configured as 0). */
  port(): number | undefined {
    return (this.server?.address() as AddressInfo | null)?.port;
  }

  async onApplicationBootstrap(): Promise<void> {
    const { workerMetricsHost, workerMetricsPort } = this.config.observability;
    const server = createServer((request, response) => {
      this.handle(request.url ?? '/')
        .then(({ status, type, body }) => response.writeHead(status, { 'content-type': type }).end(body))
        .catch((error: unknown) => response.writeHead(500).end(String(error)));
    });
    try {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(workerMetricsPort, workerMetricsHost, () => resolve());
      });
      this.server = server;
      this.logger.log(`metrics at http://${workerMetricsHost}:${this.port()}/metrics`);
    } catch (error) {
      // A second worker on the same host (tests, a manual run) must still work: without metrics.
      this.logger.warn(`metrics listener not started on port ${workerMetricsPort}: ${(error as Error).message}`);
    }
  }

  private async handle(url: string): Promise<{ status: number; type: string; body: string }> {
    const path = url.split('?')[0];
    if (path === '/health/live') return { status: 200, type: 'application/json', body: '{"status":"ok"}' };
    if (path !== '/metrics') return { status: 404, type: 'text/plain', body: 'not found' };
    const own = await metricsRegistry.metrics();
    return { status: 200, type: metricsRegistry.contentType, body: own + (await this.temporalMetrics()) };
  }

  /** The SDK Core's Prometheus exporter listens on loopback only; its text is passed through. */
  private async temporalMetrics(): Promise<string> {
    const port = this.config.observability.temporalMetricsPort;
    if (!port) return '';
    try {
      const response = await fetch(`http://127.0.0.1:${port}/metrics`, { signal: AbortSignal.timeout(2_000) });
      return response.ok ? `\n${await response.text()}` : '';
    } catch {
      return '';
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await new Promise((resolve) => (this.server ? this.server.close(resolve) : resolve(undefined)));
  }
}
