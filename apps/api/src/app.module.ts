import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { ContentGate, ContentGateInterceptor } from './security/content-gate';
import { LIST_TOTAL_MAX_AGE_MS, ListTotals } from './common/list-totals';
import { AppConfig, AppConfigModule } from '@dondoc/config';
import { databaseSnapshot, PersistenceModule } from '@dondoc/persistence';
import { DataSource } from 'typeorm';
import { TemporalClientModule } from '@dondoc/temporal-client';
import { AdminController } from './admin/admin.controller';
import { AdminService } from './admin/admin.service';
import { AuditController } from './audit/audit.controller';
import { AuthController } from './auth/auth.controller';
import { AuthGuard } from './auth/auth.guard';
import { AuthService } from './auth/auth.service';
import { CalendarController } from './calendar/calendar.controller';
import { CalendarService } from './calendar/calendar.service';
import { DirectivesController } from './directives/directives.controller';
import { DirectivesService } from './directives/directives.service';
import { DirectiveTasks } from './directives/directive-tasks';
import { HealthController } from './health/health.controller';
import { HistoryController } from './history/history.controller';
import { HistoryService } from './history/history.service';
import { HistoryExport } from './exports/history.export';
import { ExplanationsController } from './explanations/explanations.controller';
import { ExplanationsService } from './explanations/explanations.service';
import { StatsController } from './stats/stats.controller';
import { StatsService } from './stats/stats.service';
import { MetricsController } from './metrics/metrics.controller';
import { MetricsService } from './metrics/metrics.service';
import { DeliveriesController } from './notifications/deliveries.controller';
import { DeliveriesService } from './notifications/deliveries.service';
import { NotificationsController } from './notifications/notifications.controller';
import { NotificationsService } from './notifications/notifications.service';
import { PreferencesController } from './notifications/preferences.controller';
import { PreferencesService } from './notifications/preferences.service';
import { WebhooksController } from './notifications/webhooks.controller';
import { WebhooksService } from './notifications/webhooks.service';
import { DelegationsService } from './tasks/delegations.service';
import { TaskActionsController } from './tasks/task-actions.controller';
import { TaskActionsService } from './tasks/task-actions.service';
import { LeaderActionsController } from './tasks/leader-actions.controller';
import { LeaderActionsService } from './tasks/leader-actions.service';
import { TaskInputBuilder } from './tasks/task-input.builder';
import { TasksController } from './tasks/tasks.controller';
import { TasksService } from './tasks/tasks.service';
import { ReportingCyclesController } from './reporting-cycles/reporting-cycles.controller';
import { ReportingCyclesService } from './reporting-cycles/reporting-cycles.service';
import { RoundsService } from './reporting-cycles/rounds.service';
import { rateLimitModule, RateLimitGuard } from './security/rate-limit';
import { UnitsController } from './units/units.controller';
import { UnitsService } from './units/units.service';
import { UsersController } from './users/users.controller';
import { UsersService } from './users/users.service';
import { MyWorkController } from './my-work/my-work.controller';
import { MyWorkService } from './my-work/my-work.service';
import { AttachmentsController } from './attachments/attachments.controller';
import { AttachmentsService } from './attachments/attachments.service';
import { AttachmentStore } from './attachments/attachment-store';
import { EmbeddedAttachmentStore } from './attachments/embedded-store';
import { S3AttachmentStore, s3Client } from './attachments/s3-store';
import { DraftsController } from './drafts/drafts.controller';
import { DraftsService } from './drafts/drafts.service';
import { ReorganisationsController } from './reorganisations/reorganisations.controller';
import { ReorganisationsService } from './reorganisations/reorganisations.service';
import { ChannelsController, ChannelWebhooksController } from './channels/channels.controller';
import { ChannelsService } from './channels/channels.service';
import { ReceiptsService } from './channels/receipts.service';

/** Controllers translate HTTP; services hold the rules; repositories (libs/persistence) the SQL. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [AppConfigModule.forRoot(config), PersistenceModule, TemporalClientModule, rateLimitModule(config)],
      controllers: [
        HealthController,
        AuthController,
        UnitsController,
        UsersController,
        DirectivesController,
        TasksController,
        TaskActionsController,
        LeaderActionsController,
        NotificationsController,
        PreferencesController,
        WebhooksController,
        DeliveriesController,
        CalendarController,
        AuditController,
        HistoryController,
        ReportingCyclesController,
        StatsController,
        ExplanationsController,
        AdminController,
        MetricsController,
        MyWorkController,
        AttachmentsController,
        DraftsController,
        ReorganisationsController,
        ChannelsController,
        ChannelWebhooksController,
      ],
      providers: [
        AdminService,
        AuthService,
        UnitsService,
        UsersService,
        DirectivesService,
        DirectiveTasks,
        TaskInputBuilder,
        TasksService,
        TaskActionsService,
        LeaderActionsService,
        DelegationsService,
        NotificationsService,
        PreferencesService,
        WebhooksService,
        DeliveriesService,
        CalendarService,
        HistoryService,
        ReportingCyclesService,
        RoundsService,
        HistoryExport,
        StatsService,
        ExplanationsService,
        MetricsService,
        MyWorkService,
        AttachmentsService,
        {
          provide: AttachmentStore,
          useFactory: async () => {
            const { s3, dir } = config.attachments;
            const store = s3 ? new S3AttachmentStore(s3Client(s3), s3) : new EmbeddedAttachmentStore(dir);
            await store.init();
            return store;
          },
        },
        DraftsService,
        ChannelsService,
        ReceiptsService,
        ReorganisationsService,
        // Rate limits first: a flood of bad tokens is counted before anything is looked up.
        { provide: APP_GUARD, useClass: RateLimitGuard },
        { provide: APP_GUARD, useClass: AuthGuard },
        ContentGate,
        {
          provide: ListTotals,
          inject: [DataSource],
          useFactory: (dataSource: DataSource) =>
            new ListTotals(LIST_TOTAL_MAX_AGE_MS, () => databaseSnapshot(dataSource)),
        },
        // Every answer leaves through the one door for secret content.
        { provide: APP_INTERCEPTOR, useClass: ContentGateInterceptor },
      ],
    };
  }
}
