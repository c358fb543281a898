import { Module, type DynamicModule } from '@nestjs/common';
import { AppConfig, AppConfigModule } from '@dondoc/config';
import { PersistenceModule } from '@dondoc/persistence';
import { TemporalClientModule } from '@dondoc/temporal-client';
import { AuditActivitiesImpl } from './activities/audit.activities';
import { DirectiveActivitiesImpl } from './activities/directive.activities';
import { ExplanationActivitiesImpl } from './activities/explanation.activities';
import { FanOutActivitiesImpl } from './activities/fan-out.activities';
import { RoundActivitiesImpl } from './activities/round.activities';
import { TaskActivitiesImpl } from './activities/task.activities';
import { CohortActivitiesImpl } from './cohorts/cohort.activities';
import { CohortNotices } from './cohorts/cohort-notices';
import { ApprovalReconciler } from './cohorts/approval-reconciler';
import { ReconcilerActivitiesImpl } from './cohorts/reconciler.activities';
import { UnitHandOverActivitiesImpl } from './activities/unit-handover.activities';
import { ReorganisationRoundsActivitiesImpl } from './activities/reorganisation-rounds.activities';
import { ReorganisationActivitiesImpl } from './activities/reorganisation.activities';
import { UrgeActivitiesImpl } from './activities/urge.activities';
import { ApprovalActivitiesImpl } from './activities/approval.activities';
import { BatchSender } from './delivery/batch-sender';
import { ChannelSender } from './delivery/channel-sender';
import { ChannelFallback } from './delivery/channel-fallback';
import { DeliveryPlanner } from './delivery/delivery-planner';
import { DeliverySender } from './delivery/delivery-sender';
import { DeliveryService } from './delivery/delivery.service';
import { DigestService } from './delivery/digest.service';
import { MailSender, WebhookSender } from './delivery/senders';
import { MetricsServer } from './telemetry/metrics-server';
import { TemporalWorkerService } from './temporal-worker.service';

@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [AppConfigModule.forRoot(config), PersistenceModule, TemporalClientModule],
      providers: [
        AuditActivitiesImpl,
        DirectiveActivitiesImpl,
        TaskActivitiesImpl,
        ExplanationActivitiesImpl,
        FanOutActivitiesImpl,
        RoundActivitiesImpl,
        UnitHandOverActivitiesImpl,
        ReorganisationRoundsActivitiesImpl,
        ReorganisationActivitiesImpl,
        CohortActivitiesImpl,
        CohortNotices,
        ReconcilerActivitiesImpl,
        ApprovalReconciler,
        UrgeActivitiesImpl,
        ApprovalActivitiesImpl,
        MailSender,
        WebhookSender,
        DeliveryPlanner,
        BatchSender,
        ChannelSender,
        ChannelFallback,
        DeliverySender,
        DigestService,
        DeliveryService,
        TemporalWorkerService,
        MetricsServer,
      ],
    };
  }
}
