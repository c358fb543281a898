import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { ConflictError, type Role, type Scope } from '@dondoc/domain';
import { appendAudit } from './audit/audit-append';
import { UnitEntity, UserEntity } from './entities';
import { isUniqueViolation } from './unique-violation';

export interface NewUser {
  username: string;
  passwordHash: string;
  fullName: string;
  role: Role;
  unitId: string;
  email?: string | null;
  isHead?: boolean;
  secretClearance?: boolean;
}

export class UsersRepository {
  constructor(private readonly dataSource: DataSource) {}

  findByUsername(username: string): Promise<UserEntity | null> {
    return this.dataSource
      .getRepository(UserEntity)
      .findOne({ where: { username: username.trim().toLowerCase() }, relations: { unit: true } });
  }

  /** The scope of a signed-in user, read fresh so a moved or disabled user loses access at once. */
  async scopeOf(userId: string): Promise<Scope | null> {
    const user = await this.dataSource
      .getRepository(UserEntity)
      .findOne({ where: { id: userId }, relations: { unit: true } });
    if (!user || !user.active || !user.unit.active) return null;
    return {
      userId: user.id,
      username: user.username,
      role: user.role,
      unitId: user.unitId,
      unitPath: user.role === 'admin' ? '/' : user.unit.path,
      clearance: user.secretClearance,
    };
  }

  async list(scope: Scope) {
    return this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .innerJoinAndSelect('u.unit', 'unit')
      .where('unit.path LIKE :p', { p: `${scope.unitPath}%` })
      .orderBy('u.username')
      .getMany();
  }

  async create(user: NewUser, actor: string): Promise<UserEntity> {
    return this.dataSource.transaction(async (manager) => {
      const id = randomUUID();
      const entity = manager.create(UserEntity, {
        id,
        username: user.username.toLowerCase(),
        passwordHash: user.passwordHash,
        fullName: user.fullName,
        role: user.role,
        unitId: user.unitId,
        email: user.email ?? null,
        isHead: user.isHead ?? false,
        secretClearance: user.secretClearance ?? false,
        active: true,
      });
      await manager.insert(UserEntity, entity).catch((error: unknown) => {
        if (isUniqueViolation(error)) {
          throw new ConflictError(`Tên đăng nhập ${entity.username} đã tồn tại / username taken`, [
            { field: 'username', message: entity.username },
          ]);
        }
        throw error;
      });
      await appendAudit(manager, [
        {
          eventId: `user:${id}#created`,
          entityType: 'user',
          entityId: id,
          action: 'user.created',
          actor,
          after: {
            username: entity.username,
            role: entity.role,
            unitId: entity.unitId,
            secretClearance: entity.secretClearance,
          },
        },
      ]);
      entity.unit = await manager.findOneByOrFail(UnitEntity, { id: user.unitId });
      return entity;
    });
  }
}
