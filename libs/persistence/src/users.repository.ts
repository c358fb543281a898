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
    return (await this.sessionOf(userId))?.scope ?? null;
  }

  /** The scope and the current token version of an active user, in one read. */
  async sessionOf(userId: string): Promise<{ scope: Scope; tokenVersion: number } | null> {
    const user = await this.dataSource
      .getRepository(UserEntity)
      .findOne({ where: { id: userId }, relations: { unit: true } });
    if (!user || !user.active || !user.unit.active) return null;
    const scope: Scope = {
      userId: user.id,
      username: user.username,
      role: user.role,
      unitId: user.unitId,
      unitPath: user.role === 'admin' ? '/' : user.unit.path,
      clearance: user.secretClearance,
    };
    return { scope, tokenVersion: user.tokenVersion };
  }

  /** The stored password hash of a user, for checking the current password. */
  async passwordHash(userId: string): Promise<string | null> {
    const user = await this.dataSource.getRepository(UserEntity).findOne({ where: { id: userId } });
    return user?.passwordHash ?? null;
  }

  /** Revokes every token the user holds (logout): they were issued under an older version. */
  async revokeTokens(userId: string, actor: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const [[row]] = await manager.query(
        'UPDATE users SET token_version = token_version + 1 WHERE id = $1 RETURNING token_version',
        [userId],
      );
      await appendAudit(manager, [
        {
          eventId: `user:${userId}#tokens-revoked:${row.token_version}`,
          entityType: 'user',
          entityId: userId,
          action: 'user.tokens_revoked',
          actor,
          after: { tokenVersion: row.token_version },
        },
      ]);
    });
  }

  /** Sets a new password hash and revokes every token issued before (the hash itself is never audited). */
  async changePassword(userId: string, passwordHash: string, actor: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const [[row]] = await manager.query(
        `UPDATE users SET password_hash = $2, token_version = token_version + 1 WHERE id = $1 RETURNING token_version`,
        [userId, passwordHash],
      );
      await appendAudit(manager, [
        {
          eventId: `user:${userId}#password-changed:${row.token_version}`,
          entityType: 'user',
          entityId: userId,
          action: 'user.password_changed',
          actor,
          after: { tokenVersion: row.token_version },
        },
      ]);
    });
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
