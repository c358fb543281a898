import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { bundleWorkflowCode, NativeConnection, Worker, type WorkerOptions } from '@temporalio/worker';
import { WorkflowIdConflictPolicy } from '@temporalio/common';
import { ScheduleAlreadyRunning, ScheduleOverlapPolicy } from '@temporalio/client';
import { AppConfig } from '@dondoc/config';
import { TemporalClientService } from '@dondoc/temporal-client';
import {
  AUDIT_CHECKPOINT_WORKFLOW,
  auditCheckpointWorkflowId,
  DIGEST_WORKFLOW,
  digestWorkflowId,
  interactiveTaskQueue,
  RECONCILER_WORKFLOW,
  reconcilerScheduleId,
  type AuditCheckpointWorkflow,
  type DigestWorkflow,
} from '@dondoc/workflow-contract';
import { AuditActivitiesImpl } from './activities/audit.activities';
import { DirectiveActivitiesImpl } from './activities/directive.activities';
import { ExplanationActivitiesImpl } from './activities/explanation.activities';
import { FanOutActivitiesImpl } from './activities/fan-out.activities';
import { RoundActivitiesImpl } from './activities/round.activities';
import { TaskActivitiesImpl } from './activities/task.activities';
import { CohortActivitiesImpl } from './cohorts/cohort.activities';
import { ReconcilerActivitiesImpl } from './cohorts/reconciler.activities';
import { UnitHandOverActivitiesImpl } from './activities/unit-handover.activities';
import { ReorganisationRoundsActivitiesImpl } from './activities/reorganisation-rounds.activities';
import { ReorganisationActivitiesImpl } from './activities/reorganisation.activities';
import { UrgeActivitiesImpl } from './activities/urge.activities';
import { ApprovalActivitiesImpl } from './activities/approval.activities';
import { classified } from './activities/failures';
import { DeliveryService } from './delivery/delivery.service';
import { WORKFLOW_INTERCEPTOR_MODULES, workerInterceptors, workflowSinks } from './telemetry/worker-telemetry';
import { workerLanes, workerTuning } from './worker-settings';

/** Where the workflow code lives: workflows/ in the source tree, dist/workflows when built. */
export const WORKFLOWS_PATH = require.resolve('../../../workflows');

/** The bundler's chatter at debug level; its warnings and errors as they are. */
function quietBundler(logger: Logger) {
  return {
    trace: () => undefined,
    debug: (message: string) => logger.debug(message),
    info: (message: string) => logger.debug(message),
    warn: (message: string) => logger.warn(message),
    error: (message: string) => logger.error(message),
    log: (_level: unknown, message: string) => logger.debug(message),
  };
}

async function connect(address: string, logger: Logger): Promise<NativeConnection> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await NativeConnection.connect({ address });
    } catch (error) {
      if (attempt >= 60) throw error;
      logger.warn(`Temporal not reachable at ${address} yet (${(error as Error).message}); retry ${attempt}/60`);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
  }
}

