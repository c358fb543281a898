import type { DataSource } from 'typeorm';
import { cycleUnitsAfterMoves, msg, NotFoundError, type CycleUnitRole, type UnitMoveIds } from '@dondoc/domain';
import { appendAudit } from './audit/audit-append';
import { ReportingCycleEntity, type AuditPayload, type CycleDefinition, type CycleStatus } from './entities';

/** Reporting cycles: created, amended (version raised), paused, resumed, ended; each change audited. */
export class ReportingCyclesRepository {
  constructor(private readonly dataSource: DataSource) {}

  async create(
    row: Omit<ReportingCycleEntity, 'createdAt' | 'updatedAt' | 'version' | 'status'>,
  ): Promise<ReportingCycleEntity> {
    return this.dataSource.transaction(async (manager) => {
      await manager.insert(ReportingCycleEntity, { ...row, status: 'active', version: 1 });
      await appendAudit(manager, [
        {
          eventId: `reporting-cycle:${row.id}:created`,
          entityType: 'reporting_cycle',
          entityId: row.id,
          action: 'cycle.created',
          actor: row.createdBy,
          after: {
            title: row.definition.title,
            legalBasis: row.legalBasisNormalized,
            frequency: row.definition.frequency,
          },
        },
      ]);
      return manager.findOneByOrFail(ReportingCycleEntity, { id: row.id });
    });
  }

  async find(id: string): Promise<ReportingCycleEntity> {
    const cycle = await this.dataSource.getRepository(ReportingCycleEntity).findOneBy({ id });
    if (!cycle) throw new NotFoundError(msg('nouns.reportingCycle'), id);
    return cycle;
  }

  async list(unitPath: string): Promise<ReportingCycleEntity[]> {
    return this.dataSource
      .getRepository(ReportingCycleEntity)
      .createQueryBuilder('c')
      .innerJoin('units', 'u', 'u.id = c.issuing_unit_id')
      .where('u.path LIKE :p', { p: `${unitPath}%` })
      .orderBy('c.created_at', 'ASC')
      .getMany();
  }

  /**
   * The cycles a unit may report in, issued anywhere: named among the recipients, under
   * one of the recipient subtrees (the kinds are filtered by the caller, in libs/domain),
   * the consolidating unit, or given a task in one of the rounds (a successor, say).
   * `inRound` tells the last case, which needs no rule to hold.
   */
  async recipientCandidates(
    unit: { id: string; path: string },
    cycleId?: string,
  ): Promise<{ cycle: ReportingCycleEntity; inRound: boolean }[]> {
    const inRound = `EXISTS (SELECT 1 FROM reporting_round_units ru JOIN reporting_rounds r ON r.id = ru.round_id
                              WHERE r.cycle_id = c.id AND ru.unit_id = CAST(:uid AS uuid))`;
    const query = this.dataSource
      .getRepository(ReportingCycleEntity)
      .createQueryBuilder('c')
      .addSelect(inRound, 'in_round')
      .where(
        `((c.definition->'recipients'->'units') @> jsonb_build_array(CAST(:uid AS text))
          OR c.definition->>'consolidatingUnitId' = CAST(:uid AS text)
          OR EXISTS (SELECT 1 FROM jsonb_array_elements(COALESCE(c.definition->'recipients'->'subtrees', '[]'::jsonb)) s
                      WHERE s->>'rootUnitId' <> CAST(:uid AS text)
                        AND position('/' || (s->>'rootUnitId') || '/' IN CAST(:path AS text)) > 0)
          OR ${inRound})`,
        { uid: unit.id, path: unit.path },
      )
      .orderBy('c.created_at', 'ASC');
    if (cycleId) query.andWhere('c.id = CAST(:cycleId AS uuid)', { cycleId });
    const { entities, raw } = await query.getRawAndEntities();
    return entities.map((cycle, i) => ({ cycle, inRound: raw[i].in_round === true }));
  }

