import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import {
  endingCodes,
  normaliseUnitFields,
  planCodes,
  planReorganisation,
  planUsernames,
  splitCodes,
  type Operation,
  type ReorganisationPlan,
  type ReorganisationResult,
  type TreeUnit,
} from '@dondoc/domain';
import type { ReorganisationBegun, ReorganisationMove, ReorganisationProgress } from '@dondoc/workflow-contract';
import { appendAudit, type AuditRecord } from './audit/audit-append';
import { ReorganisationPlanEntity } from './entities';
import { ReorganisationPreviewRepository } from './reorganisation-preview.repository';

/**
 * The apply of a stored reorganisation plan (docs/decisions/0078): the tree's change in
 * one transaction at the effective instant, and the end of the apply. Written by the plan's
 * workflow only. Every change keyed `reorg:<planId>:<unit, user or webhook id>`; the plan
 * row's status makes a retried transaction a no-op (it answers the moves it recorded).
 */
export class ReorganisationApplyRepository {
  constructor(private readonly dataSource: DataSource) {}

  async begin(planId: string, actor: string, now = new Date()): Promise<ReorganisationBegun> {
    return this.dataSource.transaction(async (manager) => {
      const plan = await manager.findOne(ReorganisationPlanEntity, {
        where: { id: planId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!plan) return { status: 'missing' };
      if (plan.status === 'applying') return { status: 'applying', moves: plan.moves ?? [], ...counted(plan) };
      if (plan.status !== 'planned') return { status: plan.status };
      const operations = { operations: plan.operations as Operation[] };
      const { units, splitTasks, result } = await this.resolve(manager, operations);
      if (result.conflicts.length) {
        const conflicts = result.conflicts.map(({ kind, field, subjects }) => ({ kind, field, subjects }));
        await manager.update(ReorganisationPlanEntity, { id: planId }, { status: 'refused', conflicts });
        await appendAudit(manager, [
          {
            eventId: `reorganisation:${planId}#refused`,
            entityType: 'reorganisation',
            entityId: planId,
            action: 'reorganisation.refused',
            actor,
            before: { status: 'planned' },
            after: {
              status: 'refused',
              conflicts: conflicts.map((c) => `${c.kind} ${c.field}: ${c.subjects.join(', ')}`).join('; '),
            },
          },
        ]);
        return { status: 'refused' };
      }
      const audit: AuditRecord[] = [];
      const unitsChanged = await this.writeUnits(manager, operations, planId, actor, units, result, now, audit);
      const idOf = (code: string) => result.paths.get(code)!.split('/').filter(Boolean).at(-1)!;
      const moves = this.moves(operations, units, splitTasks, result, idOf);
      const users = await this.moveUsers(manager, planId, actor, result, idOf, audit);
      const webhooks = await this.moveWebhooks(manager, planId, actor, moves, audit);
      const progress = { units: unitsChanged, users, webhooks };
      await manager.update(
        ReorganisationPlanEntity,
        { id: planId },
        {
          status: 'applying',
          moves,
          progress: { ...progress, tasksHandedOver: 0, tasksSkipped: 0, explanationsHandedOver: 0 },
        },
      );
      audit.push({
        eventId: `reorganisation:${planId}#applying`,
        entityType: 'reorganisation',
        entityId: planId,
        action: 'reorganisation.applying',
        actor,
        before: { status: 'planned' },
        after: { status: 'applying', endedUnits: moves.length, ...progress },
      });
      await appendAudit(manager, audit);
      return { status: 'applying', moves, ...progress };
    });
  }

  /** The plan applied, with its counts; a second call changes nothing. */
  async finish(planId: string, actor: string, progress: ReorganisationProgress, now = new Date()): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const plan = await manager.findOne(ReorganisationPlanEntity, {
        where: { id: planId },
        lock: { mode: 'pessimistic_write' },
      });
      if (plan?.status !== 'applying') return;
      // The workflow counts what each page answered; a page retried after its worker was
      // lost no longer sees the tasks its first try moved. The tasks' own rows do: the
      // final figure is theirs (one per task and ended unit, keyed by the plan).
      const [{ rows }] = await manager.query(
        `SELECT count(*)::int AS rows FROM audit_events WHERE action = 'task.handed_over' AND event_id LIKE $1`,
        [`%#handover:reorg:${planId}:%`],
      );
      progress = { ...progress, tasksHandedOver: Math.max(progress.tasksHandedOver, rows) };
      await manager.update(ReorganisationPlanEntity, { id: planId }, { status: 'applied', appliedAt: now, progress });
      await appendAudit(manager, [
        {
          eventId: `reorganisation:${planId}#applied`,
          entityType: 'reorganisation',
          entityId: planId,
          action: 'reorganisation.applied',
          actor,
          before: { status: 'applying' },
          after: { status: 'applied', ...progress },
        },
      ]);
    });
  }

  /** The plan against the tree as it is now, its units locked first (then read again under the lock). */
  private async resolve(manager: EntityManager, plan: ReorganisationPlan) {
    const read = new ReorganisationPreviewRepository(manager);
    const around = await read.unitsAround(planCodes(plan));
    await manager.query(`SELECT 1 FROM units WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`, [
      around.map((u) => u.id),
    ]);
    const units = await read.unitsAround(planCodes(plan));
    const byCode = new Map(units.map((u) => [u.code, u]));
    const idsOf = (codes: string[]) => codes.flatMap((code) => byCode.get(code)?.id ?? []);
    const [users, splitTasks] = await Promise.all([
      read.usersOf(idsOf(endingCodes(plan)), planUsernames(plan)),
      read.openTasksOf(idsOf(splitCodes(plan))),
    ]);
    return { units, splitTasks, result: planReorganisation(plan, { units, users, splitTasks }, () => randomUUID()) };
  }

  /** New units (parents first), then every changed one in one statement: name, place, end and successor. */
  private async writeUnits(
    manager: EntityManager,
    plan: ReorganisationPlan,
    planId: string,
    actor: string,
    units: (TreeUnit & { path: string })[],
    result: ReorganisationResult,
    now: Date,
    audit: AuditRecord[],
  ): Promise<number> {
    const place = (code: string): Place => {
      const ids = result.paths.get(code)!.split('/').filter(Boolean);
      return { id: ids.at(-1)!, path: result.paths.get(code)!, depth: ids.length - 1, parentId: ids.at(-2) ?? null };
    };
    const created = await this.createUnits(manager, plan, planId, actor, result, place, audit);
    const changed = await this.changeUnits(manager, planId, actor, units, result, place, now, audit);
    return created + changed;
  }

  /** The units the plan creates, parents first, each with its audit row. */
  private async createUnits(
    manager: EntityManager,
    plan: ReorganisationPlan,
    planId: string,
    actor: string,
    result: ReorganisationResult,
    place: (code: string) => Place,
    audit: AuditRecord[],
  ): Promise<number> {
    const created = result.units
      .filter((u) => u.id === null)
      .map((u) => ({ change: u, ...place(u.code) }))
      .sort((a, b) => a.depth - b.depth);
    const kinds = new Map(
      plan.operations.flatMap((op) =>
        (op.op === 'merge' ? [op.into] : op.op === 'split' ? op.into : []).flatMap((s) =>
          'create' in s ? [[s.create.code, s.create.kind] as const] : [],
        ),
      ),
    );
    for (const { change, id, path, depth, parentId } of created) {
      const fields = normaliseUnitFields({
        code: change.code,
        name: change.nameAfter,
        kind: kinds.get(change.code)!,
        parentId,
      });
      await manager.query(
        `INSERT INTO units (id, code, name, name_folded, search_folded, kind, parent_id, path, depth, active)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, true)`,
        [id, fields.code, fields.name, fields.nameFolded, fields.searchFolded, fields.kind, parentId, path, depth],
      );
      audit.push({
        eventId: `reorg:${planId}:${id}`,
        entityType: 'unit',
        entityId: id,
        action: 'unit.created',
        actor,
        after: { code: fields.code, name: fields.name, parentId, reorganisation: planId },
      });
    }
    return created.length;
  }

  /** Every existing unit the plan changes, in one statement, each with its audit row. */
  private async changeUnits(
    manager: EntityManager,
    planId: string,
    actor: string,
    units: (TreeUnit & { path: string })[],
    result: ReorganisationResult,
    place: (code: string) => Place,
    now: Date,
    audit: AuditRecord[],
  ): Promise<number> {
    const byId = new Map(units.map((u) => [u.id, u]));
    const rows = result.units
      .filter((u) => u.id !== null)
      .map((change) => {
        const unit = byId.get(change.id!)!;
        // Every changed unit takes its new place (an ended one stays under its old parent,
        // whose path may change); only a unit this plan ends takes a successor.
        const at = place(change.code);
        const ends = unit.active && !change.activeAfter;
        const fields = normaliseUnitFields({
          code: unit.code,
          name: change.nameAfter,
          kind: unit.kind,
          parentId: null,
        });
        const successor = ends && change.successorCode ? place(change.successorCode).id : null;
        audit.push({
          eventId: `reorg:${planId}:${unit.id}`,
          entityType: 'unit',
          entityId: unit.id,
          action: ends ? 'unit.deactivated' : 'unit.reorganised',
          actor,
          before: { name: unit.name, parentId: unit.parentId, active: unit.active },
          after: {
            name: change.nameAfter,
            parentId: at.parentId,
            active: change.activeAfter,
            ...(ends ? { successorId: successor } : {}),
            reasons: change.reasons.join(','),
            reorganisation: planId,
          },
        });
        return { ...at, name: fields.name, folded: fields.nameFolded, search: fields.searchFolded, ends, successor };
      });
    if (rows.length)
      await manager.query(
        `UPDATE units u SET parent_id = x.parent_id, path = x.path, depth = x.depth,
                name = x.name, name_folded = x.folded, search_folded = x.search,
                active = u.active AND NOT x.ends,
                successor_id = CASE WHEN x.ends THEN x.successor ELSE u.successor_id END,
                deactivated_at = CASE WHEN x.ends THEN $9 ELSE u.deactivated_at END, updated_at = now()
           FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::int[], $5::text[], $6::text[], $7::text[], $8::bool[],
                       $10::uuid[]) AS x(id, parent_id, path, depth, name, folded, search, ends, successor)
          WHERE u.id = x.id`,
        [
          rows.map((r) => r.id),
          rows.map((r) => r.parentId),
          rows.map((r) => r.path),
          rows.map((r) => r.depth),
          rows.map((r) => r.name),
          rows.map((r) => r.folded),
          rows.map((r) => r.search),
          rows.map((r) => r.ends),
          now,
          rows.map((r) => r.successor),
        ],
      );
    return rows.length;
  }

  /**
   * The hand-overs to make: each ended unit to its successor; a split's tasks each to its
   * chosen part, and what the plan names nowhere (explanations, without a rule) to its first part.
   */
  private moves(
    plan: ReorganisationPlan,
    units: TreeUnit[],
    splitTasks: { id: string; unitId: string }[],
    result: ReorganisationResult,
    idOf: (code: string) => string,
  ): ReorganisationMove[] {
    const codeOf = new Map(units.map((u) => [u.id, u.code]));
    const splits = new Map(plan.operations.flatMap((op) => (op.op === 'split' ? [[op.from, op] as const] : [])));
    const moves: ReorganisationMove[] = [];
    for (const [unitId, successorCode] of result.successorOf) {
      const split = splits.get(codeOf.get(unitId) ?? '');
      const first = split?.into[0];
      const fallback = successorCode ?? (first ? ('code' in first ? first.code : first.create.code) : null);
      if (!fallback) continue;
      const taskSuccessors: Record<string, string> = {};
      if (split)
        for (const task of splitTasks) {
          const chosen = task.unitId === unitId ? (split.tasks[task.id] ?? split.otherwise) : null;
          if (chosen) taskSuccessors[task.id] = idOf(chosen);
        }
      moves.push({ unitId, successorId: idOf(fallback), taskSuccessors: split ? taskSuccessors : {} });
    }
    return moves.sort((a, b) => a.unitId.localeCompare(b.unitId));
  }

  private async moveUsers(
    manager: EntityManager,
    planId: string,
    actor: string,
    result: ReorganisationResult,
    idOf: (code: string) => string,
    audit: AuditRecord[],
  ): Promise<number> {
    const moves = [...result.userMoves].map(([userId, code]) => ({ userId, unitId: idOf(code) }));
    if (!moves.length) return 0;
    const moved = await updated(
      manager,
      `UPDATE users u SET unit_id = m.unit_id
         FROM (SELECT * FROM unnest($1::uuid[], $2::uuid[]) AS m(user_id, unit_id)) m,
              (SELECT id, unit_id FROM users WHERE id = ANY($1::uuid[])) old
        WHERE u.id = m.user_id AND old.id = u.id AND u.unit_id <> m.unit_id
        RETURNING u.id, old.unit_id AS before, m.unit_id AS after`,
      [moves.map((m) => m.userId), moves.map((m) => m.unitId)],
    );
    audit.push(...movedRows(planId, actor, 'user', moved));
    return moved.length;
  }

  private async moveWebhooks(
    manager: EntityManager,
    planId: string,
    actor: string,
    moves: ReorganisationMove[],
    audit: AuditRecord[],
  ): Promise<number> {
    if (!moves.length) return 0;
    const moved = await updated(
      manager,
      `UPDATE webhook_endpoints w SET unit_id = m.successor_id
         FROM unnest($1::uuid[], $2::uuid[]) AS m(unit_id, successor_id)
        WHERE w.unit_id = m.unit_id AND w.active
        RETURNING w.id, m.unit_id AS before, m.successor_id AS after`,
      [moves.map((m) => m.unitId), moves.map((m) => m.successorId)],
    );
    audit.push(...movedRows(planId, actor, 'webhook', moved));
    return moved.length;
  }
}

