import { createHash } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import {
  directiveSearchText,
  parseDocumentNumber,
  roundAssignments,
  type RoundPeriod,
  type UnitNode,
} from '@dondoc/domain';
import type { TaskInput } from '@dondoc/workflow-contract';
import { appendAudit } from './audit/audit-append';
import {
  DirectiveEntity,
  ReportingCycleEntity,
  ReportingRoundEntity,
  ReportingRoundUnitEntity,
  UnitEntity,
  type CycleDefinition,
} from './entities';
import { insertInChunks } from './sql';
import { insertTasks } from './task-rows';

/** A UUID (v8) from a business key: the same round, the same unit, the same ids on every retry. */
export function roundUuid(key: string): string {
  const bytes = createHash('sha256').update(key, 'utf8').digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x80;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export interface OpenedRound {
  roundId: string;
  directiveId: string;
  created: boolean;
  /** The deepest level of delegation: the round's tasks are created top-down, depth by depth. */
  maxDepth: number;
}

/** A consolidating unit's share of a round: the tasks of the units that report to it. */
export interface RoundDelegation {
  parentTaskId: string;
  parentUnitId: string;
  subtasks: TaskInput[];
}

/** One round's task per recipient, as the round and the roll-up read it. */
export interface RoundTaskRow {
  unitId: string;
  unitCode: string;
  unitName: string;
  taskId: string;
  parentTaskId: string | null;
  depth: number;
  level: string;
  deadline: Date;
  status: string;
  reportedAt: Date | null;
  values: Record<string, number> | null;
  /** Notes the unit gave with its values: its adjustments of the roll-up, by indicator. */
  notes: Record<string, string> | null;
}

/** An obligation of an earlier round of the cycle still open: carried into the later rounds. */
export interface CarriedItem {
  unitId: string;
  roundId: string;
  periodKey: string;
  label: string;
  taskId: string;
  status: string;
  deadline: Date;
}

/**
 * Opening a round and reading it. A round is recorded as a directive row flagged with
 * its cycle and period (so its tasks are tasks everywhere), with the top-level tasks;
 * the tasks below are created by delegation from their consolidating unit's task, so
 * each parent holds its report for its subordinates as any delegated task does.
 */
export class ReportingRoundsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Idempotent per (cycle, period): a second opening finds the first. */
  async open(cycleId: string, period: RoundPeriod, openedBy: string, eventId: string): Promise<OpenedRound> {
    return this.dataSource.transaction(async (manager) => {
      const roundId = roundUuid(`round:${cycleId}:${period.key}`);
      const cycle = await manager.findOneOrFail(ReportingCycleEntity, {
        where: { id: cycleId },
        lock: { mode: 'pessimistic_write' },
      });
      const existing = await manager.findOneBy(ReportingRoundEntity, { cycleId, periodKey: period.key });
      if (existing)
        return {
          roundId,
          directiveId: existing.directiveId,
          created: false,
          maxDepth: await this.maxDepth(manager, roundId),
        };
      const def = cycle.definition;
      const units: UnitNode[] = await manager.find(UnitEntity, {
        select: { id: true, parentId: true, path: true, kind: true, active: true, successorId: true },
      });
      const taskOf = (unitId: string) => roundUuid(`round-task:${roundId}:${unitId}`);
      const rows = roundAssignments(def, units, cycle.issuingUnitId, period.deadlines).map((a) => ({
        roundId,
        unitId: a.unitId,
        taskId: taskOf(a.unitId),
        parentTaskId: a.parentUnitId ? taskOf(a.parentUnitId) : null,
        depth: a.depth,
        level: a.level,
        deadline: new Date(a.deadline),
      }));
      const directiveId = roundId;
      await manager.insert(DirectiveEntity, directiveRow(cycle, period, directiveId, openedBy));
      const top = rows.filter((r) => r.depth === 0).map((r) => roundTaskInput(def, period, r));
      await insertTasks(manager, directiveId, top, 0, { assigningUnitId: cycle.issuingUnitId });
      await manager.insert(ReportingRoundEntity, {
        id: roundId,
        cycleId,
        periodKey: period.key,
        label: period.label,
        cutOff: new Date(period.cutOff),
        directiveId,
        cycleVersion: cycle.version,
        definition: def,
        previousKey: period.previousKey,
        lastYearKey: period.lastYearKey,
        openedBy,
      });
      await insertInChunks(manager, ReportingRoundUnitEntity, rows);
      await appendAudit(manager, [
        {
          eventId,
          entityType: 'reporting_cycle',
          entityId: cycleId,
          action: 'round.opened',
          actor: openedBy,
          after: { roundId, periodKey: period.key, cycleVersion: cycle.version, recipients: rows.length },
        },
        ...top.map((task) => ({
          eventId: `${eventId}:${task.taskId}`,
          entityType: 'task',
          entityId: task.taskId,
          action: 'task.assigned',
          actor: openedBy,
          after: { status: 'assigned', leadUnitId: task.leadUnitId, deadline: task.deadline },
        })),
      ]);
      return { roundId, directiveId, created: true, maxDepth: Math.max(0, ...rows.map((r) => r.depth)) };
    });
  }

  private async maxDepth(manager: EntityManager, roundId: string): Promise<number> {
    const [{ max }] = await manager.query(
      'SELECT COALESCE(MAX(depth), 0) AS max FROM reporting_round_units WHERE round_id = $1',
      [roundId],
    );
    return Number(max);
  }

  /** The delegations that create the round's tasks at `depth` (each from its parent's task). */
  async delegationsAt(roundId: string, depth: number): Promise<RoundDelegation[]> {
    const round = await this.dataSource.getRepository(ReportingRoundEntity).findOneByOrFail({ id: roundId });
    const all = await this.dataSource.getRepository(ReportingRoundUnitEntity).findBy({ roundId });
    const unitOfTask = new Map(all.map((r) => [r.taskId, r.unitId]));
    const period = { label: round.label } as Pick<RoundPeriod, 'label'>;
    const groups = new Map<string, TaskInput[]>();
    for (const row of all.filter((r) => r.depth === depth && r.parentTaskId)) {
      const list = groups.get(row.parentTaskId!) ?? [];
      list.push(roundTaskInput(round.definition, period, { ...row, deadline: row.deadline }));
      groups.set(row.parentTaskId!, list);
    }
    return [...groups].map(([parentTaskId, subtasks]) => ({
      parentTaskId,
      parentUnitId: unitOfTask.get(parentTaskId)!,
      subtasks,
    }));
  }

  async find(roundId: string): Promise<ReportingRoundEntity | null> {
    return this.dataSource.getRepository(ReportingRoundEntity).findOneBy({ id: roundId });
  }

  async findByPeriod(cycleId: string, periodKey: string): Promise<ReportingRoundEntity | null> {
    return this.dataSource.getRepository(ReportingRoundEntity).findOneBy({ cycleId, periodKey });
  }

  async list(cycleId: string): Promise<ReportingRoundEntity[]> {
    return this.dataSource.getRepository(ReportingRoundEntity).find({ where: { cycleId }, order: { openedAt: 'ASC' } });
  }

  /**
   * Each recipient's task with where it stands and the values of its latest report
   * (a task created later by delegation shows as not yet created: status 'pending').
   */
  async tasks(roundId: string): Promise<RoundTaskRow[]> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT ru.unit_id, u.code, u.name, ru.task_id, ru.parent_task_id, ru.depth, ru.level, ru.deadline,
              COALESCE(t.status, 'pending') AS status, r.submitted_at, r.indicator_values
         FROM reporting_round_units ru
         JOIN units u ON u.id = ru.unit_id
         LEFT JOIN tasks t ON t.id = ru.task_id
         LEFT JOIN LATERAL (SELECT submitted_at, indicator_values FROM task_reports
                             WHERE task_id = ru.task_id ORDER BY version DESC LIMIT 1) r ON true
        WHERE ru.round_id = $1
        ORDER BY ru.depth, u.path`,
      [roundId],
    );
    return rows.map((row) => ({
      unitId: row.unit_id as string,
      unitCode: row.code as string,
      unitName: row.name as string,
      taskId: row.task_id as string,
      parentTaskId: (row.parent_task_id as string | null) ?? null,
      depth: Number(row.depth),
      level: row.level as string,
      deadline: row.deadline as Date,
      status: row.status as string,
      reportedAt: (row.submitted_at as Date | null) ?? null,
      values: row.indicator_values
        ? Object.fromEntries(
            (row.indicator_values as { name: string; value: number }[]).map((v) => [v.name, Number(v.value)]),
          )
        : null,
      notes: notesOf(row.indicator_values as { name: string; note?: string }[] | null),
    }));
  }

  /**
   * The tasks of the cycle's rounds opened before `openedAt` that are neither completed
   * nor cancelled (not reported, or reported and not yet accepted): what a later round
   * carries for each unit until it is done.
   */
  async unfinishedBefore(cycleId: string, openedAt: Date): Promise<CarriedItem[]> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT ru.unit_id, r.id AS round_id, r.period_key, r.label, ru.task_id,
              COALESCE(t.status, 'pending') AS status, ru.deadline
         FROM reporting_round_units ru
         JOIN reporting_rounds r ON r.id = ru.round_id
         LEFT JOIN tasks t ON t.id = ru.task_id
        WHERE r.cycle_id = $1 AND r.opened_at < $2
          AND COALESCE(t.status, 'pending') NOT IN ('completed', 'cancelled')
        ORDER BY r.opened_at, ru.unit_id`,
      [cycleId, openedAt],
    );
    return rows.map((row) => ({
      unitId: row.unit_id as string,
      roundId: row.round_id as string,
      periodKey: row.period_key as string,
      label: row.label as string,
      taskId: row.task_id as string,
      status: row.status as string,
      deadline: row.deadline as Date,
    }));
  }

  /** Records that the late units were urged, one audit row per urged task. */
  async recordUrged(roundId: string, actor: string, eventId: string, taskIds: string[]): Promise<void> {
    await this.dataSource.transaction((manager) =>
      appendAudit(manager, [
        {
          eventId,
          entityType: 'reporting_round',
          entityId: roundId,
          action: 'round.urged',
          actor,
          after: { tasks: taskIds.length },
        },
        ...taskIds.map((taskId) => ({
          eventId: `${eventId}:${taskId}`,
          entityType: 'task',
          entityId: taskId,
          action: 'task.urged',
          actor,
          after: { roundId },
        })),
      ]),
    );
  }
}

