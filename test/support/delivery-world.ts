import type { DataSource } from 'typeorm';
import { UserEntity } from '@dondoc/persistence';
import { todayInVietnam } from './dates';
import { eventually } from './eventually';
import { Http } from './http';
import { startHookReceiver, startSmtp } from './mail-and-hooks';
import { markTodayAndTomorrowWorking, ownDatabase } from './own-database';
import { PASSWORD, seedTestProvince, type TestProvince } from './province';
import { startSystem, type RunningSystem } from './system';

export { eventually, S, sleep } from './eventually';

/**
 * The world of the delivery tests (test/e2e/delivery-*.e2e-spec.ts): a real SMTP server
 * and a webhook receiver that checks each signature, started here, and the API and the
 * worker on the Temporal dev server, with fast delivery retries. Own database (today is
 * marked a working day in its calendar). Call while jest collects a describe: it
 * registers the hooks. `env` is laid over the system's settings; `allowedRecipients` makes
 * the SMTP server refuse every other recipient.
 */
export function deliveryWorld(env: Record<string, string> = {}, options: { allowedRecipients?: string } = {}) {
  const world = {
    system: undefined as unknown as RunningSystem,
    db: undefined as unknown as DataSource,
    p: undefined as unknown as TestProvince,
    http: undefined as unknown as Http,
    smtp: undefined as unknown as Awaited<ReturnType<typeof startSmtp>>,
    hooks: undefined as unknown as Awaited<ReturnType<typeof startHookReceiver>>,
    today: todayInVietnam(),
    /** The user id of ca.tinh. */
    caUserId: '',
    as: (username: string) => world.http.login(world.p.user(username), PASSWORD),
    call: async (username: string, method: string, path: string, body?: unknown) =>
      world.http.request(method, path, { token: await world.as(username), body }),
    mailsTo: async (name: string) => (await world.smtp.mails()).filter((m) => m.to.includes(`${name}@gialai.example`)),
    /** Registers a webhook of the unit to the receiver's `path`, remembering its secret. */
    hook: async (unitCode: string, path: string, kinds?: string[]) => {
      const created = await world.call('admin', 'POST', `/api/v1/units/${world.p.unit(unitCode)}/webhooks`, {
        url: `${world.hooks.base}${path}`,
        ...(kinds ? { kinds } : {}),
      });
      expect(created.status).toBe(201);
      world.hooks.secrets.set(path, created.body.secret);
      return created.body.id as string;
    },
    /** A directive of the provincial standing board with these tasks. */
    issue: async (body: Record<string, unknown>, tasks: Record<string, unknown>[]) => {
      const created = await world.call('thuongtruc.tu', 'POST', '/api/v1/directives', {
        documentNumber: `${Math.floor(Math.random() * 90_000) + 1000}-TB/TU`,
        issueDate: world.today,
        issuingUnitId: world.p.unit('TU-GL'),
        ...body,
        tasks,
      });
      expect(created.status).toBe(201);
      return created.body;
    },
    /**
     * Runs one task workflow through its start and cancels it: the worker's first
     * workflow is slow to start, too slow for a test whose reminder is due seconds later.
     */
    warmUp: async () => {
      const directive = await world.issue({ title: 'Khởi động hệ thống kiểm thử' }, [
        { title: 'Nhiệm vụ khởi động', leadUnitId: world.p.unit('HND-GL'), deadlineWorkingDays: 5 },
      ]);
      await eventually(
        'the warm-up task running',
        async () => (await world.call('hnd.tinh', 'POST', `/api/v1/tasks/${directive.tasks[0].id}/acknowledge`)).status,
        (status) => status === 200,
      );
      await world.cancel(directive.id);
    },
    cancel: (directiveId: string) =>
      world.call('thuongtruc.tu', 'POST', `/api/v1/directives/${directiveId}/cancel`, {
        reason: 'Kết thúc kiểm thử',
      }),
  };

  beforeAll(async () => {
    let url: string;
    ({ url, db: world.db } = await ownDatabase('delivery'));
    [world.smtp, world.hooks] = await Promise.all([startSmtp(options), startHookReceiver()]);
    world.system = await startSystem({
      DATABASE_URL: url,
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(world.smtp.port),
      PUBLIC_URL: 'https://dondoc.gialai.example',
      DELIVERY_MAX_ATTEMPTS: '3',
      DELIVERY_RETRY_INITIAL_MS: '300',
      DELIVERY_RETRY_MAX_MS: '2000',
      WEBHOOK_TIMEOUT_MS: '2000',
      ...env,
    });
    world.p = await seedTestProvince(world.db);
    world.http = new Http(world.system.baseUrl);
    const users = world.db.getRepository(UserEntity);
    for (const name of ['hnd.tinh', 'mttq.tinh', 'chutich.mttq', 'thuongtruc.tu', 'ca.tinh', 'qs.tinh']) {
      await users.update({ username: world.p.user(name) }, { email: `${name}@gialai.example` });
    }
    world.caUserId = (await users.findOneByOrFail({ username: world.p.user('ca.tinh') })).id;
    await markTodayAndTomorrowWorking(world.http, await world.http.login(world.p.user('admin'), PASSWORD));
  });
  afterAll(async () => {
    await world.system?.stop();
    await Promise.all([world.smtp?.stop(), world.hooks?.stop(), world.db?.destroy()]);
  });

  return world;
}
