import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { DirectiveEntity, TaskEntity } from '@dondoc/persistence';
import { connectTestDatabase } from '../support/database';
import { todayInVietnam } from '../support/dates';
import { Http } from '../support/http';
import { PASSWORD, seedTestProvince, type TestProvince } from '../support/province';
import { startSystem, type RunningSystem } from '../support/system';

/**
 * Idempotency-Key semantics (apps/api/src/common/idempotency.ts) and read-your-writes
 * for task actions (libs/temporal-client/src/bounded-wait.ts), over HTTP against the
 * dev server: the first request 201; a replay 200 with `Idempotent-Replayed: true` and
 * the same resource; another body under the key 422; of ten concurrent first requests
 * one creates. A task listed in the directive's 201 can be acted on at once.
 */
describe('Idempotency-Key and read-your-writes (dev server, real PostgreSQL)', () => {
  let system: RunningSystem;
  let db: DataSource;
  let p: TestProvince;
  let http: Http;
  const today = todayInVietnam();
  const number = () => `${Math.floor(Math.random() * 90_000) + 10_000}-KH/TU`;

  beforeAll(async () => {
    [system, db] = await Promise.all([startSystem(), connectTestDatabase()]);
    p = await seedTestProvince(db);
    http = new Http(system.baseUrl);
  });
  afterAll(async () => {
    await system?.stop();
    await db?.destroy();
  });

  const as = (username: string) => http.login(p.user(username), PASSWORD);
  const directive = (lead = 'BDV-TU') => ({
    documentNumber: number(),
    title: 'Kế hoạch kiểm tra khóa chống trùng',
    issueDate: today,
    issuingUnitId: p.unit('TU-GL'),
    tasks: [{ title: 'Báo cáo kết quả', leadUnitId: p.unit(lead), deadlineWorkingDays: 10 }],
  });
  const post = async (path: string, body: unknown, key?: string, user = 'thuongtruc.tu') =>
    http.request('POST', path, {
      token: await as(user),
      body,
      headers: key ? { 'Idempotency-Key': key } : {},
    });

  it('creates once (201), replays the same body (200, Idempotent-Replayed), refuses another body (422)', async () => {
    const body = directive();
    const key = `idem-${randomUUID()}`;
    const first = await post('/api/v1/directives', body, key);
    expect(first.status).toBe(201);
    expect(first.headers.get('idempotent-replayed')).toBeNull();

    // The same body with its keys in another order is the same request.
    const reordered = Object.fromEntries(Object.entries(body).reverse());
    const replay = await post('/api/v1/directives', reordered, key);
    expect(replay.status).toBe(200);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.body.id).toBe(first.body.id);

    const other = await post('/api/v1/directives', { ...body, title: 'Một kế hoạch khác' }, key);
    expect(other.status).toBe(422);
    expect(other.body.details.map((d: { field: string }) => d.field)).toEqual(['Idempotency-Key']);
    expect(await db.getRepository(DirectiveEntity).countBy({ documentNumber: body.documentNumber })).toBe(1);
    const titles = await db.getRepository(DirectiveEntity).findBy({ title: 'Một kế hoạch khác' });
    expect(titles.filter((d) => d.documentNumber === body.documentNumber)).toHaveLength(0);

    // The key is the caller's: another user with the same key makes a directive of their own.
    const theirs = await post('/api/v1/directives', directive(), key, 'admin');
    expect(theirs.status).toBe(201);
    expect(theirs.body.id).not.toBe(first.body.id);
  });

  it('of ten concurrent first requests exactly one creates (201), the others replay (200)', async () => {
    const body = directive();
    const key = `idem-${randomUUID()}`;
    const token = await as('thuongtruc.tu');
    const responses = await Promise.all(
      Array.from({ length: 10 }, () =>
        http.request('POST', '/api/v1/directives', { token, body, headers: { 'Idempotency-Key': key } }),
      ),
    );
    expect(responses.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 201]);
    expect(new Set(responses.map((r) => r.body.id)).size).toBe(1);
    expect(responses.filter((r) => r.headers.get('idempotent-replayed') === 'true')).toHaveLength(9);
    expect(await db.getRepository(DirectiveEntity).countBy({ documentNumber: body.documentNumber })).toBe(1);
  });

  it('gives delegations the same semantics: replay 200, another body 422, ten concurrent one 201', async () => {
    const created = await post('/api/v1/directives', directive('MTTQ-GL'));
    expect(created.status).toBe(201);
    const parentId: string = created.body.tasks[0].id;
    const path = `/api/v1/tasks/${parentId}/delegations`;
    const parts = { subtasks: [{ leadUnitId: p.unit('HND-GL'), title: 'Tình hình nông dân' }] };
    const key = `idem-${randomUUID()}`;
    const first = await post(path, parts, key, 'mttq.tinh');
    expect(first.status).toBe(201);
    const replay = await post(path, parts, key, 'mttq.tinh');
    expect(replay.status).toBe(200);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.body.subtasks[0].id).toBe(first.body.subtasks[0].id);
    const other = await post(
      path,
      { subtasks: [{ leadUnitId: p.unit('HLHPN-GL'), title: 'Tình hình phụ nữ' }] },
      key,
      'mttq.tinh',
    );
    expect(other.status).toBe(422);
    expect(other.body.details[0].field).toBe('Idempotency-Key');

    const concurrentKey = `idem-${randomUUID()}`;
    const more = { subtasks: [{ leadUnitId: p.unit('HLHPN-GL'), title: 'Tình hình phụ nữ' }] };
    const token = await as('mttq.tinh');
    const responses = await Promise.all(
      Array.from({ length: 10 }, () =>
        http.request('POST', path, { token, body: more, headers: { 'Idempotency-Key': concurrentKey } }),
      ),
    );
    expect(responses.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 201]);
    expect(await db.getRepository(TaskEntity).countBy({ parentTaskId: parentId })).toBe(2);
  });

  it('acknowledges and reports a task within milliseconds of the directive’s 201, fifty times', async () => {
    const [leader, officer] = await Promise.all([as('thuongtruc.tu'), as('bdv.tinh')]);
    const seen: number[] = [];
    for (let i = 0; i < 50; i++) {
      const created = await http.request('POST', '/api/v1/directives', { token: leader, body: directive() });
      expect(created.status).toBe(201);
      const taskId: string = created.body.tasks[0].id;
      const ack = await http.request('POST', `/api/v1/tasks/${taskId}/acknowledge`, { token: officer });
      const report = await http.request('POST', `/api/v1/tasks/${taskId}/reports`, {
        token: officer,
        body: { text: `Báo cáo lần ${i + 1}` },
      });
      seen.push(ack.status, report.status);
      expect({ i, ack: ack.status, report: report.status }).toEqual({ i, ack: 200, report: 201 });
    }
    expect(seen.filter((s) => s === 404)).toHaveLength(0);
  });
});
