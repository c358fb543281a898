import { createDataSource } from '@dondoc/persistence';
import type { DataSource } from 'typeorm';

/** A connection to the test database that the global setup migrated. */
export async function connectTestDatabase(): Promise<DataSource> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set: run the tests through `npm test`');
  return createDataSource({ url, poolSize: 4, applicationName: 'dondoc-test', logging: false }).initialize();
}
