import { randomUUID } from 'node:crypto';
import { DataSource, In, type EntityManager } from 'typeorm';
import {
  childPath,
  ConflictError,
  ForbiddenError,
  foldVietnamese,
  NotFoundError,
  UNIT_CODE,
  UNIT_KINDS,
  ValidationError,
  type FieldProblem,
  type Scope,
  type UnitKind,
} from '@dondoc/domain';
import { appendAudit } from './audit';
import { TaskEntity, UnitEntity } from './entities';

export interface UnitFields {
  code: string;
  name: string;
  kind: UnitKind;
  parentId: string | null;
  headName?: string | null;
  headTitle?: string | null;
  headEmail?: string | null;
  headPhone?: string | null;
}

export interface ImportRow {
  /** 1-based line (CSV) or item number (JSON) for error messages. */
  line: number;
  code: string;
  name: string;
  kind: string;
  /** Code of the parent: an existing unit or one earlier or later in the same import. */
  parentCode: string | null;
  headName?: string | null;
  headEmail?: string | null;
  headPhone?: string | null;
}

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
      .where('u.id = :id', { id })
      .andWhere(sql, params)
      .getOne();
    if (!unit) throw new NotFoundError('đơn vị / unit', id);
    return unit;
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
      if (!unit) problems.push({ field, message: `${field}: không có đơn vị ${id} / no such unit` });
      else if (!unit.path.startsWith(scope.unitPath)) {
        outside.push({
          field,
          message: `${field}: đơn vị ${unit.code} ngoài phạm vi của bạn / unit outside your subtree`,
        });
      } else if (!unit.active) {
        problems.push({ field, message: `${field}: đơn vị ${unit.code} đã ngừng hoạt động / unit is deactivated` });
      }
    }
    // Acting on units outside one's own subtree is a matter of access (403), not of input.
    if (outside.length) throw new ForbiddenError('Đơn vị ngoài phạm vi của bạn / units outside your subtree', outside);
    if (problems.length) throw new ValidationError(problems);
    return byId;
  }

  /** The unit and everything below it, ordered by depth then name. */
  async subtree(scope: Scope, rootId: string, options: { includeInactive?: boolean; limit?: number } = {}) {
    const root = await this.get(scope, rootId);
    const query = this.dataSource
      .getRepository(UnitEntity)
      .createQueryBuilder('u')
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
      .where(sql, params)
      .orderBy('u.depth')
      .addOrderBy('u.name_folded')
      .take(filter.limit)
      .skip(filter.offset);
    if (!filter.includeInactive) query.andWhere('u.active');
    if (filter.kind) query.andWhere('u.kind = :kind', { kind: filter.kind });
    if (filter.q) {
      query.andWhere('(u.name_folded LIKE :q OR u.code LIKE :q)', { q: `%${escapeLike(foldVietnamese(filter.q))}%` });
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
            message: 'parentId: chỉ quản trị viên được tạo đơn vị gốc / only an admin may create a root unit',
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
      await manager.insert(UnitEntity, unit).catch((error) => rethrowUnique(error, fields.code));
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
      await manager.save(UnitEntity, unit).catch((error) => rethrowUnique(error, next.code));
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
        throw new ConflictError(
          `Không thể chuyển ${unit.code} vào ${parent.code}: ${parent.code} thuộc chính ${unit.code} (tạo vòng lặp) / moving ${unit.code} under ${parent.code} would make a cycle`,
          [
            {
              field: 'parentId',
              message: `${parent.code} (${parent.id}) nằm trong cây của / is inside the subtree of ${unit.code} (${unit.id})`,
            },
          ],
        );
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
   * Deactivates a unit (never deletes it): links its successor and moves its open
   * tasks, as lead and as coordinator, to the successor. History keeps the old unit.
   */
  async deactivate(scope: Scope, id: string, successorId: string, reason: string, actor: string) {
    return this.dataSource.transaction(async (manager) => {
      const unit = await this.lockInScope(manager, scope, id);
      if (!unit.active)
        throw new ConflictError(`Đơn vị ${unit.code} đã ngừng hoạt động / unit already deactivated`, [
          { field: 'id', message: id },
        ]);
      const successor = await this.lockParent(manager, scope, successorId, 'successorId');
      if (successor.path.startsWith(unit.path)) {
        throw new ConflictError(
          `Đơn vị kế thừa ${successor.code} thuộc chính ${unit.code} / the successor lies inside the unit being deactivated`,
          [{ field: 'successorId', message: successorId }],
        );
      }
      const children = await manager.count(UnitEntity, { where: { parentId: id, active: true } });
      if (children > 0) {
        throw new ConflictError(
          `Đơn vị ${unit.code} còn ${children} đơn vị trực thuộc đang hoạt động; hãy chuyển chúng trước / move its ${children} active sub-units first`,
          [{ field: 'id', message: id }],
        );
      }
      await manager.update(UnitEntity, { id }, { active: false, successorId: successor.id, deactivatedAt: new Date() });
      const moved: { id: string }[] = (
        await manager
          .createQueryBuilder()
          .update(TaskEntity)
          .set({ leadUnitId: successor.id })
          .where({ leadUnitId: id, status: In(['assigned', 'overdue']) })
          .returning(['id'])
          .execute()
      ).raw;
      await manager.query(
        `INSERT INTO task_coordinators (task_id, unit_id)
           SELECT c.task_id, $2 FROM task_coordinators c JOIN tasks t ON t.id = c.task_id
            WHERE c.unit_id = $1 AND t.status IN ('assigned', 'overdue')
         ON CONFLICT DO NOTHING`,
        [id, successor.id],
      );
      await manager.query(
        `DELETE FROM task_coordinators c USING tasks t
          WHERE t.id = c.task_id AND c.unit_id = $1 AND t.status IN ('assigned', 'overdue')`,
        [id],
      );
      const eventId = `unit:${id}#deactivated`;
      await appendAudit(manager, [
        {
          eventId,
          entityType: 'unit',
          entityId: id,
          action: 'unit.deactivated',
          actor,
          before: { active: true },
          after: { active: false, successorId: successor.id, reason, movedTasks: moved.length },
        },
        ...moved.map((task) => ({
          eventId: `${eventId}:${task.id}`,
          entityType: 'task',
          entityId: task.id,
          action: 'task.reassigned',
          actor,
          before: { leadUnitId: id },
          after: { leadUnitId: successor.id, reason: 'unit deactivated' },
        })),
      ]);
      return { unit: await manager.findOneByOrFail(UnitEntity, { id }), movedTaskIds: moved.map((task) => task.id) };
    });
  }

  /**
   * Imports many units in one transaction, all or nothing. Parents are named by
   * code: an existing unit within the caller's scope, or a unit of the same import
   * (in any order). Every problem is reported with its line.
   */
  async import(scope: Scope, rows: ImportRow[], actor: string): Promise<{ created: number }> {
    const problems: FieldProblem[] = [];
    const at = (row: ImportRow, field: string, message: string) =>
      problems.push({ field: `line ${row.line}: ${field}`, message: `Dòng ${row.line}, ${field}: ${message}` });
    const byCode = new Map<string, ImportRow>();
    for (const row of rows) {
      const code = (row.code ?? '').trim().toUpperCase();
      if (!UNIT_CODE.test(code)) at(row, 'code', 'mã không hợp lệ / invalid code');
      else if (byCode.has(code))
        at(row, 'code', `trùng với dòng ${byCode.get(code)!.line} / duplicate of line ${byCode.get(code)!.line}`);
      else byCode.set(code, row);
      if (!row.name?.trim()) at(row, 'name', 'không được để trống / required');
      if (!(UNIT_KINDS as readonly string[]).includes(row.kind))
        at(row, 'kind', `phải là một trong / must be one of ${UNIT_KINDS.join(', ')}`);
    }
    const existing = new Map<string, UnitEntity>();
    const codes = [...byCode.keys()];
    const parentCodes = [
      ...new Set(rows.map((row) => row.parentCode?.trim().toUpperCase()).filter((c): c is string => !!c)),
    ];
    for (let i = 0; i < Math.max(codes.length, parentCodes.length); i += 5000) {
      const batch = [...codes.slice(i, i + 5000), ...parentCodes.slice(i, i + 5000)];
      for (const unit of await this.dataSource.getRepository(UnitEntity).findBy({ code: In(batch) }))
        existing.set(unit.code, unit);
    }
    for (const [code, row] of byCode)
      if (existing.has(code)) at(row, 'code', `mã ${code} đã tồn tại / code already exists`);

    // Resolve parents and detect cycles inside the import.
    const paths = new Map<string, { id: string; path: string; depth: number }>();
    const ids = new Map([...byCode.keys()].map((code) => [code, randomUUID()]));
    const resolve = (code: string, trail: Set<string>): { id: string; path: string; depth: number } | null => {
      const done = paths.get(code);
      if (done) return done;
      const row = byCode.get(code)!;
      const parentCode = row.parentCode?.trim().toUpperCase() || null;
      let parent: { id: string; path: string; depth: number } | null = null;
      if (parentCode) {
        if (trail.has(parentCode)) {
          at(row, 'parentCode', `vòng lặp cha-con qua ${parentCode} / parent cycle`);
          return null;
        }
        if (byCode.has(parentCode)) {
          parent = resolve(parentCode, new Set([...trail, code]));
          if (!parent) return null;
        } else {
          const found = existing.get(parentCode);
          if (!found) {
            at(row, 'parentCode', `không có đơn vị ${parentCode} / no such unit`);
            return null;
          }
          if (!found.path.startsWith(scope.unitPath)) {
            at(row, 'parentCode', `${parentCode} ngoài phạm vi của bạn / outside your subtree`);
            return null;
          }
          parent = found;
        }
      } else if (scope.role !== 'admin') {
        at(row, 'parentCode', 'chỉ quản trị viên được tạo đơn vị gốc / only an admin may create a root unit');
        return null;
      }
      const id = ids.get(code)!;
      const resolved = { id, path: childPath(parent?.path ?? null, id), depth: parent ? parent.depth + 1 : 0 };
      paths.set(code, resolved);
      return resolved;
    };
    for (const code of byCode.keys()) resolve(code, new Set([code]));
    if (problems.length) {
      problems.sort((a, b) => Number(/\d+/.exec(a.field)?.[0]) - Number(/\d+/.exec(b.field)?.[0]));
      throw new ValidationError(
        problems,
        `Nhập đơn vị thất bại: ${problems.length} lỗi, không có gì được ghi / import failed with ${problems.length} errors; nothing was written`,
      );
    }

    const units = [...byCode.entries()].map(([code, row]) => {
      const { id, path, depth } = paths.get(code)!;
      const parentCode = row.parentCode?.trim().toUpperCase() || null;
      const parentId = parentCode ? (paths.get(parentCode)?.id ?? existing.get(parentCode)!.id) : null;
      return {
        id,
        ...normaliseFields({
          code,
          name: row.name,
          kind: row.kind as UnitKind,
          parentId,
          headName: row.headName,
          headEmail: row.headEmail,
          headPhone: row.headPhone,
        }),
        path,
        depth,
        active: true,
      };
    });
    // Parents before children, so the foreign key holds at every insert.
    units.sort((a, b) => a.depth - b.depth);
    await this.dataSource.transaction(async (manager) => {
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
    if (!unit || !unit.path.startsWith(scope.unitPath)) throw new NotFoundError('đơn vị / unit', id);
    return unit;
  }

  private async lockParent(manager: EntityManager, scope: Scope, id: string, field: string): Promise<UnitEntity> {
    const parent = await manager.findOne(UnitEntity, { where: { id }, lock: { mode: 'pessimistic_read' } });
    if (!parent || !parent.path.startsWith(scope.unitPath)) {
      throw new ValidationError([
        { field, message: `${field}: không có đơn vị ${id} trong phạm vi của bạn / no such unit in your subtree` },
      ]);
    }
    if (!parent.active)
      throw new ValidationError([
        { field, message: `${field}: đơn vị ${parent.code} đã ngừng hoạt động / unit is deactivated` },
      ]);
    return parent;
  }
}

function normaliseFields(fields: UnitFields) {
  const name = fields.name.normalize('NFC').trim().replace(/\s+/g, ' ');
  return {
    code: fields.code.trim().toUpperCase(),
    name,
    nameFolded: foldVietnamese(name),
    kind: fields.kind,
    parentId: fields.parentId,
    headName: fields.headName?.normalize('NFC').trim() || null,
    headTitle: fields.headTitle?.normalize('NFC').trim() || null,
    headEmail: fields.headEmail?.trim() || null,
    headPhone: fields.headPhone?.trim() || null,
  };
}

function rethrowUnique(error: { code?: string; constraint?: string }, code: string): never {
  if (error.code === '23505' && error.constraint === 'ux_units_code') {
    throw new ConflictError(`Mã đơn vị ${code.toUpperCase()} đã tồn tại / unit code already exists`, [
      { field: 'code', message: code },
    ]);
  }
  throw error;
}

export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
