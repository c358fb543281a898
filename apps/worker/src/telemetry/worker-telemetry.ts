import type { Context as ActivityContext } from '@temporalio/activity';
import {
  makeWorkflowExporter,
  OpenTelemetryActivityInboundInterceptor,
  OpenTelemetryActivityOutboundInterceptor,
} from '@temporalio/interceptors-opentelemetry';
import type { ActivityInboundCallsInterceptor, ActivityExecuteInput, Next, WorkerOptions } from '@temporalio/worker';
import { Resource } from '@opentelemetry/resources';
import { NoopSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { activityFailures, currentTracing } from '@dondoc/observability';

/**
 * The OpenTelemetry workflow interceptors, bundled with the workflow code (the SDK's
 * own module: it imports only @temporalio/workflow, so it is safe in the sandbox).
 * The prebuilt bundle of the Docker image is made with the same list (Dockerfile).
 * They are always in: a worker with tracing on or off runs the same workflow code,
 * and the SDK gates the interceptors' yield points behind its own flags, so the
 * committed histories replay either way (test/replay/replay-traced.spec.ts).
 */
export const WORKFLOW_INTERCEPTOR_MODULES = [
  require.resolve('@temporalio/interceptors-opentelemetry/lib/workflow-interceptors'),
];

/** Counts failed activity attempts by type; Temporal retries them, the count shows the churn. */
class ActivityFailureCounter implements ActivityInboundCallsInterceptor {
  constructor(private readonly ctx: ActivityContext) {}

  async execute(input: ActivityExecuteInput, next: Next<ActivityInboundCallsInterceptor, 'execute'>) {
    try {
      return await next(input);
    } catch (error) {
      const type = (error as { type?: unknown }).type;
      activityFailures.inc({
        activity_type: this.ctx.info.activityType,
        error_type: typeof type === 'string' ? type : ((error as Error).name ?? 'Error'),
      });
      throw error;
    }
  }
}

/** Interceptors for activities (spans, failure counts) and, from source, the workflow modules. */
export function workerInterceptors(prebuiltBundle: boolean): WorkerOptions['interceptors'] {
  return {
    activity: [
      (ctx) => ({
        inbound: new OpenTelemetryActivityInboundInterceptor(ctx),
        outbound: new OpenTelemetryActivityOutboundInterceptor(ctx),
      }),
      (ctx) => ({ inbound: new ActivityFailureCounter(ctx) }),
    ],
    // A prebuilt bundle already holds them; the SDK would ignore them with a warning.
    ...(prebuiltBundle ? {} : { workflowModules: WORKFLOW_INTERCEPTOR_MODULES }),
  };
}

/** The sink through which workflow spans leave the sandbox: to this process's span processor, or nowhere. */
export function workflowSinks(): NonNullable<WorkerOptions['sinks']> {
  const tracing = currentTracing();
  return {
    exporter: tracing
      ? makeWorkflowExporter(tracing.spanProcessor, tracing.resource)
      : makeWorkflowExporter(new NoopSpanProcessor(), Resource.empty()),
  };
}
