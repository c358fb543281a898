import { Global, Inject, Injectable, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '@dondoc/config';
import { correlationId } from '@dondoc/observability';
import { AuditChainRepository } from './audit/audit-chain.repository';
import { AuditLogRepository } from './audit/audit-log.repository';
import { HistoryRepository } from './history/history.repository';
import { ExplanationsRepository } from './stats/explanations.repository';
import { StatsRepository } from './stats/stats.repository';
import { CalendarRepository } from './calendar.repository';
import { createDataSource } from './data-source';
import { DirectivesRepository } from './directives.repository';
import { NotificationsRepository } from './notifications.repository';
import { DeliveriesRepository } from './deliveries.repository';
import { ChannelAddressesRepository } from './channel-addresses.repository';
import { DeliveryReceiptsRepository } from './delivery-receipts.repository';
import { ZaloTokensRepository } from './zalo-tokens.repository';
import { DeliveryBatchesRepository } from './delivery-batches.repository';
import { DigestRepository } from './digest.repository';
import { DirectiveWritesRepository } from './directive-writes.repository';
import { FanOutRepository } from './fan-out.repository';
import { IdempotencyRepository } from './idempotency.repository';
import { InboxRepository } from './inbox.repository';
import { TaskEventsRepository } from './task-events.repository';
import { TasksRepository } from './tasks.repository';
import { UnitLineageRepository } from './unit-lineage.repository';
import { UnitsRepository } from './units.repository';
import { UnitHandOverRepository } from './unit-handover.repository';
import { UsersRepository } from './users.repository';
import { LoginThrottleRepository } from './login-throttle.repository';
import { SessionsRepository } from './sessions.repository';
import { ReportingCyclesRepository } from './reporting-cycles.repository';
import { SecrecyRepository } from './secrecy.repository';
import { ReportingRoundsRepository } from './reporting-rounds.repository';
import { RoundChangesRepository } from './round-changes.repository';
import { CohortRepository } from './cohort.repository';
import { TaskDriverRepository } from './task-driver.repository';
import { MyWorkRepository } from './my-work.repository';
import { TaskWorkflowInputs } from './task-workflow-inputs';
import { TaskUrgesRepository } from './task-urges.repository';
import { AttachmentsRepository } from './attachments.repository';
import { DraftsRepository } from './drafts.repository';
import { ReorganisationPreviewRepository } from './reorganisation-preview.repository';
import { ReorganisationRoundsRepository } from './reorganisation-rounds.repository';
import { ReorganisationPlansRepository } from './reorganisation-plans.repository';
import { ReorganisationApplyRepository } from './reorganisation-apply.repository';

/**
 * Opens `count` of the pool's connections at once, so the first requests after a start do
 * not wait for new backends (their cold catalog caches cost each first statement more than
 * the statement). The pool keeps them (`min`). A failure only means they open on demand.
 */
async function warmPool(dataSource: DataSource, count: number): Promise<void> {
  try {
    await Promise.all(Array.from({ length: count }, () => dataSource.query('SELECT 1')));
  } catch (error) {
    new Logger('Persistence').warn(`connections not opened in advance: ${(error as Error).message}`);
  }
}

/** Waits for PostgreSQL at boot (it may still be starting), then gives up with the cause. */
async function connectWithRetry(dataSource: DataSource, attempts = 30, delayMs = 1_000): Promise<DataSource> {
  const logger = new Logger('Persistence');
  for (let attempt = 1; ; attempt++) {
    try {
      return await dataSource.initialize();
    } catch (error) {
      if (attempt >= attempts) throw error;
      logger.warn(`PostgreSQL not reachable yet (${(error as Error).message}); retry ${attempt}/${attempts}`);
      await new Promise((resolve) => setTimeout(resolve, delayMs));
    }
  }
}

@Injectable()
class DataSourceCloser implements OnApplicationShutdown {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}

const repository = <T>(type: new (dataSource: DataSource) => T) => ({
  provide: type,
  inject: [DataSource],
  useFactory: (dataSource: DataSource) => new type(dataSource),
});

@Global()
@Module({
  providers: [
    {
      provide: DataSource,
      inject: [AppConfig],
      useFactory: async (config: AppConfig) => {
        const dataSource = await connectWithRetry(
          createDataSource({
            url: config.database.url,
            poolSize: config.database.poolSize,
            poolMin: config.database.poolMin,
            poolIdleSeconds: config.database.poolIdleSeconds,
            applicationName: `dondoc-${process.title}`,
            correlationId,
          }),
        );
        await warmPool(dataSource, config.database.poolMin);
        return dataSource;
      },
    },
    DataSourceCloser,
    repository(UnitsRepository),
    repository(UnitHandOverRepository),
    repository(CohortRepository),
    repository(TaskDriverRepository),
    {
      provide: TaskWorkflowInputs,
      inject: [DataSource, AppConfig],
      useFactory: (dataSource: DataSource, config: AppConfig) => new TaskWorkflowInputs(dataSource, config),
    },
    repository(UsersRepository),
    repository(LoginThrottleRepository),
    repository(SessionsRepository),
    repository(DirectivesRepository),
    repository(CalendarRepository),
    repository(TasksRepository),
    repository(NotificationsRepository),
    repository(DeliveriesRepository),
    repository(ChannelAddressesRepository),
    repository(DeliveryReceiptsRepository),
    repository(ZaloTokensRepository),
    repository(DeliveryBatchesRepository),
    repository(AuditChainRepository),
    repository(AuditLogRepository),
    repository(HistoryRepository),
    repository(DigestRepository),
    repository(DirectiveWritesRepository),
    repository(TaskEventsRepository),
    repository(InboxRepository),
    repository(FanOutRepository),
    repository(ReportingCyclesRepository),
    repository(ReportingRoundsRepository),
    repository(RoundChangesRepository),
    repository(StatsRepository),
    repository(ExplanationsRepository),
    repository(IdempotencyRepository),
    repository(SecrecyRepository),
    repository(TaskUrgesRepository),
    repository(MyWorkRepository),
    repository(AttachmentsRepository),
    repository(DraftsRepository),
    repository(ReorganisationPreviewRepository),
    repository(ReorganisationPlansRepository),
    repository(ReorganisationRoundsRepository),
    repository(ReorganisationApplyRepository),
    repository(UnitLineageRepository),
  ],
  exports: [
    DataSource,
    ChannelAddressesRepository,
    DeliveryReceiptsRepository,
    ZaloTokensRepository,
    AttachmentsRepository,
    ReorganisationPreviewRepository,
    ReorganisationPlansRepository,
    ReorganisationRoundsRepository,
    ReorganisationApplyRepository,
    UnitLineageRepository,
    TaskUrgesRepository,
    MyWorkRepository,
    DraftsRepository,
    SecrecyRepository,
    UnitsRepository,
    UnitHandOverRepository,
    CohortRepository,
    TaskDriverRepository,
    TaskWorkflowInputs,
    UsersRepository,
    LoginThrottleRepository,
    SessionsRepository,
    IdempotencyRepository,
    DirectivesRepository,
    CalendarRepository,
    TasksRepository,
    NotificationsRepository,
    DeliveriesRepository,
    DeliveryBatchesRepository,
    AuditChainRepository,
    AuditLogRepository,
    HistoryRepository,
    DigestRepository,
    DirectiveWritesRepository,
    TaskEventsRepository,
    InboxRepository,
    FanOutRepository,
    ReportingCyclesRepository,
    ReportingRoundsRepository,
    RoundChangesRepository,
    StatsRepository,
    ExplanationsRepository,
  ],
})
export class PersistenceModule {}
