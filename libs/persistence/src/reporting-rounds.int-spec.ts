import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { DEFAULT_ESCALATION_POLICY, DEFAULT_REMINDER_POLICY, type RoundPeriod } from '@dondoc/domain';
import { connectTestDatabase } from '../../../test/support/database';
import { seedTestProvince, type TestProvince } from '../../../test/support/province';
import { TaskReportEntity, type CycleDefinition } from './entities';
import { ReportingCyclesRepository } from './reporting-cycles.repository';
import { ReportingRoundsRepository } from './reporting-rounds.repository';

const period = (key: string, label: string): RoundPeriod => ({
  key,
  label,
  labelEn: label,
  cutOff: '2026-03-14T10:00:00.000Z',
  deadlines: [
    { level: 'xã', deadline: '2026-03-17T10:00:00.000Z' },
    { level: 'tổng hợp', deadline: '2026-03-19T10:00:00.000Z' },
  ],
  previousKey: null,
  lastYearKey: null,
});

/** The SQL under recipients' reading, carried-over items and adjustment notes (real PostgreSQL, real migrations). */
describe('reporting rounds repository (real PostgreSQL)', () => {
  let db: DataSource;
  let p: TestProvince;
  let cycles: ReportingCyclesRepository;
  let rounds: ReportingRoundsRepository;
  beforeAll(async () => {
    db = await connectTestDatabase();
    p = await seedTestProvince(db);
    cycles = new ReportingCyclesRepository(db);
    rounds = new ReportingRoundsRepository(db);
  });
  afterAll(async () => {
    await db?.destroy();
  });

  const definition = (recipients: CycleDefinition['recipients']): CycleDefinition => ({
    title: 'Báo cáo quý',
    legalBasis: '461-QĐ/TU',
    frequency: 'quarterly',
    cutOffRule: 'state',
    recipients,
    consolidatingUnitId: null,
    levelDeadlines: [{ level: 'xã', workingDaysAfterCutOff: 3 }],
    reportTemplate: null,
    indicators: [],
    reminderPolicy: DEFAULT_REMINDER_POLICY,
    escalationPolicy: DEFAULT_ESCALATION_POLICY,
    reviewPeriod: null,
  });
  const create = (recipients: CycleDefinition['recipients']) =>
    cycles.create({
      id: randomUUID(),
      issuingUnitId: p.unit('TU-GL'),
      legalBasisNormalized: '461-QĐ/TU',
      definition: definition(recipients),
      startsAt: new Date('2026-01-01T00:00:00Z'),
      endsAt: null,
      createdBy: 'test',
    });
  const unit = (code: string) => p.units.get(code)!;

  it('finds the cycles a unit reports in: by subtree, by name, by a round it is in', async () => {
    const bySubtree = await create({ subtrees: [{ rootUnitId: p.unit('TU-GL'), kinds: ['fatherland_front'] }] });
    const byName = await create({ units: [p.unit('DU-PLEIKU')] });
    await rounds.open(bySubtree.id, period('2026-Q1', 'Quý I/2026'), 'test', `open:${bySubtree.id}`);
    const of = async (code: string) =>
      new Map((await cycles.recipientCandidates(unit(code))).map(({ cycle, inRound }) => [cycle.id, inRound] as const));
    const front = await of('MTTQ-PLEIKU');
    expect([front.get(bySubtree.id), front.has(byName.id)]).toEqual([true, false]);
    const committee = await of('DU-PLEIKU');
    // Under the subtree but not of its kind: a candidate the domain rule then refuses.
    expect([committee.get(bySubtree.id), committee.get(byName.id)]).toEqual([false, false]);
    expect(await cycles.recipientCandidates(unit('TU-GL'), bySubtree.id)).toEqual([]);
  });

  it('carries the unfinished tasks of earlier rounds; reads the notes given with values', async () => {
    const cycle = await create({ subtrees: [{ rootUnitId: p.unit('TU-GL'), kinds: ['commune'] }] });
    const first = await rounds.open(cycle.id, period('2026-Q1', 'Quý I/2026'), 'test', `open:${cycle.id}:q1`);
    const tasks = await rounds.tasks(first.roundId);
    expect(tasks.length).toBeGreaterThan(1);
    const [done, open] = [tasks[0]!, tasks[1]!];
    await db.query(`UPDATE tasks SET status = 'completed' WHERE id = $1`, [done.taskId]);
    await db.getRepository(TaskReportEntity).insert({
      id: randomUUID(),
      taskId: open.taskId,
      version: 1,
      text: 'Báo cáo',
      indicatorValues: [
        { name: 'drugFree', value: 3, note: 'Cộng 1 xã đạt sau ngày chốt' },
        { name: 'households', value: 4 },
      ],
      attachments: [],
      submittedBy: 'test',
      submittedAt: new Date(),
      late: false,
    });
    const reread = (await rounds.tasks(first.roundId)).find((t) => t.taskId === open.taskId)!;
    expect([reread.values, reread.notes]).toEqual([
      { drugFree: 3, households: 4 },
      { drugFree: 'Cộng 1 xã đạt sau ngày chốt' },
    ]);
    const carried = await rounds.unfinishedBefore(cycle.id, new Date(Date.now() + 60_000));
    expect(carried.map((c) => c.taskId).sort()).toEqual(
      tasks
        .filter((t) => t.taskId !== done.taskId)
        .map((t) => t.taskId)
        .sort(),
    );
    expect(carried[0]).toMatchObject({ periodKey: '2026-Q1', label: 'Quý I/2026', roundId: first.roundId });
    // Nothing was opened before the first round.
    expect(await rounds.unfinishedBefore(cycle.id, new Date('2020-01-01T00:00:00Z'))).toEqual([]);
  });
});
