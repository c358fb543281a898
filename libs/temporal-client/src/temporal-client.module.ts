import { Global, Inject, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { OpenTelemetryWorkflowClientInterceptor } from '@temporalio/interceptors-opentelemetry';
import { AppConfig } from '@dondoc/config';
import { interactiveTaskQueue } from '@dondoc/workflow-contract';

/**
 * Owns the API's connection to Temporal. The connection is lazy, so the API boots
 * (and reports Temporal down on /health) while Temporal is unreachable.
 */
@Injectable()
export class TemporalClientService implements OnApplicationShutdown {
  readonly connection: Connection;
  readonly client: Client;
  readonly taskQueue: string;
  /** Where directive workflows run: a lane of their own (workflow-contract, task-queues.ts). */
  readonly interactiveTaskQueue: string;

  constructor(@Inject(AppConfig) config: AppConfig) {
    this.connection = Connection.lazy({ address: config.temporal.address });
    this.client = new Client({
      connection: this.connection,
      namespace: config.temporal.namespace,
      // Carries the caller's trace (an HTTP request, an activity) into the workflows it
      // starts and signals; without a tracer provider the spans are no-ops.
      interceptors: { workflow: [new OpenTelemetryWorkflowClientInterceptor()] },
    });
    this.taskQueue = config.temporal.taskQueue;
    this.interactiveTaskQueue = interactiveTaskQueue(this.taskQueue);
  }

  /** Round trip to the frontend service; throws when Temporal does not answer in time. */
  async ping(timeoutMs = 2_000): Promise<void> {
    await this.connection.withDeadline(Date.now() + timeoutMs, () => this.connection.workflowService.getSystemInfo({}));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.connection.close();
  }
}

@Global()
@Module({ providers: [TemporalClientService], exports: [TemporalClientService] })
export class TemporalClientModule {}
