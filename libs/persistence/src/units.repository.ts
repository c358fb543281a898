import { randomUUID } from 'node:crypto';
import { DataSource, In, type EntityManager } from 'typeorm';
import {
  childPath,
  ConflictError,
  deactivationConflict,
  ForbiddenError,
  foldVietnamese,
  importLookups,
  normaliseUnitFields as normaliseFields,
  NotFoundError,
  planUnitImport,
  searchTerms,
  ValidationError,
  type FieldProblem,
  type ImportRow,
  type KnownUnit,
  type Scope,
  type UnitFields,
  type UnitKind,
  msg,
} from '@dondoc/domain';
import { appendAudit } from './audit/audit-append';
import { UnitEntity } from './entities';
import { countExpansion } from './expansion';
import { rethrowUnitCodeTaken } from './unique-violation';
import { allTermsLike, escapeLike } from './sql';

export type { ImportRow, UnitFields } from '@dondoc/domain';

const scopeWhere = (scope: Scope, alias = 'u') => ({
  sql: `${alias}.path LIKE :scopePath`,
  params: { scopePath: `${scope.unitPath}%` },
});

/**
 * Units and the hierarchy. Reads that return unit-scoped data take the caller's
 * scope as a required argument. Writes are transactions; a failed one leaves nothing.
 */
