import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ensureSigningSecret, loadConfig, type AppConfig } from '@dondoc/config';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { installQuietRuntime, uniqueTaskQueue } from './temporal-testing';

export interface RunningSystem {
  config: AppConfig;
  api: INestApplication;
  worker?: INestApplicationContext;
  baseUrl: string;
  stop(): Promise<void>;
}

/**
 * The API and the worker as production builds them, in this process, against the
 * test run's PostgreSQL and Temporal dev server, on a task queue of their own.
 */
export async function startSystem(
  overrides: Record<string, string> = {},
  options: { worker?: boolean } = {},
): Promise<RunningSystem> {
  installQuietRuntime();
  // No JWT_SECRET: the key the API makes under the test run's data directory (global-setup).
  const config = ensureSigningSecret(
    loadConfig({
      ...process.env,
      LOG_LEVEL: 'warn',
      PORT: '3000',
      TEMPORAL_TASK_QUEUE: uniqueTaskQueue('e2e'),
      ...overrides,
    }),
  );
  // Without a worker here, a test runs its own (as a separate process, say).
  const worker =
    options.worker === false
      ? undefined
      : await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: ['error', 'warn'] });
  await worker?.init();
  const api = await createApiApp(config);
  await api.listen(0, '127.0.0.1');
  const address = api.getHttpServer().address() as { port: number };
  return {
    config,
    api,
    worker,
    baseUrl: `http://127.0.0.1:${address.port}`,
    async stop() {
      await api.close();
      await worker?.close();
    },
  };
}
