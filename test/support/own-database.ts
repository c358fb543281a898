import type { DataSource } from 'typeorm';
import { APP_ROLE, createDataSource, ensureDatabase, migrate, urlWithRole } from '@dondoc/persistence';
import { todayInVietnam } from './dates';
import type { Http } from './http';

/**
 * A database of the test file's own, migrated with the real migrations, for tests that
 * change what others must not see (the calendar). `url` signs in as the application's
 * role (for the apps); `db` is the owner's connection (for fixtures).
 */
export async function ownDatabase(name: string): Promise<{ url: string; db: DataSource }> {
  const owner = new URL(process.env.OWNER_DATABASE_URL ?? process.env.DATABASE_URL!);
  owner.pathname = `/${name}_${process.pid}`;
  await ensureDatabase(owner.toString());
  await (await migrate({ url: owner.toString() })).dataSource.destroy();
  const db = await createDataSource({ url: owner.toString(), logging: false }).initialize();
  return { url: urlWithRole(owner.toString(), APP_ROLE, 'dondoc_app'), db };
}

/**
 * Marks today and tomorrow working days through the API, so second-scale deadlines are
 * not moved to Monday when the tests run on a weekend or a holiday.
 */
export async function markTodayAndTomorrowWorking(http: Http, adminToken: string): Promise<void> {
  const tomorrow = new Date(Date.now() + 86_400_000).toLocaleDateString('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' });
  for (const date of [todayInVietnam(), tomorrow]) {
    const set = await http.request('PUT', `/api/v1/calendar/overrides/${date}`, {
      token: adminToken,
      body: { kind: 'working_day', note: 'Kiểm thử' },
    });
    if (set.status !== 200) throw new Error(`calendar override ${date}: ${set.status} ${JSON.stringify(set.body)}`);
  }
}