  /** An amendment: the new definition, the version raised; rounds already open keep their copy. */
  async amend(
    id: string,
    definition: CycleDefinition,
    legalBasisNormalized: string,
    endsAt: Date | null,
    actor: string,
  ) {
    return this.dataSource.transaction(async (manager) => {
      const before = await manager.findOneOrFail(ReportingCycleEntity, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      const version = before.version + 1;
      await manager.update(ReportingCycleEntity, { id }, { definition, legalBasisNormalized, endsAt, version });
      await appendAudit(manager, [
        {
          eventId: `reporting-cycle:${id}:v${version}`,
          entityType: 'reporting_cycle',
          entityId: id,
          action: 'cycle.amended',
          actor,
          before: { version: before.version },
          after: { version, title: definition.title },
        },
      ]);
      return manager.findOneByOrFail(ReportingCycleEntity, { id });
    });
  }

  /** Cycles not ended whose definition names one of the units: issuer, consolidating unit, recipient or subtree root. */
  async namingUnits(unitIds: string[]): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT c.id FROM reporting_cycles c
        WHERE c.status <> 'ended'
          AND (c.issuing_unit_id = ANY($1::uuid[])
               OR c.definition->>'consolidatingUnitId' = ANY($1::text[])
               OR coalesce(c.definition->'recipients'->'units', '[]') ?| $1::text[]
               OR EXISTS (SELECT 1 FROM jsonb_array_elements(coalesce(c.definition->'recipients'->'subtrees', '[]')) st
                           WHERE st->>'rootUnitId' = ANY($1::text[])))
        ORDER BY c.created_at, c.id`,
      [unitIds],
    );
    return rows.map((r) => r.id);
  }

  /**
   * A reorganisation's amendment (docs/decisions/0080): the ended units the cycle names
   * replaced by their successors, as a new version with its `cycle.amended` audit row, like
   * an amendment by hand (rounds already open keep their copy). Nothing when it names none,
   * so asked again it writes nothing; null then.
   */
  async amendUnits(
    id: string,
    moves: UnitMoveIds[],
    planId: string,
    actor: string,
  ): Promise<{ version: number; roles: CycleUnitRole[] } | null> {
    return this.dataSource.transaction(async (manager) => {
      const before = await manager.findOneOrFail(ReportingCycleEntity, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      const current = {
        issuingUnitId: before.issuingUnitId,
        consolidatingUnitId: before.definition.consolidatingUnitId,
        recipients: before.definition.recipients,
      };
      const { units, roles } = cycleUnitsAfterMoves(current, moves);
      if (before.status === 'ended' || roles.length === 0) return null;
      const version = before.version + 1;
      const definition: CycleDefinition = {
        ...before.definition,
        consolidatingUnitId: units.consolidatingUnitId,
        recipients: units.recipients,
      };
      await manager.update(ReportingCycleEntity, { id }, { definition, issuingUnitId: units.issuingUnitId, version });
      await appendAudit(manager, [
        {
          eventId: `reporting-cycle:${id}:v${version}`,
          entityType: 'reporting_cycle',
          entityId: id,
          action: 'cycle.amended',
          actor,
          before: { version: before.version, units: current as unknown as AuditPayload },
          after: {
            version,
            title: definition.title,
            reorganisationPlanId: planId,
            roles: roles.join(','),
            units: units as unknown as AuditPayload,
          },
        },
      ]);
      return { version, roles };
    });
  }

  /** `detail`: what else the change decided, written into its audit row (ending: what became of the open rounds). */
  async setStatus(
    id: string,
    status: CycleStatus,
    actor: string,
    eventKey: string,
    detail: Record<string, string> = {},
  ): Promise<ReportingCycleEntity> {
    return this.dataSource.transaction(async (manager) => {
      const before = await manager.findOneOrFail(ReportingCycleEntity, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      await manager.update(ReportingCycleEntity, { id }, { status });
      await appendAudit(manager, [
        {
          eventId: `reporting-cycle:${id}:${eventKey}`,
          entityType: 'reporting_cycle',
          entityId: id,
          action: `cycle.${status === 'active' ? 'resumed' : status}`,
          actor,
          before: { status: before.status },
          after: { status, ...detail },
        },
      ]);
      return manager.findOneByOrFail(ReportingCycleEntity, { id });
    });
  }
}