/** Creates, runs and shuts down the Temporal worker inside the Nest application context. */
@Injectable()
export class TemporalWorkerService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(TemporalWorkerService.name);
  private connection?: NativeConnection;
  private workers: Worker[] = [];
  private running?: Promise<void>;

  constructor(
    @Inject(AppConfig) private readonly config: AppConfig,
    @Inject(DirectiveActivitiesImpl) private readonly directiveActivities: DirectiveActivitiesImpl,
    @Inject(TaskActivitiesImpl) private readonly taskActivities: TaskActivitiesImpl,
    @Inject(FanOutActivitiesImpl) private readonly fanOut: FanOutActivitiesImpl,
    @Inject(DeliveryService) private readonly delivery: DeliveryService,
    @Inject(AuditActivitiesImpl) private readonly audit: AuditActivitiesImpl,
    @Inject(ExplanationActivitiesImpl) private readonly explanations: ExplanationActivitiesImpl,
    @Inject(TemporalClientService) private readonly temporal: TemporalClientService,
    @Inject(RoundActivitiesImpl) private readonly rounds: RoundActivitiesImpl,
    @Inject(UnitHandOverActivitiesImpl) private readonly unitHandOver: UnitHandOverActivitiesImpl,
    @Inject(ReorganisationRoundsActivitiesImpl)
    private readonly reorganisationRounds: ReorganisationRoundsActivitiesImpl,
    @Inject(ReorganisationActivitiesImpl) private readonly reorganisations: ReorganisationActivitiesImpl,
    @Inject(CohortActivitiesImpl) private readonly cohorts: CohortActivitiesImpl,
    @Inject(ReconcilerActivitiesImpl) private readonly reconciler: ReconcilerActivitiesImpl,
    @Inject(UrgeActivitiesImpl) private readonly urges: UrgeActivitiesImpl,
    @Inject(ApprovalActivitiesImpl) private readonly approvals: ApprovalActivitiesImpl,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { address, namespace, taskQueue } = this.config.temporal;
    this.connection = await connect(address, this.logger);
    const bundlePath = process.env.WORKFLOW_BUNDLE_PATH;
    // Bundled once for both workers: from the prebuilt file, or from source with the interceptors.
    const workflowBundle = bundlePath
      ? { codePath: bundlePath }
      : {
          code: (
            await bundleWorkflowCode({
              workflowsPath: WORKFLOWS_PATH,
              workflowInterceptorModules: WORKFLOW_INTERCEPTOR_MODULES,
              logger: quietBundler(this.logger),
            })
          ).code,
        };
    const common = {
      connection: this.connection,
      namespace,
      workflowBundle,
      interceptors: workerInterceptors(true),
      sinks: workflowSinks(),
      activities: this.activities(),
      shutdownGraceTime: '10 seconds',
    } satisfies Omit<WorkerOptions, 'taskQueue'>;
    const lanes = workerLanes();
    this.workers = [];
    if (lanes.includes('main')) this.workers.push(await Worker.create({ ...common, taskQueue, ...workerTuning() }));
    // The interactive lane: the SDK's defaults, idle unless someone is issuing a directive.
    if (lanes.includes('interactive')) {
      this.workers.push(await Worker.create({ ...common, taskQueue: interactiveTaskQueue(taskQueue) }));
    }
    this.running = Promise.all(this.workers.map((worker) => worker.run())).then(() => undefined);
    // A worker that dies takes the process with it, so a supervisor restarts it.
    this.running.catch((error: unknown) => {
      this.logger.error(`Temporal worker failed: ${(error as Error).stack ?? String(error)}`);
      process.exitCode = 1;
      process.kill(process.pid, 'SIGTERM');
    });
    const queues = this.workers.map((worker) => `"${worker.options.taskQueue}"`).join(' and ');
    this.logger.log(`Temporal worker polling task queue ${queues} in namespace "${namespace}" at ${address}`);
    await this.startDigest();
    await this.startAuditCheckpoints();
    await this.scheduleReconciler();
  }

  /**
   * The reconciler (decision 65) on a Temporal Schedule, every minute, one per task queue:
   * created by whichever worker comes up first; a pass still running skips the next.
   */
  private async scheduleReconciler(): Promise<void> {
    const { taskQueue } = this.config.temporal;
    try {
      await this.temporal.client.schedule.create({
        scheduleId: reconcilerScheduleId(taskQueue),
        spec: { intervals: [{ every: '1 minute' }] },
        action: {
          type: 'startWorkflow',
          workflowType: RECONCILER_WORKFLOW,
          workflowId: `reconciler-pass:${taskQueue}`,
          args: [{}],
          taskQueue,
        },
        policies: { overlap: ScheduleOverlapPolicy.SKIP },
      });
    } catch (error) {
      if (!(error instanceof ScheduleAlreadyRunning)) {
        this.logger.warn(`reconciler schedule not created: ${(error as Error).message}`);
      }
    }
  }

  /** Every activity, judged in one place: poison fails for good (failures.ts). */
  private activities() {
    return classified({
      ...this.directiveActivities.asActivities(),
      ...this.taskActivities.asActivities(),
      ...this.delivery.asActivities(),
      ...this.audit.asActivities(),
      ...this.rounds.asActivities(),
      ...this.explanations.asActivities(),
      ...this.unitHandOver.asActivities(),
      ...this.reorganisationRounds.asActivities(),
      ...this.reorganisations.asActivities(),
      ...this.cohorts.asActivities(),
      ...this.reconciler.asActivities(),
      ...this.urges.asActivities(),
      ...this.approvals.asActivities(),
      startCohorts: (input: { directiveId: string }) => this.cohorts.startCohorts(input),
      startTaskWorkflows: (input: Parameters<FanOutActivitiesImpl['startTaskWorkflows']>[0]) =>
        this.fanOut.startTaskWorkflows(input),
      forwardToTasks: (input: Parameters<FanOutActivitiesImpl['forwardToTasks']>[0]) =>
        this.fanOut.forwardToTasks(input),
    });
  }

  /** The daily audit checkpoint, like the digest: one workflow per task queue. */
  private async startAuditCheckpoints(): Promise<void> {
    const { taskQueue } = this.config.temporal;
    try {
      await this.temporal.client.workflow.start<AuditCheckpointWorkflow>(AUDIT_CHECKPOINT_WORKFLOW, {
        workflowId: auditCheckpointWorkflowId(taskQueue),
        taskQueue,
        args: [{ timeZone: this.config.timezone, atMinutes: 5 }],
        workflowIdConflictPolicy: WorkflowIdConflictPolicy.USE_EXISTING,
      });
    } catch (error) {
      this.logger.warn(`daily audit checkpoint not started: ${(error as Error).message}`);
    }
  }

  /** The daily digest runs as one workflow per task queue, started by whichever worker comes up first. */
  private async startDigest(): Promise<void> {
    const { taskQueue } = this.config.temporal;
    try {
      await this.temporal.client.workflow.start<DigestWorkflow>(DIGEST_WORKFLOW, {
        workflowId: digestWorkflowId(taskQueue),
        taskQueue,
        args: [{ timeZone: this.config.timezone, atMinutes: this.config.delivery.digestAtMinutes }],
        workflowIdConflictPolicy: WorkflowIdConflictPolicy.USE_EXISTING,
      });
    } catch (error) {
      this.logger.warn(`daily digest not started: ${(error as Error).message}`);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    for (const worker of this.workers) if (worker.getState() === 'RUNNING') worker.shutdown();
    await this.running?.catch(() => undefined);
    await this.connection?.close();
  }
}
