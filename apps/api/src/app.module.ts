import { Module, type DynamicModule } from '@nestjs/common';
import { AppConfig, AppConfigModule } from '@dondoc/config';
import { PersistenceModule } from '@dondoc/persistence';
import { TemporalClientModule } from '@dondoc/temporal-client';
import { DirectivesModule } from './directives/directives.module';
import { HealthController } from './health/health.controller';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [AppConfigModule.forRoot(config), PersistenceModule, TemporalClientModule, DirectivesModule],
      controllers: [HealthController],
    };
  }
}
