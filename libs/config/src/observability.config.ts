import { httpUrl, integer, oneOf, text, type Env } from './env-read';

/** Traces, metrics and logs (docs/operations.md, "Observability"). */
export interface ObservabilityConfig {
  /** OTLP/HTTP base URL of a collector (`/v1/traces` is appended); null: no traces are exported. */
  otlpEndpoint: string | null;
  /** `service.name` of the spans; each app passes its own default. */
  serviceName: string | null;
  /** json: one JSON object a line (with trace_id/span_id); pretty: Nest's coloured console. */
  logFormat: 'json' | 'pretty';
  /** The worker's metrics listener (`/metrics`, `/health/live`); 0 takes any free port. */
  workerMetricsPort: number;
  workerMetricsHost: string;
  /** Where the Temporal SDK's own Prometheus exporter listens (re-exported on the worker's /metrics); 0: off. */
  temporalMetricsPort: number;
}

export function loadObservabilityConfig(env: Env): ObservabilityConfig {
  const endpoint = text(env, 'OTEL_EXPORTER_OTLP_ENDPOINT', '');
  const production = env.NODE_ENV === 'production';
  return {
    otlpEndpoint: endpoint ? httpUrl('OTEL_EXPORTER_OTLP_ENDPOINT', endpoint) : null,
    serviceName: text(env, 'OTEL_SERVICE_NAME', '') || null,
    logFormat: oneOf(env, 'LOG_FORMAT', production ? 'json' : 'pretty', ['json', 'pretty'] as const),
    workerMetricsPort: integer(env, 'WORKER_METRICS_PORT', 9464, 0, 65535),
    workerMetricsHost: text(env, 'WORKER_METRICS_HOST', '0.0.0.0'),
    temporalMetricsPort: integer(env, 'TEMPORAL_METRICS_PORT', 9465, 0, 65535),
  };
}