/** A unit's place in the tree after the plan. */
interface Place {
  id: string;
  path: string;
  depth: number;
  parentId: string | null;
}

/** The audit rows of users or webhooks moved from one unit to another by the plan. */
function movedRows(
  planId: string,
  actor: string,
  entityType: 'user' | 'webhook',
  moved: { id: string; before: string; after: string }[],
): AuditRecord[] {
  return moved.map((row) => ({
    eventId: `reorg:${planId}:${row.id}`,
    entityType,
    entityId: row.id,
    action: `${entityType}.moved`,
    actor,
    before: { unitId: row.before },
    after: { unitId: row.after, reorganisation: planId },
  }));
}

function counted(plan: ReorganisationPlanEntity): { units: number; users: number; webhooks: number } {
  return { units: plan.progress?.units ?? 0, users: plan.progress?.users ?? 0, webhooks: plan.progress?.webhooks ?? 0 };
}

/** An UPDATE … RETURNING's rows (the PostgreSQL driver answers `[rows, count]` for an UPDATE). */
async function updated(
  manager: EntityManager,
  sql: string,
  parameters: unknown[],
): Promise<{ id: string; before: string; after: string }[]> {
  const result = await manager.query(sql, parameters);
  return Array.isArray(result[0]) ? result[0] : result;
}
