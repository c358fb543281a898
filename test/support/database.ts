import { createDataSource } from '@dondoc/persistence';
import type { DataSource } from 'typeorm';

/**
 * A connection to the test database that the global setup migrated: as its owner by
 * default (fixtures, tampering behind the application), or as the application's role.
 */
export async function connectTestDatabase(as: 'owner' | 'app' = 'owner'): Promise<DataSource> {
  const url = as === 'owner' ? (process.env.OWNER_DATABASE_URL ?? process.env.DATABASE_URL) : process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set: run the tests through `npm test`');
  return createDataSource({ url, poolSize: 4, applicationName: 'dondoc-test', logging: false }).initialize();
}
