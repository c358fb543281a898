import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { createDataSource, ensureDatabase, migrate, UnitEntity, UnitsRepository } from '@dondoc/persistence';
import { todayInVietnam } from '../support/dates';
import { Http } from '../support/http';
import { PASSWORD, seedTestProvince, SYSTEM, type TestProvince } from '../support/province';
import { startSystem, type RunningSystem } from '../support/system';
import { untilWorkerPolls } from '../support/temporal-testing';
import { sleep } from '../support/eventually';

const ROOT = join(__dirname, '..', '..');
const TASKS = 2000;

/**
 * kill -9 the worker while a directive to 2,000 units is being recorded (decision 65:
 * its tasks, cohorts, assignments and new-task notices are one transaction, so the
 * middle of the fan-out is the middle of that transaction); start it again; every task
 * has exactly one row, one "assigned" record and one new-task notice per user. The
 * worker runs as its own process, built from dist/. To hold the transaction open at a
 * known point, the test locks the audit log against inserts: the recording writes its
 * tasks, then waits on its first audit row.
 */
describe('a worker killed in the middle of a 2,000-assignment directive', () => {
  let system: RunningSystem;
  let db: DataSource;
  let p: TestProvince;
  let url: string;
  let worker: ChildProcess | undefined;

  const startWorker = () => {
    const child = spawn(process.execPath, [join(ROOT, 'dist/apps/worker/src/main.js')], {
      env: {
        ...process.env,
        DATABASE_URL: url,
        TEMPORAL_TASK_QUEUE: system.config.temporal.taskQueue,
        LOG_LEVEL: 'error',
        NODE_OPTIONS: '',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    return child;
  };

  beforeAll(async () => {
    const build = spawnSync(join(ROOT, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.build.json'], {
      cwd: ROOT,
      stdio: 'inherit',
    });
    expect(build.status).toBe(0);
    expect(
      spawnSync(join(ROOT, 'node_modules/.bin/tsc-alias'), ['-p', 'tsconfig.build.json'], { cwd: ROOT }).status,
    ).toBe(0);
    const target = new URL(process.env.OWNER_DATABASE_URL ?? process.env.DATABASE_URL!);
    target.pathname = `/crash_${process.pid}`;
    url = target.toString();
    await ensureDatabase(url);
    await (await migrate({ url })).dataSource.destroy();
    db = await createDataSource({ url, logging: false }).initialize();
    system = await startSystem({ DATABASE_URL: url }, { worker: false });
    p = await seedTestProvince(db);
    const rows = Array.from({ length: TASKS }, (_, i) => ({
      line: i + 1,
      code: `${p.prefix}-CR${i}`,
      name: `Chi hội thử ${i}`,
      kind: 'mass_organisation',
      parentCode: `${p.prefix}-MTTQ-GL`,
    }));
    await new UnitsRepository(db).import(SYSTEM, rows, 'test');
    await db.query(
      `INSERT INTO users (id, username, password_hash, full_name, role, unit_id)
       SELECT gen_random_uuid(), lower(code), 'not-a-login', name, 'officer', id FROM units WHERE code LIKE $1`,
      [`${p.prefix}-CR%`],
    );
  });
  afterAll(async () => {
    worker?.kill('SIGKILL');
    await system?.stop();
    await db?.destroy();
  });

  const assigned = async (directiveId: string) =>
    Number(
      (
        await db.query(
          `SELECT count(*) AS n FROM audit_events a JOIN tasks t ON t.id = a.entity_id
            WHERE t.directive_id = $1 AND a.action = 'task.follow_up_started' AND a.event_id LIKE 'task:%'`,
          [directiveId],
        )
      )[0].n,
    );

  // The story's state: the directive whose fan-out the kill interrupts.
  let id = '';

  it('kills the worker hard while the recording transaction of the 2,000 tasks is open', async () => {
    const http = new Http(system.baseUrl);
    const token = await http.login(p.user('thuongtruc.tu'), PASSWORD);
    const units = await db
      .getRepository(UnitEntity)
      .createQueryBuilder('u')
      .where('u.code LIKE :c', { c: `${p.prefix}-CR%` })
      .getMany();
    worker = startWorker();
    // The POST's 201 waits for the directive workflow to record it; a worker still bundling
    // its workflow code would spend the API's bounded wait (503) on its own start-up.
    await untilWorkerPolls(system.config.temporal.address, system.config.temporal.taskQueue);
    const blocker = db.createQueryRunner();
    await blocker.connect();
    await blocker.startTransaction();
    await blocker.query('LOCK TABLE audit_events IN SHARE ROW EXCLUSIVE MODE');
    const body = {
      documentNumber: `${Math.floor(Math.random() * 9000) + 1000}-CV/TU`,
      title: 'Công văn đôn đốc báo cáo sơ kết 6 tháng gửi các chi hội',
      issueDate: todayInVietnam(),
      issuingUnitId: p.unit('TU-GL'),
      tasks: units.map((unit) => ({ title: 'Báo cáo sơ kết 6 tháng', leadUnitId: unit.id, deadlineWorkingDays: 10 })),
    };
    // As a client does: the same Idempotency-Key on every try, so every try is one directive.
    const key = `crash-${Date.now()}`;
    const post = () => http.request('POST', '/api/v1/directives', { token, body, headers: { 'Idempotency-Key': key } });
    const first = post();
    let waiting = 0;
    for (let i = 0; i < 600 && waiting === 0; i++) {
      await sleep(100);
      [{ waiting }] = await db.query(
        `SELECT count(*)::int AS waiting FROM pg_stat_activity
          WHERE wait_event_type = 'Lock' AND query ILIKE 'INSERT INTO "audit_events"%'`,
      );
    }
    expect(waiting).toBeGreaterThan(0);
    worker.kill('SIGKILL');
    await blocker.commitTransaction();
    await blocker.release();
    await first.catch(() => undefined);
    await sleep(1000);
    worker = startWorker();
    // The recording is retried once the dead worker's heartbeat is missed (30 s); until
    // then the API answers 503 after its bounded wait, and the client tries again.
    let created = await post();
    for (let i = 0; i < 30 && created.status === 503; i++) created = await post();
    expect([200, 201]).toContain(created.status);
    id = created.body.id as string;
  }, 600_000);

  it('recovers once started again: every one of the 2,000 tasks assigned', async () => {
    for (let i = 0; i < 4800 && (await assigned(id)) < TASKS; i++) await sleep(100);
    expect(await assigned(id)).toBe(TASKS);
  }, 600_000); // a busy CI machine runs 2,000 workflows slower than a quiet one

  it('has exactly 2,000 task rows', async () => {
    const [{ tasks }] = await db.query('SELECT count(*)::int AS tasks FROM tasks WHERE directive_id = $1', [id]);
    expect(tasks).toBe(TASKS);
  });

  it('has one "assigned" audit row per task, none twice', async () => {
    const [audit] = await db.query(
      `SELECT count(*)::int AS n, count(DISTINCT entity_id)::int AS distinct_tasks FROM audit_events
        WHERE action = 'task.follow_up_started' AND event_id LIKE 'task:%' AND entity_id IN (SELECT id FROM tasks WHERE directive_id = $1)`,
      [id],
    );
    expect(audit).toEqual({ n: TASKS, distinct_tasks: TASKS });
  });

  it('sent one new-task notice per user, however often an activity ran', async () => {
    // One user in every lead unit.
    for (let i = 0; i < 300; i++) {
      const [{ n }] = await db.query(
        `SELECT count(*)::int AS n FROM notifications WHERE directive_id = $1 AND kind = 'task_assigned'`,
        [id],
      );
      if (n >= TASKS) break;
      await sleep(100);
    }
    const [notices] = await db.query(
      `SELECT count(*)::int AS n, count(DISTINCT (notice_id, user_id))::int AS distinct_notices FROM notifications
        WHERE directive_id = $1 AND kind = 'task_assigned'`,
      [id],
    );
    expect(notices).toEqual({ n: TASKS, distinct_notices: TASKS });
  });
});
