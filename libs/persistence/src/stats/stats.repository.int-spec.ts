import type { DataSource } from 'typeorm';
import {
  completionTable,
  type CompletionOptions,
  type CountingBasis,
  type DeadlineMode,
  type SubtaskRule,
} from '@dondoc/domain';
import { connectTestDatabase } from '../../../../test/support/database';
import { seedTestProvince, type TestProvince } from '../../../../test/support/province';
import { EXPECTED, Q3, seedQuarterlyBriefing, type Briefing } from '../../../../test/support/quarterly-briefing';
import { ExplanationsRepository } from './explanations.repository';
import { StatsRepository, type StatsScope } from './stats.repository';

/**
 * The completion table over real PostgreSQL: seed 003's quarterly briefing
 * (test/support/quarterly-briefing.ts) against numbers computed by hand, for both
 * deadline modes and both counting bases; then, after October's changes, the table as of
 * the quarter's end is still the one printed then (docs/statistics.md).
 */
describe('StatsRepository (real PostgreSQL)', () => {
  let db: DataSource;
  let stats: StatsRepository;
  let p: TestProvince;
  let briefing: Briefing;
  let scope: StatsScope;

  beforeAll(async () => {
    db = await connectTestDatabase();
    stats = new StatsRepository(db);
    p = await seedTestProvince(db);
    briefing = await seedQuarterlyBriefing(db, p);
    const [root] = await db.query('SELECT id, path FROM units WHERE id = $1', [p.unit('TU-GL')]);
    scope = { unitId: root.id, unitPath: root.path, subtree: true };
  });
  afterAll(async () => {
    await db.destroy();
  });

  const table = async (basis: CountingBasis, mode: DeadlineMode, subtasks: SubtaskRule = 'include', asOf?: Date) => {
    const o: CompletionOptions = {
      from: Q3.start,
      to: Q3.end,
      asOf: asOf ?? new Date(),
      mode,
      basis,
      subtasks,
      grouping: 'unit',
      timeZone: 'Asia/Ho_Chi_Minh',
    };
    const facts = await stats.facts({ scope, from: o.from, to: o.to, basis, mode, subtasks, asOf });
    return completionTable(facts, o);
  };
  const totals = (t: Awaited<ReturnType<typeof table>>) => {
    const { total, completedOnTime, completedLate, openWithinDeadline, openOverdue } = t.total;
    return [total, completedOnTime, completedLate, openWithinDeadline, openOverdue];
  };
  const asOf = new Date(Q3.asOf);

  const printed: Record<string, unknown> = {};

  it.each([
    ['assigned', 'current'],
    ['assigned', 'original'],
    ['due', 'current'],
    ['due', 'original'],
  ] as const)(
    'as of the quarter end, %s in the quarter, %s deadline: the numbers computed by hand',
    async (basis, mode) => {
      const t = await table(basis, mode, 'include', asOf);
      expect(totals(t)).toEqual(EXPECTED[basis][mode]);
      printed[`${basis}/${mode}`] = t;
    },
  );

  it('delegated sub-tasks left out: only the directive own tasks', async () => {
    expect(totals(await table('assigned', 'current', 'exclude', asOf))).toEqual(EXPECTED.assignedTopLevelOnly);
  });

  it('rows per unit: the cancelled task in the notes, the extension noted, TT numbered', async () => {
    const t = await table('assigned', 'current', 'include', asOf);
    const row = (code: string) => t.rows.find((r) => r.key === p.unit(code))!;
    expect(row('MTTQ-IAGRAI')).toMatchObject({ total: 1, openOverdue: 1, overdueRate: 100 });
    expect(row('CA-GL')).toMatchObject({
      total: 1,
      completedOnTime: 1,
      notes: '1 nhiệm vụ được gia hạn/điều chỉnh hạn',
    });
    expect(row('BDV-TU')).toMatchObject({ total: 0, cancelled: 1, notes: '1 nhiệm vụ đã hủy (không tính)' });
    expect(t.rows.map((r) => r.tt)).toEqual(t.rows.map((_, i) => i + 1));
    expect(t.total).toMatchObject({ label: 'Tổng cộng', onTimeRate: 33.3, lateRate: 33.3, overdueRate: 16.7 });
  });

  it('after October (a task moved to another unit and done, a deadline moved, a task cancelled), asOf the quarter end gives the first numbers', async () => {
    await briefing.laterChanges();
    for (const [key, before] of Object.entries(printed)) {
      const [basis, mode] = key.split('/') as [CountingBasis, DeadlineMode];
      expect({ key, table: await table(basis, mode, 'include', asOf) }).toEqual({ key, table: before });
    }
    // Today's table differs: #3 done late under MTTQ-GL, #6 cancelled.
    const now = await table('assigned', 'current');
    expect(totals(now)).toEqual([5, 2, 3, 0, 0]);
    expect(now.rows.find((r) => r.key === p.unit('MTTQ-IAGRAI'))).toBeUndefined();
    expect(now.rows.find((r) => r.key === p.unit('MTTQ-GL'))).toMatchObject({ total: 2, completedLate: 1 });
  });

  it('the live table and the table as of now agree', async () => {
    const now = new Date();
    for (const basis of ['assigned', 'due'] as const)
      for (const mode of ['current', 'original'] as const) {
        const live = await table(basis, mode, 'include', undefined);
        const rebuilt = await table(basis, mode, 'include', now);
        expect(totals(rebuilt)).toEqual(totals(live));
      }
  });

  it('explanation requests: written with audit rows on the task, in the overdue pack and the unit counts', async () => {
    const explanations = new ExplanationsRepository(db);
    const [, late] = briefing.tasks;
    await db.query(`UPDATE tasks SET status = 'overdue', phase = 'in_progress', completed_at = NULL WHERE id = $1`, [
      late,
    ]);
    const explanationId = crypto.randomUUID();
    const request = {
      eventId: `explanation:${explanationId}#requested`,
      explanationId,
      taskId: late!,
      unitId: p.unit('HND-GL'),
      requestingUnitId: p.unit('TU-GL'),
      actor: p.user('thuongtruc.tu'),
      requestedAt: new Date().toISOString(),
      dueAt: new Date(Date.now() + 86_400_000).toISOString(),
      workingDays: 2,
      note: 'Đề nghị giải trình việc chậm báo cáo',
    };
    await explanations.recordRequest(request);
    await explanations.recordRequest(request);
    const answer = {
      eventId: `explanation:${explanationId}#answered`,
      explanationId,
      actor: p.user('hnd.tinh'),
      answeredAt: new Date().toISOString(),
      reasonCategory: 'data_not_available',
      answer: 'Chờ số liệu từ cơ sở',
    };
    await explanations.recordAnswer(answer);
    await explanations.recordAnswer(answer);
    const actions = await db.query(
      `SELECT action FROM audit_events WHERE entity_id = $1 AND action LIKE 'task.explanation%' ORDER BY seq`,
      [late],
    );
    expect(actions.map((a: { action: string }) => a.action)).toEqual([
      'task.explanation_requested',
      'task.explanation_answered',
    ]);
    const pack = await stats.overdue(scope, new Date(), 100);
    expect(pack.find((row) => row.taskId === late)).toMatchObject({
      unitName: 'Hội Nông dân tỉnh',
      explanationStatus: 'answered',
      reasonCategory: 'data_not_available',
      answer: 'Chờ số liệu từ cơ sở',
    });
    const counts = await stats.unitCounts(
      scope,
      new Date(Date.now() - 3_600_000),
      new Date(Date.now() + 3_600_000),
      new Date(),
    );
    expect(counts.get(p.unit('HND-GL'))).toEqual({ escalations: 0, explanationRequests: 1 });
  });
});
