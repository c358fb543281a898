import type { DataSource } from 'typeorm';
import { connectTestDatabase } from '../support/database';
import { Http } from '../support/http';
import { PASSWORD, seedTestProvince, type TestProvince } from '../support/province';
import { startSystem, type RunningSystem } from '../support/system';
import { todayInVietnam } from '../support/dates';

/**
 * The inspection team (đoàn kiểm tra): an auditor reads everything in its subtree and
 * changes nothing; secret content only with clearance, and every read of it is audited.
 */
describe('the auditor role (dev server, real PostgreSQL)', () => {
  let system: RunningSystem;
  let db: DataSource;
  let p: TestProvince;
  let http: Http;
  const tokens: Record<string, string> = {};
  let secret: { id: string; taskId: string };
  let open: { id: string; taskId: string };

  beforeAll(async () => {
    system = await startSystem();
    db = await connectTestDatabase();
    p = await seedTestProvince(db);
    http = new Http(system.baseUrl);
    const admin = await http.login(p.user('admin'), PASSWORD);
    const auditors = [
      { name: 'kiemtra.tinh', unit: 'TU-GL', clearance: false },
      { name: 'kiemtra.mat', unit: 'TU-GL', clearance: true },
      { name: 'kiemtra.xa', unit: 'DU-PLEIKU', clearance: true },
    ];
    for (const a of auditors) {
      const created = await http.request('POST', '/api/v1/users', {
        token: admin,
        body: {
          username: p.user(a.name),
          password: PASSWORD,
          fullName: `Kiểm tra viên ${a.name}`,
          role: 'auditor',
          unitId: p.unit(a.unit),
          secretClearance: a.clearance,
        },
      });
      expect(created.status).toBe(201);
      tokens[a.name] = await http.login(p.user(a.name), PASSWORD);
    }
    tokens.leader = await http.login(p.user('thuongtruc.tu'), PASSWORD);
    const issue = async (confidentiality: string, n: number) => {
      const created = await http.request('POST', '/api/v1/directives', {
        token: tokens.leader,
        body: {
          documentNumber: `${Math.floor(Math.random() * 9000) + 1000 + n}-CT/TU`,
          title: `Chỉ thị ${confidentiality === 'secret' ? 'mật về công tác bảo vệ' : 'về dân vận'}`,
          summary: 'Nội dung chỉ đạo',
          issueDate: todayInVietnam(),
          issuingUnitId: p.unit('TU-GL'),
          confidentiality,
          tasks: [{ title: 'Rà soát địa bàn', leadUnitId: p.unit('MTTQ-GL'), deadlineWorkingDays: 10 }],
        },
      });
      expect(created.status).toBe(201);
      return { id: created.body.id as string, taskId: created.body.tasks[0].id as string };
    };
    secret = await issue('secret', 0);
    open = await issue('normal', 1);
  });
  afterAll(async () => {
    await system?.stop();
    await db?.destroy();
  });

  const call = (who: string, method: string, path: string, body?: unknown) =>
    http.request(method, `/api/v1${path}`, { token: tokens[who], body });

  it.each([
    ['reads directives', 'GET', () => '/directives', 200],
    ['reads a directive', 'GET', () => `/directives/${open.id}`, 200],
    ['reads tasks of its subtree', 'GET', () => '/tasks?subtree=true', 200],
    ['reads a task', 'GET', () => `/tasks/${open.taskId}`, 200],
    ['reads units', 'GET', () => '/units', 200],
    ['reads users', 'GET', () => '/users', 200],
    ['reads a history', 'GET', () => `/directives/${open.id}/history`, 200],
    ['verifies the audit chain', 'GET', () => '/audit/verify', 200],
    ['downloads the checkpoints', 'GET', () => '/audit/checkpoints?format=csv', 200],
    ['may not issue a directive', 'POST', () => '/directives', 403],
    ['may not cancel a directive', 'POST', () => `/directives/${open.id}/cancel`, 403],
    ['may not acknowledge a task', 'POST', () => `/tasks/${open.taskId}/acknowledge`, 403],
    ['may not report', 'POST', () => `/tasks/${open.taskId}/reports`, 403],
    ['may not create a unit', 'POST', () => '/units', 403],
    ['may not change the calendar', 'PUT', () => '/calendar/overrides/2026-12-31', 403],
    ['may not create a user', 'POST', () => '/users', 403],
    ['may not change its preferences', 'PUT', () => '/me/preferences', 403],
  ])('an auditor %s', async (_what, method, path, status) => {
    const response = await call(
      'kiemtra.tinh',
      method,
      path(),
      method === 'GET' ? undefined : { reason: 'x', text: 'x' },
    );
    expect(response.status).toBe(status);
    if (status === 403) expect(response.body.message).toMatch(/chỉ được xem|only read/);
  });

  it('sees nothing outside its subtree: a commune auditor finds no provincial directive', async () => {
    expect((await call('kiemtra.xa', 'GET', `/directives/${open.id}`)).status).toBe(404);
    expect((await call('kiemtra.xa', 'GET', `/tasks/${open.taskId}`)).status).toBe(404);
    expect((await call('kiemtra.xa', 'GET', '/audit/verify')).status).toBe(200);
  });

  it('gets a secret directive without its content when not cleared, and no read is recorded', async () => {
    const directive = await call('kiemtra.tinh', 'GET', `/directives/${secret.id}`);
    expect(directive.status).toBe(200);
    expect(directive.body).toMatchObject({ confidentiality: 'secret', summary: 'Nội dung mật' });
    expect(directive.body.title).toBe('Nội dung mật');
    expect(directive.body.title).not.toMatch(/bảo vệ/);
    expect(directive.body.tasks[0].title).not.toMatch(/Rà soát/);
    const task = await call('kiemtra.tinh', 'GET', `/tasks/${secret.taskId}`);
    expect(task.body.title).not.toMatch(/Rà soát/);
    const list = await call('kiemtra.tinh', 'GET', '/directives?limit=500');
    expect(list.body.items.find((d: { id: string }) => d.id === secret.id).title).not.toMatch(/bảo vệ/);
    expect(await secretReads(p.user('kiemtra.tinh'))).toBe(0);
  });

  it('with clearance reads the content, and each read is itself audited', async () => {
    const directive = await call('kiemtra.mat', 'GET', `/directives/${secret.id}`);
    expect(directive.body.title).toMatch(/bảo vệ/);
    const task = await call('kiemtra.mat', 'GET', `/tasks/${secret.taskId}`);
    expect(task.body.title).toBe('Rà soát địa bàn');
    expect(await secretReads(p.user('kiemtra.mat'))).toBe(2);
    const history = await call('kiemtra.mat', 'GET', `/directives/${secret.id}/history?action=directive.secret_read`);
    expect(history.body.items.map((e: { actor: { username: string } }) => e.actor.username)).toEqual(
      expect.arrayContaining([p.user('kiemtra.mat')]),
    );
  });

  const secretReads = async (username: string) => {
    const [{ n }] = await db.query(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'directive.secret_read' AND actor = $1 AND entity_id = $2`,
      [username, secret.id],
    );
    return n;
  };
});
