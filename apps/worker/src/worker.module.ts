import { Module, type DynamicModule } from '@nestjs/common';
import { AppConfig, AppConfigModule } from '@dondoc/config';
import { PersistenceModule } from '@dondoc/persistence';
import { DirectiveActivitiesImpl } from './activities/directive.activities';
import { TemporalWorkerService } from './temporal-worker.service';

@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [AppConfigModule.forRoot(config), PersistenceModule],
      providers: [DirectiveActivitiesImpl, TemporalWorkerService],
    };
  }
}
