import { Client } from '@temporalio/client';
import { WorkflowIdConflictPolicy } from '@temporalio/common';
import {
  DEFAULT_ESCALATION_POLICY,
  DEFAULT_REMINDER_POLICY,
  KNOWN_OVERRIDES,
  openingSpec,
  parseFrequency,
  roundAssignments,
  vietnamCalendar,
  type RoundAssignment,
  type RoundPeriod,
  type UnitNode,
} from '../libs/domain/src';
import type { CycleDefinition, ReportingCycleEntity } from '../libs/persistence/src';
import { RoundActivitiesImpl } from '../apps/worker/src/activities/round.activities';
import { captureHistory, TimeSkippingHarness } from '../test/support/temporal-testing';
import {
  cycleScheduleId,
  roundWorkflowId,
  type DirectiveActivities,
  type RoundActivities,
  type RoundResult,
} from '../libs/workflow-contract/src';
import { roundTickWorkflow, roundWorkflow } from './round.workflow';

/**
 * A year of quarterly rounds on the time-skipping test server. That server has no
 * Schedules (they are tested on the dev server, test/e2e/reporting-cycles.e2e-spec.ts),
 * so the test stands in for the cycle's Schedule: it lets a year pass and, at each
 * instant the Schedule's spec names (openingSpec: 07:00 on the 15th of the quarter's last
 * month, Asia/Ho_Chi_Minh), starts the tick workflow as the Schedule would, named
 * `<schedule id>-<time>`. From there on everything is the real thing: the tick and round
 * workflows, and the worker's round activities (which period a tick opens, the deadlines
 * per level, the late-opening rule); only the database under them is a small in-memory
 * stand-in, unique per (cycle, period) as the real table is.
 */
const TZ = 'Asia/Ho_Chi_Minh';
const DAY = 24 * 3600_000;
const ROMAN = ['I', 'II', 'III', 'IV'];
const POLICY = [
  { level: 'commune', workingDaysAfterCutOff: 3 },
  { level: 'consolidating', workingDaysAfterCutOff: 5 },
];
// Worked out by hand from the shipped calendar: [commune, consolidating] due dates.
const KNOWN: Record<string, [string, string]> = {
  '2026-Q4': ['2026-12-17', '2026-12-21'], // cut-off Mon 14/12
  '2027-Q1': ['2027-03-17', '2027-03-19'], // cut-off Sun 14/3
  '2027-Q2': ['2027-06-17', '2027-06-21'], // cut-off Mon 14/6
  '2027-Q3': ['2027-09-17', '2027-09-21'], // cut-off Tue 14/9
  '2027-Q4': ['2027-12-17', '2027-12-21'], // cut-off Tue 14/12
};

const unit = (id: string, parent: string | null, path: string, kind: UnitNode['kind']): UnitNode => ({
  id,
  parentId: parent,
  path,
  kind,
  active: true,
  successorId: null,
});

/** The province committee, two district committees, two communes under each. */
function hierarchy(): UnitNode[] {
  return [
    unit('tu', null, '/tu/', 'party_committee'),
    unit('d1', 'tu', '/tu/d1/', 'party_committee'),
    unit('c11', 'd1', '/tu/d1/c11/', 'commune'),
    unit('c12', 'd1', '/tu/d1/c12/', 'commune'),
    unit('d2', 'tu', '/tu/d2/', 'party_committee'),
    unit('c21', 'd2', '/tu/d2/c21/', 'commune'),
    unit('c22', 'd2', '/tu/d2/c22/', 'commune'),
  ];
}

interface StoredRound {
  period: RoundPeriod;
  openedBy: string;
  rows: RoundAssignment[];
}

/** The worker's round activities over an in-memory store: one round per (cycle, period). */
function world(cycle: ReportingCycleEntity, units: UnitNode[]) {
  const rounds = new Map<string, StoredRound>();
  const temporal = { client: undefined as unknown, taskQueue: '' };
  const repo = {
    async find() {
      return cycle;
    },
    async open(cycleId: string, period: RoundPeriod, openedBy: string) {
      const roundId = `${cycleId}:${period.key}`;
      const existing = rounds.get(roundId);
      const rows = existing?.rows ?? roundAssignments(cycle.definition, units, cycle.issuingUnitId, period.deadlines);
      if (!existing) rounds.set(roundId, { period, openedBy, rows });
      return { roundId, directiveId: roundId, created: !existing, maxDepth: Math.max(0, ...rows.map((r) => r.depth)) };
    },
  };
  const calendars = { calendar: async (years: number[]) => vietnamCalendar(years, KNOWN_OVERRIDES, TZ) };
  const impl = new RoundActivitiesImpl(
    repo as never,
    repo as never,
    calendars as never,
    temporal as never,
    {} as never,
    { timezone: TZ } as never,
    {} as never,
    {} as never,
  );
  const atDepth = (roundId: string, depth: number) => rounds.get(roundId)!.rows.filter((r) => r.depth === depth);
  const activities: RoundActivities & Pick<DirectiveActivities, 'startTaskWorkflows'> = {
    ...impl.asActivities(),
    // The task workflows themselves are tested elsewhere: here, how many each step would create.
    async startTaskWorkflows({ directiveId, offset, limit }) {
      return atDepth(directiveId, 0).slice(offset, offset! + limit!).length;
    },
    async delegateRoundLevel({ roundId, depth }) {
      return atDepth(roundId, depth).length;
    },
  };
  return { rounds, temporal, activities };
}

