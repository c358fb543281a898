import { Inject, Injectable } from '@nestjs/common';
import { Gauge, Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { metricsRegistry } from '@dondoc/observability';
import { MetricsRepository } from '@dondoc/persistence';

/**
 * The API's /metrics: the process's registry (HTTP latencies, runtime; in one process
 * with the worker, its counters too) and gauges computed from the tables on each scrape.
 * The gauges live in a registry of this app's own, so two apps in one process (tests)
 * each read their own database.
 */
@Injectable()
export class MetricsService {
  private readonly local = new Registry();
  private readonly repository: MetricsRepository;

  constructor(@Inject(DataSource) dataSource: DataSource) {
    this.repository = new MetricsRepository(dataSource);
    const repository = this.repository;
    new Gauge({
      name: 'dondoc_open_tasks',
      help: 'Open tasks (neither completed nor cancelled) by bucket, read from PostgreSQL at scrape time',
      labelNames: ['bucket'] as const,
      registers: [this.local],
      // With PostgreSQL down the gauge is left out of the scrape; the rest still answers.
      async collect() {
        this.reset();
        const counts = await repository.openTasksByBucket().catch(() => null);
        for (const [bucket, n] of Object.entries(counts ?? {})) this.set({ bucket }, n);
      },
    });
  }

  get contentType(): string {
    return metricsRegistry.contentType;
  }

  async text(): Promise<string> {
    return Registry.merge([metricsRegistry, this.local]).metrics();
  }
}
