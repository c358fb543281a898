import { SpanKind } from '@opentelemetry/api';
import nodeHttp from 'node:http';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import type { DataSource } from 'typeorm';
import { startTracing, type Tracing } from '@dondoc/observability';
import { MetricsServer } from '../../apps/worker/src/telemetry/metrics-server';
import { todayInVietnam } from '../support/dates';
import { Http } from '../support/http';
import { ownDatabase } from '../support/own-database';
import { PASSWORD, seed000Body, seedTestProvince, type TestProvince } from '../support/province';
import { startSystem, type RunningSystem } from '../support/system';

/** One metric's value from Prometheus text, e.g. value(text, 'dondoc_open_tasks{bucket="open_overdue"}'). */
function value(text: string, series: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

let describeSpans = () => '';

async function until<T>(read: () => T | undefined, what: string, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = read();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; spans: ${describeSpans()}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * Traces through API → Temporal → workflow → activity, read from an in-memory exporter,
 * and metrics scraped from the API and the worker, on a database of this file's own
 * (so the open-task gauge counts only what this file creates).
 */
describe('observability (dev server, real PostgreSQL)', () => {
  const exporter = new InMemorySpanExporter();
  let tracing: Tracing | undefined;
  let system: RunningSystem;
  let db: DataSource;
  let province: TestProvince;
  let http: Http;
  let leader: string;

  beforeAll(async () => {
    tracing = startTracing({ serviceName: 'dondoc-test', spanProcessor: new SimpleSpanProcessor(exporter) });
    // Jest loads modules through its own registry, which the instrumentations' require
    // hook never sees (a real process loads them after startTracing, as main.ts does):
    // the HTTP server's instrumentation is applied by hand here.
    const instrumentation = new HttpInstrumentation();
    instrumentation.setTracerProvider(tracing!.provider);
    instrumentation.getModuleDefinitions().find((definition) => definition.name === 'http')!.patch!(
      nodeHttp,
      process.versions.node,
    );
    const own = await ownDatabase('observability');
    db = own.db;
    system = await startSystem({ DATABASE_URL: own.url, WORKER_METRICS_PORT: '0' });
    province = await seedTestProvince(db);
    http = new Http(system.baseUrl);
    leader = await http.login(province.user('thuongtruc.tu'), PASSWORD);
  });
  afterAll(async () => {
    await system?.stop();
    await db?.destroy();
    await tracing?.shutdown();
  });

  it('traces one directive creation from the HTTP request through the workflow to its activities', async () => {
    exporter.reset();
    const number = `${Math.floor(Math.random() * 90_000) + 1000}-KH/TU`;
    const created = await http.request('POST', '/api/v1/directives', {
      token: leader,
      body: seed000Body(province, todayInVietnam(), number),
    });
    expect(created.status).toBe(201);

    const spans = () => exporter.getFinishedSpans();
    describeSpans = () =>
      spans()
        .map((s) => s.name)
        .join(', ');
    // The API's server span is the root of the trace: POST on the directives route.
    const server = await until(
      () =>
        spans().find(
          (s: ReadableSpan) =>
            s.kind === SpanKind.SERVER &&
            s.attributes['http.method'] === 'POST' &&
            String(s.attributes['http.target']).startsWith('/api/v1/directives'),
        ),
      'the API server span',
    );
    const traceId = server.spanContext().traceId;
    const inTrace = () => spans().filter((s) => s.spanContext().traceId === traceId);
    const names = () => inTrace().map((s) => s.name);
    const has = (name: string) => (names().includes(name) ? true : undefined);
    await until(() => has('RunActivity:recordDirective'), 'the recording activity in the same trace');
    // Decision 65: the fan-out starts the directive's cohorts (no workflow per task).
    await until(() => has('RunActivity:startCohorts'), 'the fan-out activity in the same trace');
    const span = (name: string) => inTrace().find((s) => s.name === name)!;
    const parentOf = (name: string) => span(name).parentSpanId;
    // API (HTTP server span) → Temporal client (update-with-start) → the workflow's
    // update handler → the activity it schedules → the activity's run in the worker.
    expect(server.name).toBe('POST /api/v1/directives');
    expect(parentOf('UpdateWithStartWorkflow:awaitRecorded')).toBe(server.spanContext().spanId);
    expect(parentOf('HandleUpdate:awaitRecorded')).toBe(
      span('UpdateWithStartWorkflow:awaitRecorded').spanContext().spanId,
    );
    expect(parentOf('RunActivity:recordDirective')).toBe(span('StartActivity:recordDirective').spanContext().spanId);
    // The fan-out carries the same trace into every cohort workflow it starts, and on into their first activity.
    await until(() => has('StartWorkflow:cohortWorkflow'), 'the cohort workflows started in the same trace');
    await until(() => has('RunActivity:deliverAssignments'), "a cohort's first activity in the same trace");
    expect(names().filter((n) => n === 'StartWorkflow:taskWorkflow')).toEqual([]);
  });

  it('serves /metrics on the API with HTTP latencies and an open-task gauge that follows the tables', async () => {
    const series = 'dondoc_open_tasks{bucket="open_within_deadline"}';
    const before = await http.request('GET', '/metrics');
    expect(before.status).toBe(200);
    expect(before.headers.get('content-type')).toContain('text/plain');
    const created = await http.request('POST', '/api/v1/directives', {
      token: leader,
      body: seed000Body(province, todayInVietnam(), `${Math.floor(Math.random() * 90_000) + 1000}-KH/TU`),
    });
    expect(created.status).toBe(201);
    // The directive workflow writes the task rows; the gauge reads them at each scrape.
    const deadline = Date.now() + 60_000;
    let text: string;
    do {
      text = (await http.request('GET', '/metrics')).body;
      if (value(text, series) >= value(before.body, series) + 8) break;
      await new Promise((resolve) => setTimeout(resolve, 300));
    } while (Date.now() < deadline);
    expect(value(text, series) - value(before.body, series)).toBe(8);
    expect(text).toContain('dondoc_http_request_duration_seconds_bucket');
    expect(
      value(text, 'dondoc_http_request_duration_seconds_count{method="POST",route="/api/v1/directives",status="201"}'),
    ).toBeGreaterThanOrEqual(1);
  });

  it('serves the worker its own /metrics and /health/live listener', async () => {
    const port = system.worker!.get(MetricsServer).port();
    expect(port).toBeGreaterThan(0);
    const live = await fetch(`http://127.0.0.1:${port}/health/live`);
    expect(live.status).toBe(200);
    const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    expect(metrics).toContain('dondoc_notices_sent_total');
    expect(metrics).toContain('dondoc_activity_failures_total');
    expect(metrics).toContain('process_cpu_seconds_total');
  });

  it('answers liveness without asking anything and readiness after PostgreSQL and Temporal', async () => {
    expect((await http.request('GET', '/health/live')).body).toEqual({ status: 'ok' });
    const ready = await http.request('GET', '/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body).toMatchObject({
      status: 'ok',
      checks: { postgres: { status: 'up' }, temporal: { status: 'up' } },
    });
    expect((await http.request('GET', '/health')).status).toBe(200);
  });
});
