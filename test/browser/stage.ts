import type { Browser, Page } from '../../apps/web/node_modules/playwright-core';
import type { DataSource } from 'typeorm';
import { Http } from '../support/http';
import { PASSWORD, seedTestProvince, type TestProvince } from '../support/province';
import { startSystem, type RunningSystem } from '../support/system';
import { markTodayAndTomorrowWorking, ownDatabase } from '../support/own-database';
import { ensureWebBuild, launch, openSession, type Session } from './browser';

/** What a browser test file stands on: the whole system on a database of its own, a province, Chromium. */
export interface Stage {
  system: RunningSystem;
  db: DataSource;
  p: TestProvince;
  http: Http;
  browser: Browser;
  session: Session;
  page: Page;
}

/**
 * Builds the dashboard if its sources changed, starts the API, worker and Temporal on a
 * database named after the file (the calendar is changed: today and tomorrow working),
 * seeds a province and opens Chromium. Fills `stage` as it goes, so closeStage can stop
 * whatever did start when a later step fails.
 */
export async function openStage(
  database: string,
  stage: Partial<Stage>,
  /** More of the API's environment, e.g. JWT_ACCESS_TTL_SECONDS for short sessions. */
  env: Record<string, string> = {},
): Promise<Stage> {
  ensureWebBuild();
  const { url, db } = await ownDatabase(database);
  stage.db = db;
  stage.system = await startSystem({ ...env, DATABASE_URL: url });
  stage.p = await seedTestProvince(db);
  stage.http = new Http(stage.system.baseUrl);
  await markTodayAndTomorrowWorking(stage.http, await stage.http.login(stage.p.user('admin'), PASSWORD));
  stage.browser = await launch();
  stage.session = await openSession(stage.browser, stage.system.baseUrl);
  stage.page = stage.session.page;
  return stage as Stage;
}

export async function closeStage(stage: Partial<Stage>): Promise<void> {
  await stage.browser?.close();
  await stage.system?.stop();
  await stage.db?.destroy();
}
