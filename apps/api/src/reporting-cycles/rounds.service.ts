import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { WorkflowIdConflictPolicy } from '@temporalio/common';
import { AppConfig } from '@dondoc/config';
import {
  adjustments,
  attainment,
  ConflictError,
  NotFoundError,
  roundDeadlineProblems,
  ValidationError,
  rollUpTree,
  toZonedIso,
  type CycleIndicator,
  type ReportNode,
  type RolledNode,
  type Scope,
  msg,
} from '@dondoc/domain';
import {
  CalendarRepository,
  ReportingRoundsRepository,
  type ReportingRoundEntity,
  type RoundTaskRow,
} from '@dondoc/persistence';
import { amendRound, TemporalClientService, withdrawRound } from '@dondoc/temporal-client';
import {
  ROUND_WORKFLOW,
  roundWorkflowId,
  URGE_ROUND_WORKFLOW,
  urgeRoundWorkflowId,
  type RoundWorkflow,
  type UrgeRoundWorkflow,
} from '@dondoc/workflow-contract';
import { ReportingCyclesService } from './reporting-cycles.service';
import type { RoundLevelDeadlineDto } from './dto/reporting-cycle.dto';
import type {
  RoundAmendedDto,
  RoundDto,
  RoundNodeDto,
  RoundOpenedDto,
  RoundSummaryDto,
  RoundUrgedDto,
  RoundWithdrawnDto,
} from './dto/reporting-cycle.response';

/**
 * Rounds: opened by hand (the same business-keyed workflow the schedule starts), the
 * tree with each unit's values and the roll-up at every level, who has not reported
 * (live, with working days late), and one action that urges them all.
 */
