import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { WorkflowIdConflictPolicy } from '@temporalio/common';
import { AppConfig } from '@dondoc/config';
import {
  attainment,
  NotFoundError,
  rollUpTree,
  toZonedIso,
  type ReportNode,
  type RolledNode,
  type Scope,
} from '@dondoc/domain';
import { CalendarRepository, ReportingRoundsRepository, type RoundTaskRow } from '@dondoc/persistence';
import { TemporalClientService } from '@dondoc/temporal-client';
import {
  ROUND_WORKFLOW,
  roundWorkflowId,
  URGE_ROUND_WORKFLOW,
  urgeRoundWorkflowId,
  type RoundWorkflow,
  type UrgeRoundWorkflow,
} from '@dondoc/workflow-contract';
import { ReportingCyclesService } from './reporting-cycles.service';

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

  async open(scope: Scope, cycleId: string, periodKey: string) {
    await this.cycles.get(scope, cycleId);
    const handle = await this.temporal.client.workflow.start<RoundWorkflow>(ROUND_WORKFLOW, {
      workflowId: roundWorkflowId(cycleId, periodKey),
      taskQueue: this.temporal.taskQueue,
      args: [{ cycleId, periodKey, openedBy: scope.username, openedAt: new Date().toISOString() }],
      workflowIdConflictPolicy: WorkflowIdConflictPolicy.USE_EXISTING,
    });
    const result = await handle.result();
    const round = await this.rounds.findByPeriod(cycleId, periodKey);
    if (!round) {
      throw new NotFoundError('period', `${periodKey}: ${result.reason ?? 'no round'}`);
    }
    return { created: result.status === 'opened', round: await this.status(scope, round.id) };
  }

  async list(scope: Scope, cycleId: string) {
    await this.cycles.get(scope, cycleId);
    return (await this.rounds.list(cycleId)).map((r) => ({
      id: r.id,
      periodKey: r.periodKey,
      label: r.label,
      cutOff: r.cutOff.toISOString(),
      cycleVersion: r.cycleVersion,
      openedBy: r.openedBy,
      openedAt: r.openedAt.toISOString(),
    }));
  }

  /** The round as the issuer sees it: the tree, the roll-ups, the late units. */
  async status(scope: Scope, roundId: string, now = new Date()) {
    const round = await this.rounds.find(roundId);
    if (!round) throw new NotFoundError('round', roundId);
    const cycle = await this.cycles.get(scope, round.cycleId);
    const rows = await this.rounds.tasks(roundId);
    const tz = this.config.timezone;
    const calendar = await this.calendars.calendar([now.getFullYear() - 1, now.getFullYear()], tz);
    const indicators = round.definition.indicators;
    const byTask = new Map(rows.map((r) => [r.taskId, r]));
    const node = (row: RoundTaskRow): ReportNode => ({
      unitId: row.unitId,
      reported: row.values,
      children: rows.filter((c) => c.parentTaskId === row.taskId).map(node),
    });
    const root = rollUpTree(indicators, {
      unitId: cycle.issuingUnitId,
      reported: null,
      children: rows.filter((r) => !r.parentTaskId).map(node),
    });
    const closed = rows.every((r) => r.reportedAt);
    const show = (n: RolledNode): unknown => {
      const row = rows.find((r) => r.unitId === n.unitId && byTask.has(r.taskId));
      return {
        unitId: n.unitId,
        ...(row ? { unitCode: row.unitCode, unitName: row.unitName, taskId: row.taskId, level: row.level } : {}),
        reported: n.reported,
        rollup: n.rollup,
        attainment: Object.fromEntries(
          indicators.map((i) => [i.name, attainment(i, n.reported?.[i.name] ?? n.rollup[i.name] ?? null, closed)]),
        ),
        missing: n.missingChildren,
        children: n.children.map(show),
      };
    };
    const notReported = rows
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
    const values = async (key: string | null) => {
      const other = key ? await this.rounds.findByPeriod(round.cycleId, key) : null;
      if (!other) return null;
      const top = (await this.rounds.tasks(other.id)).filter((r) => !r.parentTaskId && r.values).map((r) => r.values!);
      return rollUpTree(indicators, {
        unitId: '',
        reported: null,
        children: top.map((v) => ({ unitId: '', reported: v, children: [] })),
      }).rollup;
    };
    return {
      id: round.id,
      cycleId: round.cycleId,
      periodKey: round.periodKey,
      label: round.label,
      cycleVersion: round.cycleVersion,
      cutOff: toZonedIso(round.cutOff, tz),
      deadlines: [...new Map(rows.map((r) => [r.level, toZonedIso(r.deadline, tz)]))].map(([level, deadline]) => ({
        level,
        deadline,
      })),
      recipients: rows.length,
      reported: rows.filter((r) => r.reportedAt).length,
      notReported,
      tree: show(root),
      previousPeriod: { key: round.previousKey, rollup: await values(round.previousKey) },
      samePeriodLastYear: { key: round.lastYearKey, rollup: await values(round.lastYearKey) },
    };
  }

  /** Urges every unit that has not reported: a notice each, audited; returns how many. */
  async urge(scope: Scope, roundId: string) {
    const round = await this.rounds.find(roundId);
    if (!round) throw new NotFoundError('round', roundId);
    await this.cycles.get(scope, round.cycleId);
    const urgeId = randomUUID();
    const urged = await this.temporal.client.workflow.execute<UrgeRoundWorkflow>(URGE_ROUND_WORKFLOW, {
      workflowId: urgeRoundWorkflowId(roundId, urgeId),
      taskQueue: this.temporal.taskQueue,
      args: [{ roundId, actor: scope.username, urgeId }],
    });
    return { roundId, urged };
  }
}
