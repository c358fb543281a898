import { Logger } from '@nestjs/common';
import { loadConfig } from '@dondoc/config';
import { createApiApp } from './bootstrap';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createApiApp(config);
  await app.listen(config.port, config.host);
  Logger.log(
    `Đôn Đốc API: http://localhost:${config.port}/api/v1 — OpenAPI: http://localhost:${config.port}/docs`,
    'Api',
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
