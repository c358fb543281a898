import type { DataSource } from 'typeorm';
import { KNOWN_OVERRIDES, vietnamCalendar } from '@dondoc/domain';
import { Http } from '../support/http';
import { connectTestDatabase } from '../support/database';
import { PASSWORD, seedTestProvince, type TestProvince } from '../support/province';
import { startSystem, type RunningSystem } from '../support/system';
import { sleep } from '../support/eventually';

const year = new Date().getFullYear();
const calendar = vietnamCalendar([year - 1, year, year + 1], KNOWN_OVERRIDES);

/**
 * Seed 003: the quarterly briefing on the people's situation under 461-QĐ/TU, with
 * second-scale periods (PT30S) so the cycle's Temporal Schedule opens rounds during the
 * test (Schedules need the dev server). Communes' Fronts report to their commune Party
 * committees, which consolidate and report to the standing board; one commune is late.
 */
describe('reporting cycles: rounds on schedule, roll-up, who has not reported (dev server)', () => {
  let system: RunningSystem;
  let db: DataSource;
  let p: TestProvince;
  let http: Http;

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
  const until = async <T>(what: string, fn: () => Promise<T | undefined>, ms = 120_000): Promise<T> => {
    for (const end = Date.now() + ms; Date.now() < end; await sleep(500)) {
      const value = await fn();
      if (value !== undefined) return value;
    }
    throw new Error(`timed out waiting for ${what}`);
  };
  const rounds = async (cycleId: string) =>
    (await call('thuongtruc.tu', 'GET', `/api/v1/reporting-cycles/${cycleId}/rounds`)).body as {
      id: string;
      periodKey: string;
      cycleVersion: number;
    }[];
  const round = async (id: string) => (await call('thuongtruc.tu', 'GET', `/api/v1/reporting-rounds/${id}`)).body;
  const indicators = [
    { name: 'drugFree', unitOfMeasure: 'xã', target: { min: 4, max: 5 }, aggregation: 'sum', direction: 'higher' },
    { name: 'households', unitOfMeasure: 'hộ', target: null, aggregation: 'sum', direction: 'higher' },
    {
      name: 'share',
      unitOfMeasure: 'tỷ lệ',
      target: 0.5,
      aggregation: 'ratio',
      ratioOf: { numerator: 'drugFree', denominator: 'households' },
      direction: 'higher',
    },
  ];
  const cycle = () => ({
    issuingUnitId: p.unit('TU-GL'),
    title: 'Báo cáo tình hình nhân dân và công tác dân vận',
    legalBasis: 'Quyết định số 461-QĐ/TU ngày 14/12/2021',
    frequency: 'PT30S',
    recipients: { subtrees: [{ rootUnitId: p.unit('TU-GL'), kinds: ['commune', 'fatherland_front'] }] },
    levelDeadlines: [
      { level: 'xã', afterCutOff: 'PT60S' },
      { level: 'tổng hợp', afterCutOff: 'PT120S' },
    ],
    indicators,
    reminderPolicy: { before: [{ duration: 'PT30S' }] },
    escalationPolicy: { stepDelay: { duration: 'PT3S' }, repeatAtTop: { duration: 'PT30S' } },
    reviewPeriod: { duration: 'PT60S' },
    startsAt: new Date().toISOString(),
  });

  it('opens rounds on schedule, rolls values up, tracks and urges the late, amends later rounds only, pauses', async () => {
    const created = await call('thuongtruc.tu', 'POST', '/api/v1/reporting-cycles', cycle());
    expect(created.status).toBe(201);
    const cycleId: string = created.body.id;
    expect(created.body).toMatchObject({ legalBasisNormalized: '461-QĐ/TU', status: 'active', version: 1 });

    // The schedule opens S1 at the end of the first 30 s span; its tasks come top-down.
    const first = await until('round S1', async () => (await rounds(cycleId)).find((r) => r.periodKey === 'S1'));
    // An amendment now changes the next round, not the open one.
    const amended = await call('thuongtruc.tu', 'PUT', `/api/v1/reporting-cycles/${cycleId}`, {
      ...cycle(),
      startsAt: created.body.startsAt,
      title: 'Báo cáo tình hình nhân dân (sửa đổi)',
    });
    expect(amended.body.version).toBe(2);

    const opened = await until('all nine tasks', async () => {
      const r = await round(first.id);
      return r.recipients === 9 &&
        r.notReported.every((u: { taskId: string }) => u.taskId) &&
        (await db.query('SELECT count(*)::int AS n FROM tasks WHERE directive_id = $1', [first.id]))[0].n === 9
        ? r
        : undefined;
    });
    expect(opened.notReported).toHaveLength(9);
    const taskOf = (code: string) =>
      opened.notReported.find((u: { unitCode: string }) => u.unitCode.endsWith(`-${code}`)).taskId;
    expect(opened.notReported.find((u: { unitCode: string }) => u.unitCode.endsWith('-MTTQ-PLEIKU')).level).toBe('xã');
    expect(opened.notReported.find((u: { unitCode: string }) => u.unitCode.endsWith('-DU-PLEIKU')).level).toBe(
      'tổng hợp',
    );

    // Recipients read the cycle issued above them, its rounds and their own place; they change nothing.
    const asRecipient = await call('bithu.pleiku', 'GET', `/api/v1/reporting-cycles/${cycleId}`);
    expect([asRecipient.status, asRecipient.body.access]).toEqual([200, 'recipient']);
    const listed = (await call('mttq.pleiku', 'GET', '/api/v1/reporting-cycles')).body as { id: string }[];
    expect(listed.find((c) => c.id === cycleId)).toMatchObject({ access: 'recipient' });
    const theirRounds = await call('mttq.pleiku', 'GET', `/api/v1/reporting-cycles/${cycleId}/rounds`);
    expect(theirRounds.body.map((r: { id: string }) => r.id)).toContain(first.id);
    const ownPlace = (await call('bithu.pleiku', 'GET', `/api/v1/reporting-rounds/${first.id}`)).body;
    expect([ownPlace.access, ownPlace.tree.unitId, ownPlace.recipients]).toEqual(['recipient', p.unit('DU-PLEIKU'), 2]);
    expect(ownPlace.tree.children.map((c: { unitId: string }) => c.unitId)).toEqual([p.unit('MTTQ-PLEIKU')]);
    for (const [method, path, body] of [
      ['PUT', `/api/v1/reporting-cycles/${cycleId}`, { ...cycle(), startsAt: created.body.startsAt }],
      ['POST', `/api/v1/reporting-cycles/${cycleId}/pause`, undefined],
      ['POST', `/api/v1/reporting-cycles/${cycleId}/rounds`, { periodKey: 'S1' }],
      ['POST', `/api/v1/reporting-rounds/${first.id}/urge`, undefined],
    ] as const) {
      expect([path, (await call('bithu.pleiku', method, path, body)).status]).toEqual([path, 403]);
    }
    // A unit the cycle asks nothing of does not see it.
    expect((await call('bdv.tinh', 'GET', `/api/v1/reporting-cycles/${cycleId}`)).status).toBe(404);

    // Communes' Fronts report (Đak Đoa does not); the commune committee accepts and consolidates.
    const report = async (
      user: string,
      code: string,
      values: Record<string, number>,
      notes: Record<string, string> = {},
    ) => {
      const taskId = taskOf(code);
      await call(user, 'POST', `/api/v1/tasks/${taskId}/acknowledge`);
      const res = await call(user, 'POST', `/api/v1/tasks/${taskId}/reports`, {
        text: `Báo cáo ${code}`,
        indicatorValues: Object.entries(values).map(([name, value]) => ({
          name,
          value,
          ...(notes[name] ? { note: notes[name] } : {}),
        })),
      });
      expect(res.status).toBe(201);
      return res.body.reportId as string;
    };
    const pleiku = await report('mttq.pleiku', 'MTTQ-PLEIKU', { drugFree: 2, households: 4 });
    await report('mttq.iagrai', 'MTTQ-IAGRAI', { drugFree: 1, households: 1 });
    await report('mttq.chuse', 'MTTQ-CHUSE', { drugFree: 0, households: 3 });
    const afterCommunes = await round(first.id);
    type Node = { unitId: string; rollup: Record<string, number>; previousPeriod: Record<string, number> | null };
    const du = (r: { tree: { children: Node[] } }, code: string) =>
      r.tree.children.find((c) => c.unitId === p.unit(code))!;
    expect(du(afterCommunes, 'DU-PLEIKU').rollup).toMatchObject({ drugFree: 2, households: 4, share: 0.5 });
    expect(
      afterCommunes.notReported.map((u: { unitCode: string }) => u.unitCode.replace(`${p.prefix}-`, '')).sort(),
    ).toEqual(['DU-CHUSE', 'DU-DAKDOA', 'DU-IAGRAI', 'DU-PLEIKU', 'MTTQ-DAKDOA', 'MTTQ-GL'].sort());

    // The committee's report waits for its Front's (accepted first), then carries the roll-up adjusted with a note.
    expect(
      (await call('bithu.pleiku', 'POST', `/api/v1/reports/${pleiku}/review`, { outcome: 'accepted' })).status,
    ).toBe(200);
    await until('the sub-task closed', async () =>
      (await db.query(`SELECT status FROM tasks WHERE id = $1`, [taskOf('MTTQ-PLEIKU')]))[0].status === 'completed'
        ? true
        : undefined,
    );
    const why = 'Cộng 1 xã đạt chuẩn sau ngày chốt số liệu';
    await report('bithu.pleiku', 'DU-PLEIKU', { drugFree: 3, households: 4 }, { drugFree: why });
    const afterPleiku = await round(first.id);
    // The adjustment is its own field: the roll-up kept beside the value reported, and the note.
    expect(du(afterPleiku, 'DU-PLEIKU')).toMatchObject({
      rollup: { drugFree: 2 },
      reported: { drugFree: 3 },
      adjustments: [{ indicator: 'drugFree', rollup: 2, value: 3, note: why }],
      previousPeriod: null,
    });
    expect(afterPleiku.tree.rollup).toMatchObject({ drugFree: 3, households: 4, share: 0.75 });
    expect(afterPleiku.tree.attainment.drugFree).toBe('not_assessable');

    // Đak Đoa's Front is late: reminded, marked overdue and escalated to its committee and up.
    const late = taskOf('MTTQ-DAKDOA');
    const kinds = await until(
      'escalation of the late commune',
      async () => {
        const rows: { kind: string }[] = await db.query('SELECT DISTINCT kind FROM notifications WHERE task_id = $1', [
          late,
        ]);
        const set = rows.map((r) => r.kind);
        return set.includes('escalation') ? set : undefined;
      },
      150_000,
    );
    expect(kinds).toEqual(expect.arrayContaining(['task_assigned', 'escalation']));
    // Reminders count only from when the task began (none fire late): on a busy machine the
    // round's lower level may start after the instant its reminder (30 s before) was due.
    const [{ lead }] = await db.query(
      `SELECT extract(epoch FROM deadline - created_at) AS lead FROM tasks WHERE id = $1`,
      [late],
    );
    if (Number(lead) > 31) expect(kinds).toContain('reminder');
    const lateNow = await round(first.id);
    expect(lateNow.notReported.find((u: { taskId: string }) => u.taskId === late)).toMatchObject({
      late: true,
      workingDaysLate: 0,
    });

    // One action urges everyone who has not reported: a notice each, audited.
    const urged = await call('thuongtruc.tu', 'POST', `/api/v1/reporting-rounds/${first.id}/urge`);
    expect(urged.body.urged).toBe(lateNow.notReported.length);
    const [{ n }] = await db.query(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'task.urged' AND entity_id = ANY($1)`,
      [lateNow.notReported.map((u: { taskId: string }) => u.taskId)],
    );
    expect(n).toBe(lateNow.notReported.length);

    // Rounds opened after the amendment follow it; the first kept its version.
    const later = await until('a round under the amendment', async () =>
      (await rounds(cycleId)).find((r) => r.cycleVersion === 2),
    );
    expect(first.cycleVersion).toBe(1);
    const [{ title }] = await db.query('SELECT title FROM directives WHERE id = $1', [later.id]);
    expect(title).toContain('(sửa đổi)');
    // What S1 left unfinished is carried into the later round, beside the unit that owes it;
    // each unit's S1 values stand beside its values there.
    const laterRound = await round(later.id);
    expect(laterRound.carriedOver).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ taskId: late, periodKey: 'S1', unitId: p.unit('MTTQ-DAKDOA') }),
      ]),
    );
    expect(laterRound.carriedOver.map((c: { taskId: string }) => c.taskId)).not.toContain(taskOf('MTTQ-PLEIKU'));
    if (laterRound.periodKey === 'S2') {
      expect(du(laterRound, 'DU-PLEIKU').previousPeriod).toMatchObject({ drugFree: 3, households: 4 });
    }

    // Paused: no new rounds. Opening a round by hand again finds the same round.
    expect((await call('thuongtruc.tu', 'POST', `/api/v1/reporting-cycles/${cycleId}/pause`)).body.status).toBe(
      'paused',
    );
    const count = (await rounds(cycleId)).length;
    await sleep(40_000);
    expect((await rounds(cycleId)).length).toBe(count);
    const again = await call('thuongtruc.tu', 'POST', `/api/v1/reporting-cycles/${cycleId}/rounds`, {
      periodKey: 'S1',
    });
    expect([again.status, again.body.created, again.body.round.id]).toEqual([201, false, first.id]);
  }, 480_000);

  // Seed 002: the six-month review of mass mobilisation work, half-years under the state cut-off.
  it('six-month rounds under the 15/12→14/6 cut-off, opened by hand', async () => {
    const review = {
      issuingUnitId: p.unit('TU-GL'),
      title: 'Sơ kết công tác dân vận và quy chế dân chủ',
      legalBasis: '20-NQ/TU',
      frequency: 'six_monthly',
      cutOffRule: 'state',
      recipients: { subtrees: [{ rootUnitId: p.unit('TU-GL'), kinds: ['commune'] }] },
      levelDeadlines: [{ level: 'xã', workingDaysAfterCutOff: 2 }],
      startsAt: '2026-01-01T00:00:00+07:00',
    };
    const created = await call('thuongtruc.tu', 'POST', '/api/v1/reporting-cycles', review);
    expect(created.status).toBe(201);
    const res = await call('thuongtruc.tu', 'POST', `/api/v1/reporting-cycles/${created.body.id}/rounds`, {
      periodKey: '2026-H1',
    });
    expect(res.body.created).toBe(true);
    // Opened after its deadline (16/6/2026 by the policy): the communes are due at the end
    // of the first working day after the opening instead (docs/decisions/0030).
    const today = calendar.dateOf(new Date());
    const due = today > '2026-06-15' ? calendar.addWorkingDays(today, 1) : '2026-06-16';
    expect(res.body.round).toMatchObject({
      label: '6 tháng đầu năm 2026',
      cutOff: '2026-06-14T17:00:00+07:00',
      recipients: 4,
      deadlines: [{ level: 'xã', deadline: `${due}T17:00:00+07:00` }],
    });
    const bad = await call('thuongtruc.tu', 'POST', '/api/v1/reporting-cycles', {
      ...created.body,
      frequency: 'weekly',
    });
    expect(bad.status).toBe(400);
    // Periodic tasks are tasks, with the cycle and the period to tell them apart.
    let rows: { id: string }[] = [];
    for (let i = 0; i < 100 && rows.length < 4; i++) {
      rows = await db.query(
        'SELECT t.id FROM tasks t JOIN directives d ON d.id = t.directive_id WHERE d.reporting_cycle_id = $1',
        [created.body.id],
      );
      if (rows.length < 4) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const task = await call('thuongtruc.tu', 'GET', `/api/v1/tasks/${rows[0]!.id}`);
    expect(task.body.periodic).toEqual({ reportingCycleId: created.body.id, periodKey: '2026-H1' });
  }, 60_000);
});
