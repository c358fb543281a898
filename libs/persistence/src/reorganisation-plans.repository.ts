import type { DataSource } from 'typeorm';
import { ConflictError, msg, NotFoundError } from '@dondoc/domain';
import { appendAudit } from './audit/audit-append';
import { ReorganisationPlanEntity } from './entities';

/**
 * Stored reorganisation plans (docs/decisions/0077): written with their audit row in one
 * transaction; cancelled, under the row's lock, only while planned and before the instant.
 */
export class ReorganisationPlansRepository {
  constructor(private readonly dataSource: DataSource) {}

  async store(input: {
    id: string;
    operations: object[];
    effectiveAt: Date;
    counts: Record<string, number>;
    actor: string;
  }): Promise<ReorganisationPlanEntity> {
    return this.dataSource.transaction(async (manager) => {
      const plan = manager.create(ReorganisationPlanEntity, {
        id: input.id,
        status: 'planned',
        operations: input.operations,
        appliedAt: null,
        moves: null,
        progress: null,
        conflicts: null,
        effectiveAt: input.effectiveAt,
        counts: input.counts,
        createdBy: input.actor,
        cancelledBy: null,
        cancelledAt: null,
      });
      await manager.insert(ReorganisationPlanEntity, plan);
      await appendAudit(manager, [
        {
          eventId: `reorganisation:${input.id}#planned`,
          entityType: 'reorganisation',
          entityId: input.id,
          action: 'reorganisation.planned',
          actor: input.actor,
          after: { effectiveAt: input.effectiveAt.toISOString(), operations: input.operations.length, ...input.counts },
        },
      ]);
      return manager.findOneByOrFail(ReorganisationPlanEntity, { id: input.id });
    });
  }

  async get(id: string): Promise<ReorganisationPlanEntity> {
    const plan = await this.dataSource.getRepository(ReorganisationPlanEntity).findOneBy({ id });
    if (!plan) throw new NotFoundError(msg('nouns.reorganisation'), id);
    return plan;
  }

  /** The most recent plans first (by creation, then id), at most `limit`. */
  async recent(limit: number): Promise<ReorganisationPlanEntity[]> {
    return this.dataSource
      .getRepository(ReorganisationPlanEntity)
      .find({ order: { createdAt: 'DESC', id: 'DESC' }, take: limit });
  }

  async cancel(id: string, actor: string, now: Date): Promise<ReorganisationPlanEntity> {
    return this.dataSource.transaction(async (manager) => {
      const plan = await manager.findOne(ReorganisationPlanEntity, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!plan) throw new NotFoundError(msg('nouns.reorganisation'), id);
      if (plan.status !== 'planned')
        throw new ConflictError(msg('reorganisation.notPlanned', { status: plan.status }), [
          { field: 'id', message: id },
        ]);
      if (plan.effectiveAt <= now)
        throw new ConflictError(msg('reorganisation.alreadyEffective'), [
          { field: 'id', message: plan.effectiveAt.toISOString() },
        ]);
      await manager.update(
        ReorganisationPlanEntity,
        { id },
        { status: 'cancelled', cancelledBy: actor, cancelledAt: now },
      );
      await appendAudit(manager, [
        {
          eventId: `reorganisation:${id}#cancelled`,
          entityType: 'reorganisation',
          entityId: id,
          action: 'reorganisation.cancelled',
          actor,
          before: { status: 'planned' },
          after: { status: 'cancelled' },
        },
      ]);
      return manager.findOneByOrFail(ReorganisationPlanEntity, { id });
    });
  }

  /**
   * A planned plan applied at once (`POST /reorganisations/{id}/apply`): its instant becomes
   * now, under the row's lock. Applied, applying, refused or cancelled already: a 409.
   */
  async bringForward(id: string, actor: string, now: Date): Promise<ReorganisationPlanEntity> {
    return this.dataSource.transaction(async (manager) => {
      const plan = await manager.findOne(ReorganisationPlanEntity, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!plan) throw new NotFoundError(msg('nouns.reorganisation'), id);
      if (plan.status !== 'planned')
        throw new ConflictError(msg('reorganisation.notPlanned', { status: plan.status }), [
          { field: 'id', message: id },
        ]);
      if (plan.effectiveAt > now) {
        await manager.update(ReorganisationPlanEntity, { id }, { effectiveAt: now });
        await appendAudit(manager, [
          {
            eventId: `reorganisation:${id}#brought-forward`,
            entityType: 'reorganisation',
            entityId: id,
            action: 'reorganisation.brought_forward',
            actor,
            before: { effectiveAt: plan.effectiveAt.toISOString() },
            after: { effectiveAt: now.toISOString() },
          },
        ]);
      }
      return manager.findOneByOrFail(ReorganisationPlanEntity, { id });
    });
  }

  /** A plan whose workflow could not be started: nothing would apply it, so it is cancelled (its audit row says why). */
  async abandon(id: string, actor: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const plan = await manager.findOne(ReorganisationPlanEntity, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (plan?.status !== 'planned') return;
      await manager.update(
        ReorganisationPlanEntity,
        { id },
        { status: 'cancelled', cancelledBy: actor, cancelledAt: new Date() },
      );
      await appendAudit(manager, [
        {
          eventId: `reorganisation:${id}#cancelled`,
          entityType: 'reorganisation',
          entityId: id,
          action: 'reorganisation.cancelled',
          actor,
          before: { status: 'planned' },
          after: { status: 'cancelled', reason: 'workflow not started' },
        },
      ]);
    });
  }
}
