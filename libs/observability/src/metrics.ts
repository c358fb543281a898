import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

/**
 * The process's metrics, served at /metrics by the API and by the worker's listener.
 * Counters count in the process where the thing happened (the worker sends notices and
 * deliveries); a retried activity may count twice, so they are for rates and alerts,
 * the tables stay the record.
 */
export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry });

export const httpDuration = new Histogram({
  name: 'dondoc_http_request_duration_seconds',
  help: 'HTTP requests served by the API, by method, route and status',
  labelNames: ['method', 'route', 'status'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
  registers: [metricsRegistry],
});

export const noticesSent = new Counter({
  name: 'dondoc_notices_sent_total',
  help: 'Notices written to in-app inboxes (reminders, escalations and the rest), by kind',
  labelNames: ['kind'] as const,
  registers: [metricsRegistry],
});

export const deliveriesFinished = new Counter({
  name: 'dondoc_deliveries_total',
  help: 'E-mail and webhook delivery attempts by channel and outcome (sent, failed, dead, skipped)',
  labelNames: ['channel', 'outcome'] as const,
  registers: [metricsRegistry],
});

export const activityFailures = new Counter({
  name: 'dondoc_activity_failures_total',
  help: 'Activity attempts that failed, by activity type and error type',
  labelNames: ['activity_type', 'error_type'] as const,
  registers: [metricsRegistry],
});

export const reconcilerFindings = new Counter({
  name: 'dondoc_reconciler_findings_total',
  help: 'Tasks and cohorts the reconciler found without their driver (and repaired), by kind',
  labelNames: ['kind'] as const,
  registers: [metricsRegistry],
});