@Injectable()
export class RoundsService {
  constructor(
    @Inject(ReportingCyclesService) private readonly cycles: ReportingCyclesService,
    @Inject(ReportingRoundsRepository) private readonly rounds: ReportingRoundsRepository,
    @Inject(CalendarRepository) private readonly calendars: CalendarRepository,
    @Inject(TemporalClientService) private readonly temporal: TemporalClientService,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  async open(scope: Scope, cycleId: string, periodKey: string): Promise<RoundOpenedDto> {
    await this.cycles.issued(scope, cycleId);
    const handle = await this.temporal.client.workflow.start<RoundWorkflow>(ROUND_WORKFLOW, {
      workflowId: roundWorkflowId(cycleId, periodKey),
      taskQueue: this.temporal.taskQueue,
      args: [{ cycleId, periodKey, openedBy: scope.username, openedAt: new Date().toISOString() }],
      workflowIdConflictPolicy: WorkflowIdConflictPolicy.USE_EXISTING,
    });
    const result = await handle.result();
    const round = await this.rounds.findByPeriod(cycleId, periodKey);
    if (!round) {
      throw new NotFoundError(msg('nouns.round'), `${periodKey}: ${result.reason ?? 'no round'}`);
    }
    return { created: result.status === 'opened', round: await this.status(scope, round.id) };
  }

  async list(scope: Scope, cycleId: string): Promise<RoundSummaryDto[]> {
    await this.cycles.readable(scope, cycleId);
    return (await this.rounds.list(cycleId)).map((r) => ({
      id: r.id,
      status: r.withdrawnAt ? ('withdrawn' as const) : ('open' as const),
      periodKey: r.periodKey,
      label: r.label,
      cutOff: r.cutOff.toISOString(),
      cycleVersion: r.cycleVersion,
      openedBy: r.openedBy,
      openedAt: r.openedAt.toISOString(),
    }));
  }

  /**
   * The round as the issuer sees it: the tree with each unit's values, the roll-ups, the
   * late units, and beside each unit its values of the previous period and of the same
   * period last year, its adjustments of its roll-up, and what it still owes from earlier
   * rounds (carried over until done). A recipient unit (a cycle issued above it) sees its own place in
   * the round: its node with its subordinates, and who among them has not reported.
   */
  async status(scope: Scope, roundId: string, now = new Date()): Promise<RoundDto> {
    const round = await this.rounds.find(roundId);
    if (!round) throw new NotFoundError(msg('nouns.round'), roundId);
    const { cycle, access } = await this.cycles.readable(scope, round.cycleId);
    const rows = await this.rounds.tasks(roundId);
    const indicators = round.definition.indicators;
    const full = rolledTree(indicators, cycle.issuingUnitId, rows);
    const [previous, lastYear] = await Promise.all([
      this.otherRound(round.cycleId, round.previousKey, indicators, cycle.issuingUnitId),
      this.otherRound(round.cycleId, round.lastYearKey, indicators, cycle.issuingUnitId),
    ]);
    const own = access === 'issuer' ? full : findNode(full, scope.unitId);
    if (!own) throw new NotFoundError(msg('nouns.round'), roundId);
    const inView = unitIdsOf(own);
    const shown = rows.filter((r) => inView.has(r.unitId));
    const carried = (await this.rounds.unfinishedBefore(round.cycleId, round.openedAt))
      // The issuer sees every unit's, also those of units no longer in the round (deactivated).
      .filter((c) => access === 'issuer' || inView.has(c.unitId))
      .map((c) => ({ ...c, deadline: toZonedIso(c.deadline, this.config.timezone) }));
    const tz = this.config.timezone;
    const closed = rows.every((r) => r.reportedAt);
    const show = (n: RolledNode): RoundNodeDto => {
      const row = rows.find((r) => r.unitId === n.unitId);
      return {
        unitId: n.unitId,
        ...(row ? { unitCode: row.unitCode, unitName: row.unitName, taskId: row.taskId, level: row.level } : {}),
        reported: n.reported,
        rollup: n.rollup,
        attainment: Object.fromEntries(indicators.map((i) => [i.name, attainment(i, valueOf(n, i.name), closed)])),
        adjustments: adjustments(indicators, n, row?.notes ?? null),
        carried: carried.filter((c) => c.unitId === n.unitId),
        previousPeriod: previous?.get(n.unitId) ?? null,
        samePeriodLastYear: lastYear?.get(n.unitId) ?? null,
        missing: n.missingChildren,
        withdrawn: !!round.withdrawnAt && !!row?.reportedAt,
        children: n.children.map(show),
      };
    };
    return {
      id: round.id,
      cycleId: round.cycleId,
      access,
      status: round.withdrawnAt ? 'withdrawn' : 'open',
      withdrawal: round.withdrawnAt
        ? { at: toZonedIso(round.withdrawnAt, tz), by: round.withdrawnBy!, reason: round.withdrawalReason! }
        : null,
      periodKey: round.periodKey,
      label: round.label,
      cycleVersion: round.cycleVersion,
      cutOff: toZonedIso(round.cutOff, tz),
      deadlines: [...new Map(shown.map((r) => [r.level, toZonedIso(r.deadline, tz)]))].map(([level, deadline]) => ({
        level,
        deadline,
      })),
      recipients: shown.length,
      reported: shown.filter((r) => r.reportedAt).length,
      notReported: await this.notReported(shown, now),
      carriedOver: carried,
      tree: show(own),
      previousPeriod: { key: round.previousKey, rollup: previous?.get(own.unitId) ?? null },
      samePeriodLastYear: { key: round.lastYearKey, rollup: lastYear?.get(own.unitId) ?? null },
    };
  }

  /** Who has not reported, live: by unit and level, with working days late. */
  private async notReported(rows: RoundTaskRow[], now: Date) {
    const tz = this.config.timezone;
    const calendar = await this.calendars.calendar([now.getFullYear() - 1, now.getFullYear()], tz);
    return rows
      .filter((r) => !r.reportedAt && r.status !== 'cancelled')
      .map((r) => {
        const late = now > r.deadline;
        return {
          unitId: r.unitId,
          unitCode: r.unitCode,
          unitName: r.unitName,
          taskId: r.taskId,
          level: r.level,
          depth: r.depth,
          deadline: toZonedIso(r.deadline, tz),
          late,
          workingDaysLate: late ? calendar.workingDaysBetween(calendar.dateOf(r.deadline), calendar.dateOf(now)) : 0,
        };
      });
  }

  /** Each unit's values in another round of the cycle (null: no such round). */
  private async otherRound(cycleId: string, key: string | null, indicators: CycleIndicator[], issuerId: string) {
    const other = key ? await this.rounds.findByPeriod(cycleId, key) : null;
    if (!other) return null;
    const tree = rolledTree(indicators, issuerId, await this.rounds.tasks(other.id));
    const values = new Map<string, Record<string, number | null>>();
    const visit = (n: RolledNode) => {
      values.set(n.unitId, Object.fromEntries(indicators.map((i) => [i.name, valueOf(n, i.name)])));
      n.children.forEach(visit);
    };
    visit(tree);
    return values;
  }

  /** Urges every unit that has not reported: a notice each, audited; returns how many. */
  async urge(scope: Scope, roundId: string): Promise<RoundUrgedDto> {
    const round = await this.rounds.find(roundId);
    if (!round) throw new NotFoundError(msg('nouns.round'), roundId);
    await this.cycles.issued(scope, round.cycleId);
    refuseWithdrawn(round);
    const urgeId = randomUUID();
    const urged = await this.temporal.client.workflow.execute<UrgeRoundWorkflow>(URGE_ROUND_WORKFLOW, {
      workflowId: urgeRoundWorkflowId(roundId, urgeId),
      taskQueue: this.temporal.taskQueue,
      args: [{ roundId, actor: scope.username, urgeId }],
    });
    return { roundId, urged };
  }

  /**
   * Withdraws the round (leaders and admins of the issuing side): its open tasks are
   * cancelled with the reason through their workflows, the reports already in are kept
   * and marked; audited (docs/decisions/0030-reporting-rounds.md, "Ending a round").
   */
  async withdraw(scope: Scope, roundId: string, reason: string): Promise<RoundWithdrawnDto> {
    const round = await this.rounds.find(roundId);
    if (!round) throw new NotFoundError(msg('nouns.round'), roundId);
    await this.cycles.writable(scope, round.cycleId);
    refuseWithdrawn(round);
    const result = await withdrawRound(this.temporal.client, this.temporal.taskQueue, {
      roundId,
      reason,
      actor: scope.username,
    });
    return { cancelled: result.cancelled, reportsKept: result.reportsKept, round: await this.status(scope, roundId) };
  }

  /** New deadlines for some of the round's levels, told to each open task of the level (its reminders re-timed). */
  async amendDeadlines(
    scope: Scope,
    roundId: string,
    deadlines: RoundLevelDeadlineDto[],
    now = new Date(),
  ): Promise<RoundAmendedDto> {
    const round = await this.rounds.find(roundId);
    if (!round) throw new NotFoundError(msg('nouns.round'), roundId);
    await this.cycles.writable(scope, round.cycleId);
    refuseWithdrawn(round);
    const levels = levelsOf(round, await this.rounds.tasks(roundId));
    const problems = roundDeadlineProblems(levels, deadlines, now.getTime());
    if (problems.length) throw new ValidationError(problems);
    const result = await amendRound(this.temporal.client, this.temporal.taskQueue, {
      roundId,
      amendId: randomUUID(),
      deadlines: deadlines.map((d) => ({ level: d.level, deadline: new Date(d.deadline).toISOString() })),
      actor: scope.username,
    });
    // Withdrawn between the check and the workflow: nothing was changed.
    if (!result.amended) throw withdrawnConflict(roundId);
    return { retimed: result.retimed, round: await this.status(scope, roundId) };
  }
}

const withdrawnConflict = (id: string) =>
  new ConflictError(msg('reportingCycles.theRoundHasBeenWithdrawn'), [{ field: 'id', message: id }]);

function refuseWithdrawn(round: Pick<ReportingRoundEntity, 'id' | 'withdrawnAt'>): void {
  if (round.withdrawnAt) throw withdrawnConflict(round.id);
}

/** The round's levels with their deadlines as they stand, lowest first (the cycle's order). */
function levelsOf(round: ReportingRoundEntity, rows: RoundTaskRow[]) {
  const order = round.definition.levelDeadlines.map((l) => l.level);
  const byLevel = new Map(rows.map((r) => [r.level, r.deadline.toISOString()]));
  return order.filter((level) => byLevel.has(level)).map((level) => ({ level, deadline: byLevel.get(level)! }));
}

/** The round's tree under the issuer: each unit's task under its consolidating unit's, rolled up. */
function rolledTree(indicators: readonly CycleIndicator[], issuerId: string, rows: RoundTaskRow[]): RolledNode {
  const node = (row: RoundTaskRow): ReportNode => ({
    unitId: row.unitId,
    reported: row.values,
    children: rows.filter((c) => c.parentTaskId === row.taskId).map(node),
  });
  return rollUpTree(indicators, {
    unitId: issuerId,
    reported: null,
    children: rows.filter((r) => !r.parentTaskId).map(node),
  });
}

/** A unit's value of an indicator: what it reported, else the roll-up of its subordinates. */
const valueOf = (n: RolledNode, name: string): number | null => n.reported?.[name] ?? n.rollup[name] ?? null;

function findNode(n: RolledNode, unitId: string): RolledNode | null {
  if (n.unitId === unitId) return n;
  for (const child of n.children) {
    const found = findNode(child, unitId);
    if (found) return found;
  }
  return null;
}

function unitIdsOf(n: RolledNode, into = new Set<string>()): Set<string> {
  into.add(n.unitId);
  n.children.forEach((c) => unitIdsOf(c, into));
  return into;
}
