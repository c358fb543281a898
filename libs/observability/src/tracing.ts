import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { Resource } from '@opentelemetry/resources';
import { BatchSpanProcessor, type SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';

/** The process's tracing: the Temporal worker hands workflow spans to the same processor. */
export interface Tracing {
  readonly provider: NodeTracerProvider;
  readonly spanProcessor: SpanProcessor;
  readonly resource: Resource;
  shutdown(): Promise<void>;
}

let current: Tracing | undefined;

/** The tracing started in this process, if any. */
export function currentTracing(): Tracing | undefined {
  return current;
}

/** Probes, scrapes and the collector's own traffic are not worth a span each. */
const UNTRACED_PATHS = /^\/(metrics|health)(\/|$|\?)/;

export interface TracingOptions {
  serviceName: string;
  /** OTLP/HTTP base URL; ignored when a processor is given. */
  otlpEndpoint?: string | null;
  /** For tests: e.g. a SimpleSpanProcessor over an InMemorySpanExporter. */
  spanProcessor?: SpanProcessor;
}

/**
 * HTTP (the API's requests, the worker's webhook calls) and pg are instrumented; the
 * Temporal interceptors carry the trace across workflows and activities. Express is
 * not: Nest loads it as an ES module, out of reach of the require hook, so the API
 * names its server spans by route itself (apps/api/src/metrics/http-metrics.ts).
 *
 * Starts tracing when there is somewhere to send spans, and does nothing otherwise
 * (no instrumentation is loaded: tracing off costs nothing). Call it before pg,
 * express or Nest are loaded: the instrumentations patch modules as they are required.
 */
export function startTracing(options: TracingOptions): Tracing | undefined {
  if (current) return current;
  const spanProcessor =
    options.spanProcessor ??
    (options.otlpEndpoint
      ? new BatchSpanProcessor(new OTLPTraceExporter({ url: `${options.otlpEndpoint}/v1/traces` }))
      : undefined);
  if (!spanProcessor) return undefined;
  const resource = new Resource({ 'service.name': options.serviceName, 'service.namespace': 'dondoc' });
  const provider = new NodeTracerProvider({ resource, spanProcessors: [spanProcessor] });
  // Registers the AsyncLocalStorage context manager and the W3C trace-context propagator
  // that the Temporal interceptors use to carry the trace through workflow headers.
  provider.register();
  const unregister = registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (request) => UNTRACED_PATHS.test(request.url ?? ''),
        // Outgoing calls (webhooks) only as part of a traced operation.
        requireParentforOutgoingSpans: true,
      }),
      new PgInstrumentation({ requireParentSpan: true }),
    ],
  });
  current = {
    provider,
    spanProcessor,
    resource,
    async shutdown() {
      unregister();
      await provider.shutdown();
      current = undefined;
    },
  };
  return current;
}

/**
 * Instead of Nest's shutdown hooks: close the app on SIGTERM/SIGINT, then flush the
 * spans still buffered (the worker's last workflow spans arrive while it drains), then
 * exit with whatever exit code the app set.
 */
export function closeOnSignals(app: { close(): Promise<void> }, tracing: Tracing | undefined): void {
  let closing = false;
  const stop = () => {
    if (closing) return;
    closing = true;
    app
      .close()
      .then(() => tracing?.shutdown())
      .catch((error: unknown) => console.error(error))
      .finally(() => process.exit());
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}