function notesOf(values: { name: string; note?: string }[] | null): Record<string, string> | null {
  const noted = (values ?? []).filter((v) => typeof v.note === 'string' && v.note.trim());
  return noted.length ? Object.fromEntries(noted.map((v) => [v.name, v.note!.trim()])) : null;
}

function directiveRow(cycle: ReportingCycleEntity, period: RoundPeriod, id: string, actor: string) {
  const def = cycle.definition;
  const parsed = parseDocumentNumber(def.legalBasis);
  const doc = parsed.ok
    ? parsed.value
    : { raw: def.legalBasis, normalized: cycle.legalBasisNormalized, number: 0, type: 'BC', issuer: '' };
  const title = `${def.title} — ${period.label}`;
  const now = new Date();
  return {
    id,
    documentNumber: doc.raw,
    documentNumberNormalized: doc.normalized,
    docNumber: doc.number,
    docType: doc.type,
    docIssuer: doc.issuer,
    issueYear: now.getFullYear(),
    issueDate: now.toISOString().slice(0, 10),
    issuingUnitId: cycle.issuingUnitId,
    title,
    summary: def.reportTemplate,
    searchText: directiveSearchText(doc.normalized, title),
    confidentiality: 'normal' as const,
    urgency: 'normal' as const,
    status: 'active' as const,
    acceptedAt: now,
    createdBy: actor,
    cancelReason: null,
    reportingCycleId: cycle.id,
    periodKey: period.key,
  };
}

/** A recipient's report task: the cycle's template, indicators and policies; its level's deadline. */
export function roundTaskInput(
  def: CycleDefinition,
  period: Pick<RoundPeriod, 'label'>,
  row: { taskId: string; unitId: string; deadline: Date },
): TaskInput {
  return {
    taskId: row.taskId,
    title: `${def.title} — ${period.label}`,
    description: def.reportTemplate,
    leadUnitId: row.unitId,
    coordinatingUnitIds: [],
    deadline: row.deadline.toISOString(),
    deadlineWorkingDays: null,
    reportRequired: true,
    reportTemplate: def.reportTemplate,
    indicators: def.indicators.map((i) => ({
      name: i.name,
      unitOfMeasure: i.unitOfMeasure,
      target: typeof i.target === 'number' ? i.target : (i.target?.min ?? null),
    })),
    reminderPolicy: def.reminderPolicy,
    escalationPolicy: def.escalationPolicy,
    reviewPeriod: def.reviewPeriod,
    revisionPeriod: def.reviewPeriod,
  };
}