export class UnitsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async get(scope: Scope, id: string): Promise<UnitEntity> {
    const { sql, params } = scopeWhere(scope);
    const unit = await this.dataSource
      .getRepository(UnitEntity)
      .createQueryBuilder('u')
      .leftJoinAndSelect('u.successor', 'successor')
      .where('u.id = :id', { id })
      .andWhere(sql, params)
      .getOne();
    if (!unit) throw new NotFoundError(msg('nouns.unit'), id);
    return unit;
  }

  /** Names of units by id (for words in exports: a unit named in a history, whatever its state). */
  async namesOf(ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const units = await this.dataSource.getRepository(UnitEntity).findBy({ id: In([...new Set(ids)]) });
    return new Map(units.map((unit) => [unit.id, unit.name]));
  }

  /** Units by id, each required to be within the scope; reports the missing ones by field. */
  async requireAllInScope(scope: Scope, ids: { field: string; id: string }[]): Promise<Map<string, UnitEntity>> {
    const unique = [...new Set(ids.map((entry) => entry.id))];
    const units = unique.length ? await this.dataSource.getRepository(UnitEntity).findBy({ id: In(unique) }) : [];
    const byId = new Map(units.map((unit) => [unit.id, unit]));
    const problems: FieldProblem[] = [];
    const outside: FieldProblem[] = [];
    for (const { field, id } of ids) {
      const unit = byId.get(id);
      if (!unit) problems.push({ field, message: msg('units.noSuchUnit', { id }) });
      else if (!unit.path.startsWith(scope.unitPath)) {
        outside.push({
          field,
          message: msg('units.unitOutsideYourSubtree', { code: unit.code }),
        });
      } else if (!unit.active) {
        problems.push({ field, message: msg('units.unitIsDeactivated', { code: unit.code }) });
      }
    }
    // Acting on units outside one's own subtree is a matter of access (403), not of input.
    if (outside.length) throw new ForbiddenError(msg('units.unitsOutsideYourSubtree'), outside);
    if (problems.length) throw new ValidationError(problems);
    return byId;
  }

  /** How many units a directive's rule names from `root` now (expansion.ts): counted in SQL, none read. */
  countExpansion(
    root: Pick<UnitEntity, 'id' | 'path' | 'depth'>,
    rule: { kinds: string[]; levels: number[] },
    issuingUnitId: string,
  ): Promise<number> {
    return countExpansion(this.dataSource.manager, root, rule, issuingUnitId);
  }

  /** The unit and everything below it, ordered by depth then name. */
  async subtree(scope: Scope, rootId: string, options: { includeInactive?: boolean; limit?: number } = {}) {
    const root = await this.get(scope, rootId);
    const query = this.dataSource
      .getRepository(UnitEntity)
      .createQueryBuilder('u')
      .leftJoinAndSelect('u.successor', 'successor')
      .where('u.path LIKE :prefix', { prefix: `${root.path}%` })
      .orderBy('u.depth')
      .addOrderBy('u.name_folded')
      .limit(options.limit ?? 50_000);
    if (!options.includeInactive) query.andWhere('u.active');
    return query.getMany();
  }

  /** Units visible to the caller, optionally filtered by text (with or without diacritics). */
  async list(
    scope: Scope,
    filter: { q?: string; kind?: UnitKind; includeInactive?: boolean; limit: number; offset: number },
  ) {
    const { sql, params } = scopeWhere(scope);
    const query = this.dataSource
      .getRepository(UnitEntity)
      .createQueryBuilder('u')
      // Many-to-one: one row per unit, so limit/offset page the units themselves.
      .leftJoinAndSelect('u.successor', 'successor')
      .where(sql, params)
      .orderBy('u.depth')
      .addOrderBy('u.name_folded')
      .addOrderBy('u.id')
      .limit(filter.limit)
      .offset(filter.offset);
    // A search also finds a unit ended into a successor, by its old name or code, with its
    // successor named (docs/decisions/0079): people look for the commune they knew.
    if (!filter.includeInactive) query.andWhere(filter.q ? '(u.active OR u.successor_id IS NOT NULL)' : 'u.active');
    if (filter.kind) query.andWhere('u.kind = :kind', { kind: filter.kind });
    if (filter.q) {
      // Every word of the query, in any order, in the name's search text (folded, with the
      // abbreviations both ways: search-text.ts in libs/domain), or the whole query in the code.
      const { sql: words, params: wordParams } = allTermsLike('u.search_folded', searchTerms(filter.q));
      query.andWhere(`(u.code LIKE :code OR (${words}))`, {
        code: `%${escapeLike(foldVietnamese(filter.q).trim())}%`,
        ...wordParams,
      });
    }
    const [items, total] = await query.getManyAndCount();
    return { items, total };
  }

  async create(scope: Scope, fields: UnitFields, actor: string): Promise<UnitEntity> {
    return this.dataSource.transaction(async (manager) => {
      const parent = fields.parentId ? await this.lockParent(manager, scope, fields.parentId, 'parentId') : null;
      if (!parent && scope.role !== 'admin') {
        throw new ValidationError([
          {
            field: 'parentId',
            message: msg('units.onlyAnAdminMayCreateA'),
          },
        ]);
      }
      const id = randomUUID();
      const unit = manager.create(UnitEntity, {
        id,
        ...normaliseFields(fields),
        path: childPath(parent?.path ?? null, id),
        depth: parent ? parent.depth + 1 : 0,
        active: true,
        successorId: null,
        deactivatedAt: null,
      });
      await manager.insert(UnitEntity, unit).catch((error) => rethrowUnitCodeTaken(error, fields.code));
      await appendAudit(manager, [
        {
          eventId: `unit:${id}#created`,
          entityType: 'unit',
          entityId: id,
          action: 'unit.created',
          actor,
          after: { code: unit.code, name: unit.name, parentId: unit.parentId },
        },
      ]);
      return unit;
    });
  }

  async update(
    scope: Scope,
    id: string,
    patch: Partial<Omit<UnitFields, 'parentId'>>,
    actor: string,
  ): Promise<UnitEntity> {
    return this.dataSource.transaction(async (manager) => {
      const unit = await this.lockInScope(manager, scope, id);
      const before = { code: unit.code, name: unit.name, kind: unit.kind };
      const next = normaliseFields({ ...unit, ...patch, parentId: unit.parentId });
      Object.assign(unit, next);
      await manager.save(UnitEntity, unit).catch((error) => rethrowUnitCodeTaken(error, next.code));
      await appendAudit(manager, [
        {
          eventId: `unit:${id}#updated:${randomUUID()}`,
          entityType: 'unit',
          entityId: id,
          action: 'unit.updated',
          actor,
          before,
          after: { code: unit.code, name: unit.name, kind: unit.kind },
        },
      ]);
      return unit;
    });
  }

  /** Re-parents a unit with its whole subtree. A move under its own subtree is a cycle: 409. */
  async move(scope: Scope, id: string, newParentId: string, actor: string): Promise<UnitEntity> {
    return this.dataSource.transaction(async (manager) => {
      const unit = await this.lockInScope(manager, scope, id);
      const parent = await this.lockParent(manager, scope, newParentId, 'parentId');
      if (parent.path.startsWith(unit.path)) {
        throw new ConflictError(msg('units.movingUnderWouldMakeACycle', { code: unit.code, code2: parent.code }), [
          {
            field: 'parentId',
            message: msg('units.isInsideTheSubtreeOf', {
              code: parent.code,
              id: parent.id,
              code2: unit.code,
              id2: unit.id,
            }),
          },
        ]);
      }
      const oldPath = unit.path;
      const newPath = childPath(parent.path, unit.id);
      const depthChange = parent.depth + 1 - unit.depth;
      await manager.query(
        `UPDATE units SET path = $1 || substr(path, length($2) + 1), depth = depth + $3, updated_at = now()
          WHERE path LIKE $4`,
        [newPath, oldPath, depthChange, `${escapeLike(oldPath)}%`],
      );
      await manager.update(UnitEntity, { id }, { parentId: parent.id });
      await appendAudit(manager, [
        {
          eventId: `unit:${id}#moved:${randomUUID()}`,
          entityType: 'unit',
          entityId: id,
          action: 'unit.moved',
          actor,
          before: { parentId: unit.parentId },
          after: { parentId: parent.id },
        },
      ]);
      return manager.findOneByOrFail(UnitEntity, { id });
    });
  }

  /**
   * The checks of a deactivation, before it is handed to its workflow: the unit and the
   * successor in the caller's scope, the successor active and outside the unit, no active
   * sub-units. Throws the 4xx the API answers; writes nothing.
   */
  async checkDeactivation(scope: Scope, id: string, successorId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const unit = await this.lockInScope(manager, scope, id);
      const inactive = deactivationConflict(unit);
      if (inactive) throw inactive;
      const successor = await this.lockParent(manager, scope, successorId, 'successorId');
      const children = await manager.count(UnitEntity, { where: { parentId: id, active: true } });
      const conflict = deactivationConflict(unit, successor, children);
      if (conflict) throw conflict;
    });
  }

  /**
   * Imports many units in one transaction, all or nothing. The rows are checked and
   * placed by planUnitImport (libs/domain); here only the look-ups and the inserts.
   * `idFor` gives a new unit's id from its code (random unless the demo seed fixes it).
   */
  async import(
    scope: Scope,
    rows: ImportRow[],
    actor: string,
    idFor: (code: string) => string = () => randomUUID(),
  ): Promise<{ created: number }> {
    const existing = new Map<string, KnownUnit>();
    const codes = importLookups(rows);
    for (let i = 0; i < codes.length; i += 5000) {
      for (const unit of await this.dataSource.getRepository(UnitEntity).findBy({ code: In(codes.slice(i, i + 5000)) }))
        existing.set(unit.code, unit);
    }
    const { problems, units } = planUnitImport(rows, existing, scope, idFor);
    if (problems.length) {
      throw new ValidationError(problems, msg('units.importFailedWithErrorsNothingWas', { length: problems.length }));
    }
    await this.dataSource.transaction(async (manager) => {
      // Parents before children (the plan's order), so the foreign key holds at every insert.
      for (let i = 0; i < units.length; i += 2000) {
        await manager
          .createQueryBuilder()
          .insert()
          .into(UnitEntity)
          .values(units.slice(i, i + 2000))
          .execute();
      }
      await appendAudit(manager, [
        {
          eventId: `unit-import:${randomUUID()}`,
          entityType: 'unit',
          entityId: scope.unitId,
          action: 'unit.imported',
          actor,
          after: { created: units.length },
        },
      ]);
    });
    return { created: units.length };
  }

  private async lockInScope(manager: EntityManager, scope: Scope, id: string): Promise<UnitEntity> {
    const unit = await manager.findOne(UnitEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!unit || !unit.path.startsWith(scope.unitPath)) throw new NotFoundError(msg('nouns.unit'), id);
    return unit;
  }

  private async lockParent(manager: EntityManager, scope: Scope, id: string, field: string): Promise<UnitEntity> {
    const parent = await manager.findOne(UnitEntity, { where: { id }, lock: { mode: 'pessimistic_read' } });
    if (!parent || !parent.path.startsWith(scope.unitPath)) {
      throw new ValidationError([{ field, message: msg('units.noSuchUnitInYourSubtree', { id }) }]);
    }
    if (!parent.active)
      throw new ValidationError([{ field, message: msg('units.unitIsDeactivated', { code: parent.code }) }]);
    return parent;
  }
}
