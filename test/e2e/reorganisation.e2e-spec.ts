import type { DataSource } from 'typeorm';
import { TaskEntity } from '@dondoc/persistence';
import { connectTestDatabase } from '../support/database';
import { todayInVietnam } from '../support/dates';
import { sleep } from '../support/eventually';
import { Http } from '../support/http';
import { PASSWORD, seedTestProvince, type TestProvince } from '../support/province';
import { startSystem, type RunningSystem } from '../support/system';

/**
 * The 2025 reform on the staged province (docs/decisions/0077-reorganisation-plans.md):
 * an admin previews plans before anything is applied. Three communes (Ia Grai, Chư Sê,
 * Đak Đoa) merge into one while a directive's tasks and a quarterly round are running;
 * the communes' Front level is abolished; a split names no successors; a move makes a
 * cycle. The preview lists every row that would move, conflicts first, with counts.
 * Applying is test/e2e/reorganisation-apply.e2e-spec.ts (docs/decisions/0078).
 */
describe('reorganisation plans: the dry-run preview (real PostgreSQL, dev server)', () => {
  let system: RunningSystem;
  let db: DataSource;
  let p: TestProvince;
  let http: Http;
  const today = todayInVietnam();
  const tasks: Record<string, string> = {};
  let subTaskId = '';
  let roundLabel = '';
  let roundId = '';
  /** Each commune's report task in the round, by unit id. */
  const roundTasks: Record<string, string> = {};

  beforeAll(async () => {
    [system, db] = await Promise.all([startSystem(), connectTestDatabase()]);
    p = await seedTestProvince(db);
    http = new Http(system.baseUrl);
  });
  afterAll(async () => {
    await system?.stop();
    await db?.destroy();
  });

  const call = async (username: string, method: string, path: string, body?: unknown) =>
    http.request(method, path, { token: await http.login(p.user(username), PASSWORD), body });
  const code = (demo: string) => `${p.prefix}-${demo}`;
  const preview = (operations: unknown[]) =>
    call('admin', 'POST', '/api/v1/reorganisations', { dryRun: true, operations });
  const csv = async (text: string, query = '?dryRun=true') =>
    http.request('POST', `/api/v1/reorganisations${query}`, {
      token: await http.login(p.user('admin'), PASSWORD),
      raw: text,
      contentType: 'text/csv; charset=utf-8',
    });
  const mergeThree = () => ({
    op: 'merge',
    from: [code('DU-IAGRAI'), code('DU-CHUSE'), code('DU-DAKDOA')],
    into: { code: code('DU-IAGRAI-CHUSE'), name: 'Đảng ủy xã Ia Grai - Chư Sê', kind: 'commune' },
  });

  it('issues a directive with tasks for each of the three communes and for Pleiku', async () => {
    const created = await call('thuongtruc.tu', 'POST', '/api/v1/directives', {
      documentNumber: `${Math.floor(Math.random() * 90_000) + 1000}-KH/TU`,
      title: 'Kế hoạch triển khai mô hình dân vận khéo năm 2026',
      issueDate: today,
      issuingUnitId: p.unit('TU-GL'),
      tasks: [
        {
          title: 'Xây dựng mô hình dân vận khéo tại xã Ia Grai',
          leadUnitId: p.unit('DU-IAGRAI'),
          coordinatingUnitIds: [p.unit('DU-DAKDOA')],
          deadlineWorkingDays: 15,
        },
        {
          title: 'Xây dựng mô hình dân vận khéo tại xã Chư Sê',
          leadUnitId: p.unit('DU-CHUSE'),
          deadlineWorkingDays: 15,
        },
        {
          title: 'Xây dựng mô hình dân vận khéo tại xã Đak Đoa',
          leadUnitId: p.unit('DU-DAKDOA'),
          deadlineWorkingDays: 15,
        },
        {
          title: 'Xây dựng mô hình dân vận khéo tại phường Pleiku',
          leadUnitId: p.unit('DU-PLEIKU'),
          deadlineWorkingDays: 15,
        },
      ],
    });
    expect(created.status).toBe(201);
    for (const [i, slug] of ['IAGRAI', 'CHUSE', 'DAKDOA', 'PLEIKU'].entries()) tasks[slug] = created.body.tasks[i].id;
  });

  it('delegates a part of Ia Grai’s task to its Front (a delegated sub-task the commune reviews)', async () => {
    let delegated = { status: 0, body: null as any };
    for (const end = Date.now() + 60_000; Date.now() < end; await sleep(300)) {
      delegated = await call('bithu.iagrai', 'POST', `/api/v1/tasks/${tasks.IAGRAI}/delegations`, {
        subtasks: [{ leadUnitId: p.unit('MTTQ-IAGRAI'), title: 'Vận động nhân dân tham gia mô hình' }],
      });
      if (delegated.status === 201) break;
    }
    expect(delegated.status).toBe(201);
    subTaskId = delegated.body.subtasks[0].id;
  });

  it('opens a quarterly round owed by the four communes', async () => {
    const cycle = await call('thuongtruc.tu', 'POST', '/api/v1/reporting-cycles', {
      issuingUnitId: p.unit('TU-GL'),
      title: 'Báo cáo tình hình nhân dân quý',
      legalBasis: 'Quyết định số 461-QĐ/TU ngày 14/12/2021',
      frequency: 'quarterly',
      recipients: { units: ['DU-IAGRAI', 'DU-CHUSE', 'DU-DAKDOA', 'DU-PLEIKU'].map((c) => p.unit(c)) },
      levelDeadlines: [{ level: 'xã', workingDaysAfterCutOff: 2 }],
      startsAt: new Date().toISOString(),
    });
    expect(cycle.status).toBe(201);
    const round = await call('thuongtruc.tu', 'POST', `/api/v1/reporting-cycles/${cycle.body.id}/rounds`, {
      periodKey: `${today.slice(0, 4)}-Q4`,
    });
    expect(round.status).toBe(201);
    roundLabel = round.body.round.label;
    roundId = round.body.round.id;
    // The round's workflow writes its four obligations (one report task each) just after.
    let owed: { taskId: string; unitId: string }[] = [];
    for (const end = Date.now() + 60_000; owed.length < 4 && Date.now() < end; await sleep(300))
      owed = await db.query(
        `SELECT task_id AS "taskId", unit_id AS "unitId" FROM reporting_round_units WHERE round_id = $1`,
        [roundId],
      );
    expect(owed).toHaveLength(4);
    for (const row of owed) roundTasks[row.unitId] = row.taskId;
  });

  it('previews the merger of three communes: no conflict, their tasks, round, users and units, with counts', async () => {
    // One of the merged communes' officers wants a daily digest: a preference that moves with its user.
    expect((await call('bithu.chuse', 'PUT', '/api/v1/me/preferences', { digest: true })).status).toBe(200);
    const { status, body } = await preview([mergeThree()]);
    expect(status).toBe(200);
    expect(body.conflicts).toEqual([]);
    expect(body.counts).toEqual({
      // 3 merged + 1 created + each commune's Front, People's Committee and Police under the new
      // commune (9) + the associations below the Fronts, whose paths change (12).
      units: 25,
      // The directive's three tasks and the round's three report tasks.
      tasks: 6,
      subTasks: 1,
      roundObligations: 3,
      cycleRecipients: 3,
      explanationRequests: 0,
      users: 3,
      webhooks: 0,
      preferences: 1,
    });
    const successor = code('DU-IAGRAI-CHUSE');
    expect(body.units.find((u: any) => u.code === successor)).toMatchObject({
      id: null,
      reasons: ['created'],
      nameAfter: 'Đảng ủy xã Ia Grai - Chư Sê',
      pathAfter: `/${code('TU-GL')}/${successor}/`,
    });
    expect(body.units.find((u: any) => u.code === code('HND-CHUSE'))).toMatchObject({
      reasons: ['path'],
      pathBefore: `/${code('TU-GL')}/${code('DU-CHUSE')}/${code('MTTQ-CHUSE')}/${code('HND-CHUSE')}/`,
      pathAfter: `/${code('TU-GL')}/${successor}/${code('MTTQ-CHUSE')}/${code('HND-CHUSE')}/`,
    });
    // Two tasks of one directive for two predecessors stay two tasks, each with its former unit.
    const rows = body.tasks.map((t: any) => [t.taskId, t.role, t.delegated, t.fromName, t.toCode]);
    expect(rows).toEqual(
      expect.arrayContaining([
        [tasks.IAGRAI, 'lead', false, 'Đảng ủy xã Ia Grai', successor],
        [tasks.IAGRAI, 'coordinating', false, 'Đảng ủy xã Đak Đoa', successor],
        [tasks.CHUSE, 'lead', false, 'Đảng ủy xã Chư Sê', successor],
        [tasks.DAKDOA, 'lead', false, 'Đảng ủy xã Đak Đoa', successor],
        [subTaskId, 'assigning', true, 'Đảng ủy xã Ia Grai', successor],
        [roundTasks[p.unit('DU-CHUSE')], 'lead', false, 'Đảng ủy xã Chư Sê', successor],
      ]),
    );
    expect(rows).toHaveLength(8);
    expect(body.tasks.map((t: any) => t.taskId)).not.toContain(tasks.PLEIKU);
    // The round is owed once by the successor: one kept, two merged into it.
    expect(body.roundObligations.map((r: any) => r.outcome).sort()).toEqual(['kept', 'merged', 'merged']);
    expect(
      body.roundObligations.every(
        (r: any) => r.roundId === roundId && r.label === roundLabel && r.toCode === successor,
      ),
    ).toBe(true);
    expect(body.cycleRecipients.map((c: any) => c.role)).toEqual(['recipient', 'recipient', 'recipient']);
    expect(body.users.map((u: any) => [u.username, u.toCode]).sort()).toEqual(
      ['bithu.chuse', 'bithu.dakdoa', 'bithu.iagrai'].map((u) => [p.user(u), successor]),
    );
    expect(body.preferences).toEqual([
      expect.objectContaining({ username: p.user('bithu.chuse'), digest: true, toCode: successor }),
    ]);
  });

  it('wrote nothing: the tasks still name their communes', async () => {
    const lead = await db.getRepository(TaskEntity).findOneByOrFail({ id: tasks.CHUSE });
    expect(lead.leadUnitId).toBe(p.unit('DU-CHUSE'));
  });

  it('previews the abolition of the communes’ Front level: the associations move up, the Front’s work goes to the commune', async () => {
    const { status, body } = await preview([{ op: 'abolishLevel', units: [code('MTTQ-IAGRAI'), code('MTTQ-CHUSE')] }]);
    expect(status).toBe(200);
    expect(body.conflicts).toEqual([]);
    expect(body.units.find((u: any) => u.code === code('HND-IAGRAI'))).toMatchObject({
      reasons: ['reparented'],
      pathAfter: `/${code('TU-GL')}/${code('DU-IAGRAI')}/${code('HND-IAGRAI')}/`,
    });
    expect(body.units.find((u: any) => u.code === code('MTTQ-CHUSE'))).toMatchObject({
      reasons: ['abolished'],
      activeAfter: false,
      successorCode: code('DU-CHUSE'),
    });
    expect(body.tasks.map((t: any) => [t.taskId, t.role, t.toCode])).toEqual([[subTaskId, 'lead', code('DU-IAGRAI')]]);
    expect(body.users.map((u: any) => [u.username, u.toCode]).sort()).toEqual([
      [p.user('mttq.chuse'), code('DU-CHUSE')],
      [p.user('mttq.iagrai'), code('DU-IAGRAI')],
    ]);
    expect(body.counts).toMatchObject({ units: 10, tasks: 0, subTasks: 1, users: 2 });
  });

  it('lists a split without successors as conflicts first: each open task and each user, with counts', async () => {
    const { status, body } = await preview([
      { op: 'split', from: code('DU-PLEIKU'), into: [code('DU-IAGRAI'), code('DU-CHUSE')] },
    ]);
    expect(status).toBe(200);
    expect(body.conflicts.map((c: any) => [c.kind, c.field, c.subjects])).toEqual([
      ['userWithoutUnit', 'operations[0].from', [p.user('bithu.pleiku')]],
      ...[tasks.PLEIKU, roundTasks[p.unit('DU-PLEIKU')]]
        .sort()
        .map((id) => ['taskWithoutSuccessor', 'operations[0].tasks', [id]]),
    ]);
    expect(body.conflicts.find((c: any) => c.subjects[0] === tasks.PLEIKU).message).toBe(
      `nhiệm vụ ${tasks.PLEIKU} của ${code('DU-PLEIKU')} chưa được chọn đơn vị kế thừa`,
    );
    expect(body.counts).toMatchObject({ tasks: 2, roundObligations: 1, cycleRecipients: 1, users: 0 });
    expect(body.tasks.map((t: any) => t.toCode)).toEqual([null, null]);
  });

  it('names the successor of each split task, and then the split has no conflict', async () => {
    const { body } = await preview([
      {
        op: 'split',
        from: code('DU-PLEIKU'),
        into: [code('DU-IAGRAI'), code('DU-CHUSE')],
        tasks: { [tasks.PLEIKU]: code('DU-CHUSE') },
        otherwise: code('DU-IAGRAI'),
      },
    ]);
    expect(body.conflicts).toEqual([]);
    // The task named goes where the plan says; the round's report follows the rule.
    expect(Object.fromEntries(body.tasks.map((t: any) => [t.taskId, t.toCode]))).toEqual({
      [tasks.PLEIKU]: code('DU-CHUSE'),
      [roundTasks[p.unit('DU-PLEIKU')]!]: code('DU-IAGRAI'),
    });
    expect(body.users.map((u: any) => [u.username, u.toCode])).toEqual([[p.user('bithu.pleiku'), code('DU-IAGRAI')]]);
  });

  it('finds a cycle: a commune moved under its own Farmers’ Association', async () => {
    const { status, body } = await preview([{ op: 'move', unit: code('DU-DAKDOA'), parent: code('HND-DAKDOA') }]);
    expect(status).toBe(200);
    expect(body.conflicts).toEqual([
      expect.objectContaining({
        kind: 'cycle',
        field: 'operations[0].unit',
        subjects: [code('DU-DAKDOA'), code('HND-DAKDOA'), code('MTTQ-DAKDOA')],
      }),
    ]);
  });

  const nextYear = Number(today.slice(0, 4)) + 1;
  let planId = '';

  it('stores a plan without conflicts for its effective date, 00:00 Vietnamese time, with its counts', async () => {
    const stored = await call('admin', 'POST', '/api/v1/reorganisations', {
      dryRun: false,
      effectiveAt: `${nextYear}-01-01`,
      operations: [mergeThree()],
    });
    expect(stored.status).toBe(201);
    expect(stored.body).toMatchObject({
      status: 'planned',
      effectiveAt: `${nextYear}-01-01T00:00:00+07:00`,
      operationCount: 1,
      counts: { tasks: 6, subTasks: 1, roundObligations: 3, users: 3 },
      createdBy: p.user('admin'),
      cancelledAt: null,
    });
    planId = stored.body.id;
    expect((await call('admin', 'GET', `/api/v1/reorganisations/${planId}`)).body.status).toBe('planned');
    // Stored, not applied: the tasks still name their communes.
    expect((await db.getRepository(TaskEntity).findOneByOrFail({ id: tasks.CHUSE })).leadUnitId).toBe(
      p.unit('DU-CHUSE'),
    );
  });

  it('refuses to store a plan with conflicts: 409 listing each', async () => {
    const refused = await call('admin', 'POST', '/api/v1/reorganisations', {
      dryRun: false,
      effectiveAt: `${nextYear}-01-01`,
      operations: [{ op: 'split', from: code('DU-PLEIKU'), into: [code('DU-IAGRAI'), code('DU-CHUSE')] }],
    });
    expect(refused.status).toBe(409);
    expect(refused.body.details.map((d: any) => d.field)).toEqual([
      'operations[0].from',
      'operations[0].tasks',
      'operations[0].tasks',
    ]);
  });

  it('cancels the plan before its date, once; each change audited', async () => {
    const cancelled = await call('admin', 'DELETE', `/api/v1/reorganisations/${planId}`);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', cancelledBy: p.user('admin') });
    expect((await call('admin', 'DELETE', `/api/v1/reorganisations/${planId}`)).status).toBe(409);
    const audit = await db.query(`SELECT action FROM audit_events WHERE entity_id = $1 ORDER BY seq`, [planId]);
    expect(audit.map((row: { action: string }) => row.action)).toEqual([
      'reorganisation.planned',
      'reorganisation.cancelled',
    ]);
  });

  it('cannot cancel a plan once its effective instant has come', async () => {
    const soon = new Date(Date.now() + 2_000);
    const stored = await call('admin', 'POST', '/api/v1/reorganisations', {
      dryRun: false,
      effectiveAt: soon.toISOString(),
      operations: [{ op: 'rename', unit: code('DU-PLEIKU'), name: 'Đảng ủy phường Pleiku mới' }],
    });
    expect(stored.status).toBe(201);
    while (Date.now() <= soon.getTime() + 100) await sleep(200);
    const late = await call('admin', 'DELETE', `/api/v1/reorganisations/${stored.body.id}`);
    expect(late.status).toBe(409);
    expect(late.body.details[0].field).toBe('id');
  });

  it('lists the stored plans, most recent first, for admins only', async () => {
    const listed = await call('admin', 'GET', '/api/v1/reorganisations');
    expect(listed.status).toBe(200);
    const ids = listed.body.items.map((plan: { id: string }) => plan.id);
    expect(ids.length).toBeLessThanOrEqual(50);
    expect(ids.indexOf(planId)).toBeGreaterThan(0);
    expect(listed.body.items[ids.indexOf(planId)]).toMatchObject({ status: 'cancelled', operationCount: 1 });
    expect((await call('thuongtruc.tu', 'GET', '/api/v1/reorganisations')).status).toBe(403);
  });

  it('reads a plan from CSV, one line per change, with Vietnamese names', async () => {
    const { status, body } = await csv(
      [
        'operation,unit,target,name,kind,parent',
        `merge,${code('DU-IAGRAI')},${code('DU-MOI')},"Đảng ủy xã Ia Grai, Chư Sê",commune,${code('TU-GL')}`,
        `merge,${code('DU-CHUSE')},${code('DU-MOI')},,,`,
        `rename,${code('DU-DAKDOA')},,Đảng ủy xã Đak Đoa (mới),,`,
      ].join('\r\n'),
    );
    expect(status).toBe(200);
    expect(body.conflicts).toEqual([]);
    expect(body.units.find((u: any) => u.code === code('DU-MOI')).nameAfter).toBe('Đảng ủy xã Ia Grai, Chư Sê');
    expect(body.units.find((u: any) => u.code === code('DU-DAKDOA'))).toMatchObject({
      reasons: ['renamed'],
      nameBefore: 'Đảng ủy xã Đak Đoa',
      nameAfter: 'Đảng ủy xã Đak Đoa (mới)',
    });
  });

  it('refuses a CSV with a bad line: 422 naming the line and the column', async () => {
    const { status, body } = await csv(
      ['operation,unit,target', `merge,${code('DU-IAGRAI')},${code('DU-MOI')}`, `gộp,${code('DU-CHUSE')},X`].join('\n'),
    );
    expect(status).toBe(422);
    expect(body.details.map((d: any) => d.field)).toContain('line 3: operation');
    expect(body.details.find((d: any) => d.field === 'line 3: operation').message).toMatch(/^Dòng 3, cột operation/);
  });

  it('is for admins only: a leader gets 403', async () => {
    const { status } = await call('thuongtruc.tu', 'POST', '/api/v1/reorganisations', {
      dryRun: true,
      operations: [mergeThree()],
    });
    expect(status).toBe(403);
  });

  it('answers bad input with a 4xx naming the field, and a past effective date with 422 naming effectiveAt', async () => {
    const cases: [string, () => Promise<{ status: number; body: any }>, number, string][] = [
      [
        'no dryRun',
        () => call('admin', 'POST', '/api/v1/reorganisations', { operations: [mergeThree()] }),
        400,
        'dryRun',
      ],
      ['an unknown operation', () => preview([{ op: 'dissolve' }]), 400, 'operations[0].op'],
      [
        'a merge of one',
        () => preview([{ op: 'merge', from: [code('DU-IAGRAI')], into: code('DU-CHUSE') }]),
        400,
        'operations[0].from',
      ],
      ['no operations', () => preview([]), 400, 'operations'],
      ['CSV without dryRun', () => csv('operation,unit,target\n', ''), 400, 'dryRun'],
      [
        'storing without an effective date',
        () => call('admin', 'POST', '/api/v1/reorganisations', { dryRun: false, operations: [mergeThree()] }),
        400,
        'effectiveAt',
      ],
      [
        'an effective date already past',
        () =>
          call('admin', 'POST', '/api/v1/reorganisations', {
            dryRun: false,
            effectiveAt: '2025-07-01',
            operations: [mergeThree()],
          }),
        422,
        'effectiveAt',
      ],
    ];
    for (const [why, send, status, field] of cases) {
      const response = await send();
      expect({ why, status: response.status, fields: response.body.details.map((d: any) => d.field) }).toEqual({
        why,
        status,
        fields: expect.arrayContaining([field]),
      });
    }
  });
});
