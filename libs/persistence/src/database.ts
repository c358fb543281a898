import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { APP_ROLE } from './audit/audit-chain.sql';
import { createDataSource, type DataSourceSettings } from './data-source';

/** Creates the database named in `url` when it does not exist yet. */
export async function ensureDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) {
      await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}" ENCODING 'UTF8' TEMPLATE template0`);
    }
  } catch (error) {
    // Two processes may race to create it; the loser finds it there.
    if ((error as { code?: string }).code !== '42P04') throw error;
  } finally {
    await client.end();
  }
}

/** Connects, creates the database if needed and applies pending migrations. */
export async function migrate(settings: DataSourceSettings): Promise<{ dataSource: DataSource; applied: string[] }> {
  await ensureDatabase(settings.url);
  const dataSource = createDataSource(settings);
  await dataSource.initialize();
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  return { dataSource, applied: applied.map((migration) => migration.name) };
}

/** The same server and database as `url`, signed in as another role. */
export function urlWithRole(url: string, role: string, password: string): string {
  const target = new URL(url);
  target.username = encodeURIComponent(role);
  target.password = encodeURIComponent(password);
  return target.toString();
}

/**
 * Lets the application's role (created by the migrations, with rights to read and
 * append but never to rewrite the audit log or change the schema) sign in, and
 * returns the URL the API and the worker use. Run with the owner's URL, after migrating.
 */
export async function enableAppRole(ownerUrl: string, password: string): Promise<string> {
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const literal = `'${password.replace(/'/g, "''")}'`;
    await client.query(`ALTER ROLE ${APP_ROLE} WITH LOGIN PASSWORD ${literal}`);
  } finally {
    await client.end();
  }
  return urlWithRole(ownerUrl, APP_ROLE, password);
}