/** The instants the cycle's Schedule fires at within (from, to]: its calendar spec, read as Temporal reads it. */
function firings(from: number, to: number): Date[] {
  const spec = openingSpec({ frequency: parseFrequency('quarterly')!, cutOffRule: 'state', startsAt: new Date(from) });
  if (!('calendar' in spec)) throw new Error('quarterly cycles open on calendar dates');
  const { months, dayOfMonth, hour } = spec.calendar;
  const year = new Date(from).getUTCFullYear();
  const all = [year, year + 1].flatMap((y) =>
    months.map((m) => new Date(`${y}-${pad(m)}-${pad(dayOfMonth)}T${pad(hour)}:00:00+07:00`)),
  );
  return all.filter((d) => +d > from && +d <= to);
}

const pad = (n: number) => String(n).padStart(2, '0');

describe('a year of quarterly rounds (time-skipping test server)', () => {
  const env = TimeSkippingHarness.forThisFile();
  const calendar = vietnamCalendar([2025, 2026, 2027, 2028, 2029], KNOWN_OVERRIDES, TZ);

  function cycleOf(startsAt: Date): ReportingCycleEntity {
    const definition: CycleDefinition = {
      title: 'Báo cáo tình hình nhân dân hằng quý',
      legalBasis: '461-QĐ/TU',
      frequency: 'quarterly',
      cutOffRule: 'state',
      recipients: { subtrees: [{ rootUnitId: 'tu' }] },
      consolidatingUnitId: null,
      levelDeadlines: POLICY,
      reportTemplate: null,
      indicators: [],
      reminderPolicy: DEFAULT_REMINDER_POLICY,
      escalationPolicy: DEFAULT_ESCALATION_POLICY,
      reviewPeriod: null,
    };
    return {
      id: 'cycle-461',
      issuingUnitId: 'tu',
      legalBasisNormalized: '461-QĐ/TU',
      definition,
      startsAt,
      endsAt: null,
      status: 'active',
      version: 1,
    } as ReportingCycleEntity;
  }

  /** Expected key and label of the quarter whose round opens in `firing`'s month. */
  const quarterOf = (firing: Date) => {
    const [y, m] = calendar.dateOf(firing).split('-').map(Number) as [number, number];
    const q = Math.floor((m - 1) / 3) + 1;
    return { key: `${y}-Q${q}`, label: `Quý ${ROMAN[q - 1]}/${y}`, cutOff: `${y}-${pad(m)}-14` };
  };

  /** Each level's due date, checked against the policy by counting working days from the cut-off. */
  function expectPolicyDeadlines(stored: StoredRound, cutOff: string) {
    const byLevel = new Map(stored.rows.map((r) => [r.level, r.deadline]));
    POLICY.forEach(({ level, workingDaysAfterCutOff }) => {
      const due = new Date(byLevel.get(level)!);
      const date = calendar.dateOf(due);
      expect([level, calendar.isWorkingDay(date), calendar.workingDaysBetween(cutOff, date)]).toEqual([
        level,
        true,
        workingDaysAfterCutOff,
      ]);
      expect(due.toISOString()).toBe(new Date(`${date}T17:00:00+07:00`).toISOString());
    });
    const known = KNOWN[stored.period.key];
    if (known) expect(POLICY.map((p) => calendar.dateOf(new Date(byLevel.get(p.level)!)))).toEqual(known);
  }

  /** What the Schedule and an officer do, on the test server's clock. */
  function driver(client: Client, taskQueue: string, cycleId: string) {
    return {
      /** A Schedule firing for `at`, named as the Schedule names its runs. */
      tick: (at: number, suffix = '') =>
        client.workflow.execute(roundTickWorkflow, {
          workflowId: `${cycleScheduleId(cycleId)}-${new Date(at).toISOString()}${suffix}`,
          taskQueue,
          args: [{ cycleId }],
        }),
      skipTo: async (at: number) => env.sleep(at - (await env.currentTimeMs())),
      roundResult: (key: string): Promise<RoundResult> =>
        client.workflow.getHandle(roundWorkflowId(cycleId, key)).result(),
      /** As `POST /reporting-cycles/{id}/rounds` does: the same business key, the officer's clock. */
      byHand: async (key: string) => {
        const openedAt = new Date(await env.currentTimeMs()).toISOString();
        const handle = await client.workflow.start(roundWorkflow, {
          workflowId: roundWorkflowId(cycleId, key),
          taskQueue,
          args: [{ cycleId, periodKey: key, openedBy: 'vanphong.tu', openedAt }],
          workflowIdConflictPolicy: WorkflowIdConflictPolicy.USE_EXISTING,
        });
        return handle.result();
      },
    };
  }

  it('opens the four quarters on schedule, each once, with its label and deadlines per level', async () => {
    const start = await env.currentTimeMs();
    const units = hierarchy();
    const cycle = cycleOf(new Date(start));
    const { rounds, temporal, activities } = world(cycle, units);
    const schedule = firings(start, start + 365 * DAY);
    expect(schedule).toHaveLength(4);
    const stored = (key: string) => rounds.get(`${cycle.id}:${key}`)!;

    // A plain client: the test server's own one lets time run free while it waits for a
    // result, and then jumps to the next far-off timeout. Here time moves only when the
    // test lets it (env.sleep), as a year of days goes by between the Schedule's firings.
    const client = new Client({ connection: env.environment.connection, namespace: 'default' });
    await env.withWorker('round-year', activities, async (taskQueue) => {
      Object.assign(temporal, { client, taskQueue });
      const { tick, skipTo, roundResult, byHand } = driver(client, taskQueue, cycle.id);
      for (const [i, firing] of schedule.entries()) {
        const { key, label, cutOff } = quarterOf(firing);
        // Before the last quarter a commune is founded: it joins the next round.
        if (i === 3) units.push(unit('c23', 'd2', '/tu/d2/c23/', 'commune'));
        if (i === 2) {
          // An outage longer than the catch-up window: the late firing opens nothing (not
          // the quarter that has just begun either); the officer opens the round by hand,
          // a week late, and the units whose deadlines have passed get new ones.
          await skipTo(+firing + 5 * DAY);
          expect(await tick(+firing, '-late')).toEqual({ status: 'skipped', reason: 'no period ends here' });
          await skipTo(+firing + 7 * DAY + 2 * 3600_000);
          expect(await byHand(key)).toMatchObject({ status: 'opened', tasks: 6 });
          expect([stored(key).period.label, stored(key).openedBy]).toEqual([label, 'vanphong.tu']);
          const commune = calendar.addWorkingDays(calendar.dateOf(new Date(await env.currentTimeMs())), 1);
          const dates = stored(key).period.deadlines.map((d) => [
            calendar.dateOf(new Date(d.deadline)),
            !!d.scheduledDeadline,
          ]);
          expect(dates).toEqual([
            [commune, true],
            [calendar.nextWorkingDay(commune), true],
          ]);
          continue;
        }
        // The second firing is delivered by the catch-up window 20 hours late, past midnight.
        await skipTo(+firing + (i === 1 ? 20 * 3600_000 : 0));
        expect(await tick(+firing)).toEqual({ status: 'opened', reason: key });
        const tasks = i === 3 ? 7 : 6;
        expect(await roundResult(key)).toEqual({ status: 'opened', roundId: `${cycle.id}:${key}`, tasks });
        const { period, openedBy } = stored(key);
        expect([period.label, openedBy, calendar.dateOf(new Date(period.cutOff))]).toEqual([label, 'schedule', cutOff]);
        expectPolicyDeadlines(stored(key), cutOff);
        // Idempotent per (cycle, period): a second firing, and the same round opened by hand.
        expect(await tick(+firing, '-again')).toEqual({ status: 'skipped', reason: `round ${key} already opened` });
        expect(await byHand(key)).toEqual({ status: 'skipped', reason: 'already open' });
        if (i === 0) await captureHistory(client.workflow.getHandle(roundWorkflowId(cycle.id, key)));
      }
    });

    const keys = [...rounds.values()].map((r) => r.period.key);
    expect(keys).toEqual(schedule.map((f) => quarterOf(f).key));
    expect(new Set(keys).size).toBe(4);
    expect(stored(keys[3]!).rows.find((r) => r.unitId === 'c23')).toMatchObject({
      parentUnitId: 'd2',
      level: 'commune',
    });
  });
});
