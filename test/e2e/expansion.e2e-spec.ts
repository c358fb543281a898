import type { DataSource } from 'typeorm';
import { expansionMatches, type ExpansionCandidate } from '@dondoc/domain';
import { connectTestDatabase } from '../support/database';
import { todayInVietnam } from '../support/dates';
import { Http } from '../support/http';
import { PASSWORD, seedTestProvince, type TestProvince } from '../support/province';
import { startSystem, type RunningSystem } from '../support/system';

/**
 * A directive whose recipients are a rule, not a list (docs/architecture.md, "A directive
 * to every unit of a kind"), end to end over the demo province: the recording expands the
 * rule in SQL inside its transaction; the right units get a task (kind, subtree, level,
 * inactive units left out), the tasks are in cohorts and told in-app at the 201, they show
 * in the task list, the directive page and the statistics as a list's tasks do; bad rules
 * are refused naming the field; a repeat creates nothing twice.
 */
describe('a directive to every unit of a kind (dev server, real PostgreSQL)', () => {
  let system: RunningSystem;
  let db: DataSource;
  let p: TestProvince;
  let http: Http;
  let leader: string;
  const today = todayInVietnam();
  const number = `${Math.floor(Math.random() * 90_000) + 1000}-CV/TU`;
  const key = `expansion-${number}`;

  beforeAll(async () => {
    [system, db] = await Promise.all([startSystem(), connectTestDatabase()]);
    p = await seedTestProvince(db);
    // A commune's veterans' association has been wound up: it must not get a task.
    await db.query('UPDATE units SET active = false, deactivated_at = now() WHERE id = $1', [p.unit('HCCB-CHUSE')]);
    http = new Http(system.baseUrl);
    leader = await http.login(p.user('thuongtruc.tu'), PASSWORD);
  });
  afterAll(async () => {
    await system?.stop();
    await db?.destroy();
  });

  // Every fatherland front and mass organisation two or three levels below the province.
  const rule = { kinds: ['fatherland_front', 'mass_organisation'], levels: [2, 3] };
  const body = (extra: Record<string, unknown> = {}) => ({
    documentNumber: number,
    title: 'Công văn đôn đốc sơ kết công tác dân vận đến cơ sở',
    issueDate: today,
    issuingUnitId: p.unit('TU-GL'),
    expansion: {
      rootUnitId: p.unit('TU-GL'),
      ...rule,
      task: {
        title: 'Báo cáo sơ kết công tác dân vận 6 tháng',
        deadlineWorkingDays: 10,
        indicators: [{ name: 'Số cuộc đối thoại', unitOfMeasure: 'cuộc', target: 4 }],
      },
    },
    ...extra,
  });
  const post = (payload: unknown, token = leader, headers: Record<string, string> = {}) =>
    http.request('POST', '/api/v1/directives', { token, body: payload, headers });
  const fields = (response: { body: { details?: { field: string }[] } }) =>
    (response.body.details ?? []).map((d) => d.field);
  /** The province's units as the rule sees them (after the deactivation above). */
  const candidates = async (): Promise<ExpansionCandidate[]> =>
    db.query('SELECT id, kind, path, depth, active FROM units WHERE code LIKE $1', [`${p.prefix}-%`]);
  let created: { status: number; body: any };
  let taskRows: { id: string; lead_unit_id: string; code: string; driver: string; cohort_id: string }[];

  it('records one task per unit the rule names: the kinds, in the subtree, at the levels, active ones only', async () => {
    created = await post(body(), leader, { 'Idempotency-Key': key });
    expect(created.status).toBe(201);
    taskRows = await db.query(
      `SELECT t.id, t.lead_unit_id, u.code, t.driver, t.cohort_id FROM tasks t JOIN units u ON u.id = t.lead_unit_id
        WHERE t.directive_id = $1 ORDER BY t.position`,
      [created.body.id],
    );
    const root = p.units.get('TU-GL')!;
    const expected = (await candidates()).filter((u) => expansionMatches(u, rule as never, root, root.id));
    expect(new Set(taskRows.map((t) => t.lead_unit_id))).toEqual(new Set(expected.map((u) => u.id)));
    // 4 communes' fronts, 5 provincial organisations, 16 commune organisations less the one wound up.
    expect(taskRows).toHaveLength(24);
    const codes = taskRows.map((t) => t.code.slice(p.prefix.length + 1));
    expect(codes).toContain('MTTQ-IAGRAI');
    expect(codes).toContain('HND-GL');
    expect(codes).not.toContain('MTTQ-GL'); // a front, but one level below the root
    expect(codes).not.toContain('HCCB-CHUSE'); // inactive
    expect(codes).not.toContain('CA-CHUSE'); // another kind
  });

  it('made every task from the template, with its indicators and an assignment audit row each', async () => {
    const ids = taskRows.map((t) => t.id);
    const [shape] = await db.query(
      `SELECT count(DISTINCT title)::int AS titles, count(DISTINCT deadline)::int AS deadlines,
              bool_and(deadline_working_days = 10) AS working_days, bool_and(status = 'assigned') AS assigned,
              bool_and(assigning_unit_id = $2) AS by_issuer
         FROM tasks WHERE id = ANY($1::uuid[])`,
      [ids, p.unit('TU-GL')],
    );
    expect(shape).toEqual({ titles: 1, deadlines: 1, working_days: true, assigned: true, by_issuer: true });
    const [{ n: indicators }] = await db.query(
      `SELECT count(*)::int AS n FROM task_indicators WHERE task_id = ANY($1::uuid[]) AND name = 'Số cuộc đối thoại' AND target = 4`,
      [ids],
    );
    expect(indicators).toBe(24);
    const audit = await db.query(
      `SELECT action, count(*)::int AS n FROM audit_events WHERE entity_id = ANY($1::uuid[]) GROUP BY action ORDER BY action`,
      [ids],
    );
    expect(audit).toEqual([
      { action: 'task.assigned', n: 24 },
      { action: 'task.follow_up_started', n: 24 },
    ]);
    const [recorded] = await db.query(
      `SELECT after FROM audit_events WHERE entity_id = $1 AND action = 'directive.recorded'`,
      [created.body.id],
    );
    expect(recorded.after.tasks).toBe(24);
  });

  it('puts the tasks in cohorts (one per chain length) and tells their units in-app by the 201', async () => {
    expect(taskRows.every((t) => t.driver === 'cohort')).toBe(true);
    // Two and three levels below the issuer: escalation chains of 3 and 4 units.
    expect(new Set(taskRows.map((t) => t.cohort_id)).size).toBe(2);
    // The units with users among them: the communes' fronts and the provincial farmers' association.
    const told = await db.query(
      `SELECT DISTINCT u.code FROM notifications n JOIN units u ON u.id = n.unit_id
        WHERE n.directive_id = $1 AND n.kind = 'task_assigned' ORDER BY u.code`,
      [created.body.id],
    );
    expect(told.map((r: { code: string }) => r.code.slice(p.prefix.length + 1)).sort()).toEqual(
      ['HND-GL', 'MTTQ-CHUSE', 'MTTQ-DAKDOA', 'MTTQ-IAGRAI', 'MTTQ-PLEIKU'].sort(),
    );
  });

  it('shows the tasks in the directive page, the task list and the statistics as a list directive’s', async () => {
    expect(created.body.tasks).toHaveLength(24);
    expect(created.body.assignment).toEqual({ total: 24, started: 24 });
    expect(created.body.progress.open_within_deadline).toBe(24);
    const list = await http.request('GET', `/api/v1/tasks?directiveId=${created.body.id}&subtree=true&limit=5`, {
      token: leader,
    });
    expect(list.status).toBe(200);
    expect(list.body.total).toBe(24);
    // A commune's front sees its own task.
    const commune = await http.login(p.user('mttq.iagrai'), PASSWORD);
    const own = await http.request('GET', `/api/v1/tasks?directiveId=${created.body.id}`, { token: commune });
    expect(own.body.items.map((t: { leadUnit: { code: string } }) => t.leadUnit.code)).toEqual([
      `${p.prefix}-MTTQ-IAGRAI`,
    ]);
    const stats = await http.request('GET', `/api/v1/stats/completion?from=${today}&to=${today}`, { token: leader });
    expect(stats.status).toBe(200);
    expect(stats.body.total.total).toBe(24);
    const csv = await fetch(`${system.baseUrl}/api/v1/stats/completion?from=${today}&to=${today}&format=csv`, {
      headers: { authorization: `Bearer ${leader}` },
    });
    expect(csv.status).toBe(200);
    expect(await csv.text()).toContain('Hội Nông dân tỉnh');
  });

  it('a repeat with the same key answers the same directive and writes nothing twice; another key is a duplicate number', async () => {
    const again = await post(body(), leader, { 'Idempotency-Key': key });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(created.body.id);
    const other = await post(body(), leader, { 'Idempotency-Key': `${key}-other` });
    expect(other.status).toBe(409);
    expect(fields(other)).toEqual(['documentNumber']);
    const [{ tasks, directives }] = await db.query(
      `SELECT (SELECT count(*)::int FROM tasks WHERE directive_id = $1) AS tasks,
              (SELECT count(*)::int FROM directives WHERE document_number = $2 AND issuing_unit_id = $3) AS directives`,
      [created.body.id, number, p.unit('TU-GL')],
    );
    expect({ tasks, directives }).toEqual({ tasks: 24, directives: 1 });
  });

  it('reaches only the root’s subtree', async () => {
    const commune = await post(
      body({
        documentNumber: `${Math.floor(Math.random() * 90_000) + 1000}-CV/TU`,
        expansion: {
          ...body().expansion,
          rootUnitId: p.unit('DU-CHUSE'),
          kinds: ['mass_organisation', 'armed_force'],
          levels: undefined,
        },
      }),
    );
    expect(commune.status).toBe(201);
    expect(
      commune.body.tasks.map((t: { leadUnit: { code: string } }) => t.leadUnit.code.slice(p.prefix.length + 1)).sort(),
    ).toEqual(['CA-CHUSE', 'DTN-CHUSE', 'HLHPN-CHUSE', 'HND-CHUSE']);
  });

  it.each<[string, () => Promise<{ status: number; body: any }>, number, string]>([
    ['neither a list nor a rule', () => post(body({ expansion: undefined })), 400, 'tasks'],
    ['a rule of null and no list', () => post(body({ expansion: null })), 400, 'tasks'],
    [
      'a list and a rule together',
      () => post(body({ tasks: [{ title: 'x', leadUnitId: p.unit('HND-GL'), deadlineWorkingDays: 5 }] })),
      422,
      'expansion',
    ],
    [
      'an unknown kind',
      () => post(body({ expansion: { ...body().expansion, kinds: ['district'] } })),
      400,
      'expansion.kinds',
    ],
    [
      'a negative level',
      () => post(body({ expansion: { ...body().expansion, levels: [-1] } })),
      400,
      'expansion.levels',
    ],
    [
      'a root that does not exist',
      () => post(body({ expansion: { ...body().expansion, rootUnitId: '00000000-0000-4000-8000-000000000000' } })),
      400,
      'expansion.rootUnitId',
    ],
    [
      'a root outside the issuer’s reach',
      async () => {
        const commune = await http.login(p.user('bithu.iagrai'), PASSWORD);
        return post(
          body({
            issuingUnitId: p.unit('DU-IAGRAI'),
            expansion: { ...body().expansion, rootUnitId: p.unit('DU-CHUSE') },
          }),
          commune,
        );
      },
      403,
      'expansion.rootUnitId',
    ],
    [
      'a lead unit in the template',
      () =>
        post(
          body({
            expansion: { ...body().expansion, task: { ...body().expansion.task, leadUnitId: p.unit('HND-GL') } },
          }),
        ),
      400,
      'expansion.task.leadUnitId',
    ],
    [
      'a template without a deadline',
      () => post(body({ expansion: { ...body().expansion, task: { title: 'x' } } })),
      400,
      'expansion.task.deadline',
    ],
    [
      'a deactivated root',
      () => post(body({ expansion: { ...body().expansion, rootUnitId: p.unit('HCCB-CHUSE') } })),
      400,
      'expansion.rootUnitId',
    ],
    [
      'a rule that names no unit',
      () => post(body({ expansion: { ...body().expansion, kinds: ['commune'], levels: [2] } })),
      422,
      'expansion',
    ],
  ])('refuses %s, naming the field', async (_what, send, status, field) => {
    const response = await send();
    expect(response.status).toBe(status);
    expect(fields(response)).toContain(field);
  });

  describe('a directive larger than its view', () => {
    const COMMUNES = 1_100;
    let big: { status: number; body: any };
    it('records 1,100 communes of a region and answers with the first 1,000 and the count', async () => {
      const [tu] = await db.query('SELECT id, path FROM units WHERE id = $1', [p.unit('TU-GL')]);
      const [region] = await db.query(
        `INSERT INTO units (id, code, name, name_folded, search_folded, kind, parent_id, path, depth)
         SELECT g.id, $1, 'Vùng thử', 'vung thu', 'vung thu', 'other', $2, $3 || g.id || '/', 1
           FROM (SELECT gen_random_uuid() AS id) g RETURNING id`,
        [`${p.prefix}-VUNG`, tu.id, tu.path],
      );
      await db.query(
        `INSERT INTO units (id, code, name, name_folded, search_folded, kind, parent_id, path, depth)
         SELECT g.id, $1 || '-X' || g.n, 'Xã thử ' || g.n, 'xa thu ' || g.n, 'xa thu ' || g.n, 'commune', $2,
                (SELECT path FROM units WHERE id = $2) || g.id || '/', 2
           FROM (SELECT gen_random_uuid() AS id, n FROM generate_series(1, $3::int) n) g`,
        [p.prefix, region.id, COMMUNES],
      );
      big = await post({
        ...body(),
        documentNumber: `${Math.floor(Math.random() * 90_000) + 1000}-KH/TU`,
        expansion: { ...body().expansion, rootUnitId: region.id, kinds: ['commune'], levels: undefined },
      });
      expect(big.status).toBe(201);
      expect(big.body.taskCount).toBe(COMMUNES);
      expect(big.body.tasks).toHaveLength(1_000);
      expect(big.body.assignment).toEqual({ total: COMMUNES, started: COMMUNES });
      const again = await http.request('GET', `/api/v1/directives/${big.body.id}`, { token: leader });
      expect(again.body.taskCount).toBe(COMMUNES);
      expect(again.body.progress.open_within_deadline).toBe(COMMUNES);
    });

    it('pages the rest through the task list, each task once', async () => {
      const seen = new Set<string>();
      let after: string | null = null;
      do {
        const query: string = `directiveId=${big.body.id}&subtree=true&role=lead&limit=500${after ? `&after=${encodeURIComponent(after)}` : ''}`;
        const page = await http.request('GET', `/api/v1/tasks?${query}`, { token: leader });
        expect(page.status).toBe(200);
        for (const item of page.body.items) seen.add(item.id);
        after = page.body.nextCursor;
      } while (after);
      expect(seen.size).toBe(COMMUNES);
      for (const task of big.body.tasks) expect(seen.has(task.id)).toBe(true);
    });
  });
});
