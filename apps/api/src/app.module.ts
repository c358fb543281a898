import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AppConfig, AppConfigModule } from '@dondoc/config';
import { PersistenceModule } from '@dondoc/persistence';
import { TemporalClientModule } from '@dondoc/temporal-client';
import { AuditController } from './audit/audit.controller';
import { AuthController } from './auth/auth.controller';
import { AuthGuard } from './auth/auth.guard';
import { AuthService } from './auth/auth.service';
import { CalendarController } from './calendar/calendar.controller';
import { DeliveriesController } from './deliveries.controller';
import { DirectivesController } from './directives/directives.controller';
import { DirectivesService } from './directives/directives.service';
import { HealthController } from './health/health.controller';
import { HistoryController } from './history/history.controller';
import { HistoryService } from './history/history.service';
import { NotificationsController } from './notifications.controller';
import { DelegationsService } from './tasks/delegations.service';
import { TaskActionsController } from './tasks/task-actions.controller';
import { TasksController } from './tasks/tasks.controller';
import { UnitsController } from './units/units.controller';
import { UsersController } from './users/users.controller';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [AppConfigModule.forRoot(config), PersistenceModule, TemporalClientModule],
      controllers: [
        HealthController,
        AuthController,
        UnitsController,
        UsersController,
        DirectivesController,
        TasksController,
        TaskActionsController,
        NotificationsController,
        DeliveriesController,
        CalendarController,
        AuditController,
        HistoryController,
      ],
      providers: [
        AuthService,
        DirectivesService,
        DelegationsService,
        HistoryService,
        { provide: APP_GUARD, useClass: AuthGuard },
      ],
    };
  }
}
