import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { enabledLogLevels, loadConfig } from '@dondoc/config';
import { WorkerModule } from './worker.module';

async function main(): Promise<void> {
  const config = loadConfig();
  // The SDK's own log (bundler output, state changes) only from warnings up, unless debugging.
  Runtime.install({ logger: new DefaultLogger(['debug', 'verbose'].includes(config.logLevel) ? 'DEBUG' : 'WARN') });
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
    logger: enabledLogLevels(config.logLevel),
  });
  app.enableShutdownHooks();
  Logger.log('Đôn Đốc worker started / worker started', 'Worker');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
