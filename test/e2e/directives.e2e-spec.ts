import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { DirectiveEntity } from '@dondoc/persistence';
import { connectTestDatabase } from '../support/database';
import { todayInVietnam, workingDayDeadline } from '../support/dates';
import { Http } from '../support/http';
import { PASSWORD, seed000Body, seedTestProvince, type TestProvince } from '../support/province';
import { startSystem, type RunningSystem } from '../support/system';
import { eventually } from '../support/eventually';
import { TemporalClientService } from '@dondoc/temporal-client';
import { cohortWorkflowId, directiveWorkflowId, interactiveTaskQueue, taskWorkflowId } from '@dondoc/workflow-contract';

/** API → Temporal (dev server) → worker → PostgreSQL → API, over HTTP. */
describe('directives over HTTP (dev server, real PostgreSQL)', () => {
  let system: RunningSystem;
  let db: DataSource;
  let province: TestProvince;
  let http: Http;
  let leader: string;
  const today = todayInVietnam();

  beforeAll(async () => {
    [system, db] = await Promise.all([startSystem(), connectTestDatabase()]);
    province = await seedTestProvince(db);
    http = new Http(system.baseUrl);
    leader = await http.login(province.user('thuongtruc.tu'), PASSWORD);
  });
  afterAll(async () => {
    await system?.stop();
    await db?.destroy();
  });

  const number = () => `${Math.floor(Math.random() * 90_000) + 1000}-KH/TU`;

  it('reports PostgreSQL and Temporal up on /health', async () => {
    const { status, body } = await http.request('GET', '/health');
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'ok', checks: { postgres: { status: 'up' }, temporal: { status: 'up' } } });
  });

  it('creates the seed-000 directive and reads it back with deadlines counted in working days', async () => {
    const body = seed000Body(province, today, number());
    const created = await http.request('POST', '/api/v1/directives', { token: leader, body });
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe(`/api/v1/directives/${created.body.id}`);

    const { status, body: directive } = await http.request('GET', `/api/v1/directives/${created.body.id}`, {
      token: leader,
    });
    expect(status).toBe(200);
    expect(directive).toMatchObject({
      documentNumber: body.documentNumber,
      type: 'KH',
      typeName: 'Kế hoạch',
      issueDate: today,
      issuingUnit: { code: `${province.prefix}-TU-GL` },
      status: 'active',
      progress: { open_within_deadline: 8, open_overdue: 0, completed_on_time: 0, completed_late: 0, cancelled: 0 },
    });
    expect(directive.tasks).toHaveLength(8);
    const report = directive.tasks[1];
    expect(report).toMatchObject({
      title: 'Xây dựng báo cáo sơ kết công tác dân vận toàn tỉnh 6 tháng đầu năm',
      leadUnit: { code: `${province.prefix}-BDV-TU`, name: 'Ban Dân vận Tỉnh ủy' },
      deadlineWorkingDays: 10,
      deadline: workingDayDeadline(today, 10),
      originalDeadline: workingDayDeadline(today, 10),
      bucket: 'open_within_deadline',
      reminderPolicy: {
        before: [{ workingDays: 5 }, { workingDays: 2 }, { workingDays: 1 }],
        onDeadlineDayAt: '08:00',
      },
    });
    expect(report.coordinatingUnits.map((u: { code: string }) => u.code)).toEqual(
      ['MTTQ-GL', 'HND-GL', 'HLHPN-GL', 'TD-GL', 'HCCB-GL', 'LDLD-GL'].map((c) => `${province.prefix}-${c}`),
    );
    expect(directive.tasks[5].indicators).toEqual([
      { name: 'Số mô hình “Nông hội” được củng cố', unitOfMeasure: 'mô hình', target: 40 },
    ]);
    expect(directive.tasks[6].deadline).toBe(workingDayDeadline(today, 60));
  });

  it('runs the directive workflow on the interactive lane and its cohort workflows on the main queue', async () => {
    const created = await http.request('POST', '/api/v1/directives', {
      token: leader,
      body: seed000Body(province, today, number()),
    });
    expect(created.status).toBe(201);
    const { client, taskQueue } = system.api.get(TemporalClientService);
    const directive = await client.workflow.getHandle(directiveWorkflowId(created.body.id)).describe();
    expect(directive.taskQueue).toBe(interactiveTaskQueue(taskQueue));
    const [{ id: taskId }] = created.body.tasks;
    // Followed by its cohort (decision 65), started just after the 201; no workflow of its own.
    const [{ cohort_id: cohortId }] = await db.query('SELECT cohort_id FROM tasks WHERE id = $1', [taskId]);
    const cohort = await eventually(
      'the cohort workflow started',
      () =>
        client.workflow
          .getHandle(cohortWorkflowId(cohortId))
          .describe()
          .catch(() => undefined),
      (described) => described !== undefined,
    );
    expect(cohort?.taskQueue).toBe(taskQueue);
    await expect(client.workflow.getHandle(taskWorkflowId(taskId)).describe()).rejects.toThrow();
  });

  it('makes one directive from ten concurrent requests with the same Idempotency-Key', async () => {
    const body = seed000Body(province, today, number());
    const key = `e2e-${randomUUID()}`;
    const responses = await Promise.all(
      Array.from({ length: 10 }, () =>
        http.request('POST', '/api/v1/directives', { token: leader, body, headers: { 'Idempotency-Key': key } }),
      ),
    );
    expect(responses.every((r) => r.status === 201 || r.status === 200)).toBe(true);
    expect(new Set(responses.map((r) => r.body.id)).size).toBe(1);
    const rows = await db
      .getRepository(DirectiveEntity)
      .countBy({ documentNumber: body.documentNumber, issuingUnitId: body.issuingUnitId });
    expect(rows).toBe(1);
    const again = await http.request('POST', '/api/v1/directives', {
      token: leader,
      body,
      headers: { 'Idempotency-Key': key },
    });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(responses[0]!.body.id);
  });

  it('refuses a second directive with the same number in the year, however it is typed (409)', async () => {
    const documentNumber = `${Math.floor(Math.random() * 900) + 100}-QĐ/TU`;
    const first = await http.request('POST', '/api/v1/directives', {
      token: leader,
      body: seed000Body(province, today, documentNumber),
    });
    expect(first.status).toBe(201);
    const again = await http.request('POST', '/api/v1/directives', {
      token: leader,
      body: seed000Body(province, today, documentNumber.replace('-QĐ/', ' - QD / ')),
    });
    expect(again.status).toBe(409);
    expect(again.body.details[0].field).toBe('documentNumber');
    // Words a person reads beside the field, in the reader's one language (Vietnamese by
    // default), with no id of the other directive.
    expect(again.body.details[0].message).toBe(
      `Văn bản số ${documentNumber.replace('-QĐ/', ' - QD / ')} đã có trong năm này`,
    );
    expect(again.body.details[0].message).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
  });

  it('lists with filters: text without diacritics, unit subtree, bucket', async () => {
    const body = seed000Body(province, today, number());
    const { body: created } = await http.request('POST', '/api/v1/directives', { token: leader, body });
    const search = await http.request(
      'GET',
      `/api/v1/directives?q=${encodeURIComponent('trong tam cong tac dan van')}&limit=100`,
      { token: leader },
    );
    expect(search.status).toBe(200);
    expect(search.body.items.map((d: { id: string }) => d.id)).toContain(created.id);
    const byNumber = await http.request('GET', `/api/v1/directives?q=${encodeURIComponent(body.documentNumber)}`, {
      token: leader,
    });
    expect(byNumber.body.items.map((d: { id: string }) => d.id)).toEqual([created.id]);

    const subtree = await http.request(
      'GET',
      `/api/v1/directives?unitId=${province.unit('MTTQ-GL')}&subtree=true&limit=100`,
      { token: leader },
    );
    expect(subtree.body.items.map((d: { id: string }) => d.id)).toContain(created.id);
    const direct = await http.request('GET', `/api/v1/directives?unitId=${province.unit('MTTQ-GL')}&limit=100`, {
      token: leader,
    });
    expect(direct.body.items.map((d: { id: string }) => d.id)).not.toContain(created.id);

    const overdue = await http.request('GET', '/api/v1/directives?overdue=true&limit=100', { token: leader });
    expect(overdue.body.items.map((d: { id: string }) => d.id)).not.toContain(created.id);
    const open = await http.request('GET', '/api/v1/directives?bucket=open_within_deadline&limit=100', {
      token: leader,
    });
    expect(open.body.items.map((d: { id: string }) => d.id)).toContain(created.id);
  });

  describe('amends (adds a task, changes a deadline, cancels a task) and cancels, through the workflow', () => {
    let created: any;
    let path = '';
    let taskId = '';

    beforeAll(async () => {
      ({ body: created } = await http.request('POST', '/api/v1/directives', {
        token: leader,
        body: seed000Body(province, today, number()),
      }));
      path = `/api/v1/directives/${created.id}`;
      taskId = created.tasks[0].id;
    });

    it('adds a task', async () => {
      const added = await http.request('POST', `${path}/amendments`, {
        token: leader,
        body: {
          kind: 'add_task',
          task: {
            title: 'Báo cáo phục vụ giao ban khối Đảng quý III',
            leadUnitId: province.unit('BDV-TU'),
            deadlineWorkingDays: 15,
          },
        },
      });
      expect(added.status).toBe(200);
      expect(added.body.tasks).toHaveLength(9);
      expect(added.body.tasks[8].deadline).toBe(workingDayDeadline(today, 15));
    });

    it('changes a deadline, keeping the original', async () => {
      const moved = await http.request('POST', `${path}/amendments`, {
        token: leader,
        body: { kind: 'change_deadline', taskId, deadlineWorkingDays: 25 },
      });
      expect(moved.status).toBe(200);
      const changed = moved.body.tasks.find((t: { id: string }) => t.id === taskId);
      expect(changed.deadline).toBe(workingDayDeadline(today, 25));
      expect(changed.originalDeadline).toBe(workingDayDeadline(today, 20));
    });

    it('cancels a task', async () => {
      const dropped = await http.request('POST', `${path}/amendments`, {
        token: leader,
        body: { kind: 'cancel_task', taskId: created.tasks[4].id, reason: 'Đã lồng ghép vào báo cáo quý III' },
      });
      expect(dropped.status).toBe(200);
      expect(dropped.body.progress.cancelled).toBe(1);
    });

    it('cancels the directive with every task', async () => {
      const cancelled = await http.request('POST', `${path}/cancel`, {
        token: leader,
        body: { reason: 'Thay thế bằng kế hoạch mới' },
      });
      expect(cancelled.status).toBe(200);
      expect(cancelled.body).toMatchObject({ status: 'cancelled', cancelReason: 'Thay thế bằng kế hoạch mới' });
      expect(cancelled.body.progress).toMatchObject({ cancelled: 9, open_within_deadline: 0 });
    });

    it('refuses a second cancellation and a later amendment (409)', async () => {
      const twice = await http.request('POST', `${path}/cancel`, { token: leader, body: { reason: 'lần nữa' } });
      expect(twice.status).toBe(409);
      const late = await http.request('POST', `${path}/amendments`, {
        token: leader,
        body: { kind: 'cancel_task', taskId, reason: 'x' },
      });
      expect(late.status).toBe(409);
    });

    it('refuses an action on a cancelled task at once: 409, not a wait for a workflow that has ended', async () => {
      const officer = await http.login(province.user('bdv.tinh'), PASSWORD);
      const ack = await http.request('POST', `/api/v1/tasks/${taskId}/acknowledge`, { token: officer });
      expect(ack.status).toBe(409);
      expect(ack.body.message).toMatch(/kết thúc|closed/);
    });
  });

  it('lists the open tasks of a subtree', async () => {
    const { body: created } = await http.request('POST', '/api/v1/directives', {
      token: leader,
      body: seed000Body(province, today, number()),
    });
    const mttq = await http.login(province.user('chutich.mttq'), PASSWORD);
    const below = await http.request(
      'GET',
      `/api/v1/tasks?unitId=${province.unit('MTTQ-GL')}&role=lead&subtree=true&bucket=open_within_deadline&directiveId=${created.id}`,
      { token: mttq },
    );
    expect(below.status).toBe(200);
    expect(below.body.items.map((t: { leadUnit: { code: string } }) => t.leadUnit.code)).toEqual([
      `${province.prefix}-HND-GL`,
    ]);
    const own = await http.request(
      'GET',
      `/api/v1/tasks?unitId=${province.unit('MTTQ-GL')}&role=lead&directiveId=${created.id}`,
      { token: mttq },
    );
    expect(own.body.total).toBe(0);
    const outside = await http.request('GET', `/api/v1/tasks?unitId=${province.unit('CA-GL')}`, { token: mttq });
    expect(outside.status).toBe(404);
  });

  it('pages the task list: the total on every page, and past the last one', async () => {
    const { body: created } = await http.request('POST', '/api/v1/directives', {
      token: leader,
      body: seed000Body(province, today, number()),
    });
    const page = (offset: number) =>
      http.request('GET', `/api/v1/tasks?directiveId=${created.id}&role=lead&subtree=true&limit=3&offset=${offset}`, {
        token: leader,
      });
    const [first, last, past] = await Promise.all([page(0), page(6), page(50)]);
    expect([first.body.total, first.body.items.length]).toEqual([8, 3]);
    expect([last.body.total, last.body.items.length]).toEqual([8, 2]);
    expect([past.status, past.body.total, past.body.items]).toEqual([200, 8, []]);
    // In deadline order, then id: the pages do not overlap.
    const all = [...first.body.items, ...(await page(3)).body.items, ...last.body.items].map((t) => t.id);
    expect(new Set(all).size).toBe(8);
  });

  it('serves the OpenAPI document with every endpoint', async () => {
    const { status, body } = await http.request('GET', '/docs/openapi.json');
    expect(status).toBe(200);
    expect(Object.keys(body.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/auth/login',
        '/api/v1/units',
        '/api/v1/units/import',
        '/api/v1/units/{id}/move',
        '/api/v1/units/{id}/deactivate',
        '/api/v1/units/{id}/subtree',
        '/api/v1/users',
        '/api/v1/directives',
        '/api/v1/directives/{id}',
        '/api/v1/directives/{id}/amendments',
        '/api/v1/directives/{id}/cancel',
        '/api/v1/tasks',
        '/api/v1/calendar',
        '/api/v1/calendar/overrides/{date}',
        '/health',
      ]),
    );
  });
});
