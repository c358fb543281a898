import 'reflect-metadata';
import { DataSource, type DataSourceOptions, type LoggerOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { SafeQueryLogger } from './query-logger';

export interface DataSourceSettings {
  url: string;
  poolSize?: number;
  /** Connections kept open however long they idle (config.ts, `poolMin`). */
  poolMin?: number;
  poolIdleSeconds?: number;
  applicationName?: string;
  /** TypeORM logging: failed statements (without their parameters; query-logger.ts) unless false. */
  logging?: LoggerOptions;
  /** The correlation id of the work in hand, for the line a failed statement leaves (query-logger.ts). */
  correlationId?: () => string | undefined;
}

/**
 * The one data source definition, shared by the API, the worker, the migration
 * tooling and the tests. Schema changes go through migrations only.
 */
export function dataSourceOptions(settings: DataSourceSettings): DataSourceOptions {
  return {
    type: 'postgres',
    url: settings.url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: settings.logging ?? ['error'],
    // TypeORM's own loggers print a failed statement with its parameters: never used.
    ...(settings.logging === false ? {} : { logger: new SafeQueryLogger(settings.correlationId) }),
    extra: {
      max: settings.poolSize ?? 10,
      min: Math.min(settings.poolMin ?? 0, settings.poolSize ?? 10),
      idleTimeoutMillis: (settings.poolIdleSeconds ?? 10) * 1000,
      application_name: settings.applicationName ?? 'dondoc',
      // A statement may not hang a request forever.
      statement_timeout: 30_000,
    },
  };
}

export function createDataSource(settings: DataSourceSettings): DataSource {
  return new DataSource(dataSourceOptions(settings));
}
