import { Global, Module, type DynamicModule } from '@nestjs/common';
import { AppConfig } from './config';

/** Makes the validated configuration injectable as `AppConfig` everywhere. */
@Global()
@Module({})
export class AppConfigModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: AppConfigModule, providers: [{ provide: AppConfig, useValue: config }], exports: [AppConfig] };
  }
}
