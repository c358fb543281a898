import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { accountActivationConflict, ConflictError, NotFoundError, type Role, type Scope, msg } from '@dondoc/domain';
import { appendAudit } from './audit/audit-append';
import { UnitEntity, UserEntity } from './entities';
import { preparedQuery } from './sql';
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

  /**
   * The scope and the current token version of an active user in an active unit, in one
   * read; with `familyId`, also whether that sign-in (session family) is still live; and
   * the database's snapshot the read was made in (`readAt`, `pg_current_snapshot()`), which
   * a result kept "while no transaction has ended" is compared with (ListTotals).
   */
  async sessionOf(
    userId: string,
    familyId: string | null = null,
  ): Promise<{ scope: Scope; tokenVersion: number; sessionLive: boolean; readAt: string } | null> {
    const [row]: {
      id: string;
      username: string;
      role: Role;
      unit_id: string;
      path: string;
      secret_clearance: boolean;
      token_version: number;
      session_live: boolean;
      read_at: string;
    }[] = await preparedQuery(
      this.dataSource,
      'session_of',
      `SELECT u.id, u.username, u.role, u.unit_id, un.path, u.secret_clearance, u.token_version,
              EXISTS (SELECT 1 FROM session_families f
                       WHERE f.id = $2 AND f.user_id = u.id AND f.revoked_at IS NULL) AS session_live,
              pg_current_snapshot()::text AS read_at
         FROM users u JOIN units un ON un.id = u.unit_id
        WHERE u.id = $1 AND u.active AND un.active`,
      [userId, familyId],
    );
    if (!row) return null;
    const scope: Scope = {
      userId: row.id,
      username: row.username,
      role: row.role,
      unitId: row.unit_id,
      unitPath: row.role === 'admin' ? '/' : row.path,
      clearance: row.secret_clearance,
    };
    return { scope, tokenVersion: row.token_version, sessionLive: row.session_live, readAt: row.read_at };
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

  /**
   * Deactivates (`active: false`) or reactivates a user of a unit in the admin's scope,
   * with the reason, in one transaction with its audit row. Either way the token version
   * rises, so every token the user holds is refused from this moment (a deactivated user
   * cannot sign in at all; a reactivated one signs in afresh). 404 outside the scope,
   * 409 when already so or when an admin would deactivate themselves.
   */
  async setActive(scope: Scope, userId: string, active: boolean, reason: string): Promise<UserEntity> {
    return this.dataSource.transaction(async (manager) => {
      const user = await manager
        .getRepository(UserEntity)
        .createQueryBuilder('u')
        .innerJoin('u.unit', 'unit')
        .where('u.id = :userId AND unit.path LIKE :p', { userId, p: `${scope.unitPath}%` })
        .setLock('pessimistic_write', undefined, ['u'])
        .getOne();
      if (!user) throw new NotFoundError(msg('nouns.user'), userId);
      const conflict = accountActivationConflict(user, active, scope.userId);
      if (conflict) throw new ConflictError(conflict, [{ field: 'id', message: conflict }]);
      const [[row]] = await manager.query(
        'UPDATE users SET active = $2, token_version = token_version + 1 WHERE id = $1 RETURNING token_version',
        [userId, active],
      );
      const action = active ? 'reactivated' : 'deactivated';
      await appendAudit(manager, [
        {
          eventId: `user:${userId}#${action}:${row.token_version}`,
          entityType: 'user',
          entityId: userId,
          action: `user.${action}`,
          actor: scope.username,
          before: { active: !active },
          after: { active, reason, tokenVersion: row.token_version },
        },
      ]);
      return manager.findOneOrFail(UserEntity, { where: { id: userId }, relations: { unit: true } });
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
          throw new ConflictError(msg('users.usernameTaken', { username: entity.username }), [
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

  /**
   * Grants (`granted: true`) or withdraws clearance for secret content of a user of a unit
   * in the admin's scope, audited in the same transaction; nothing changes and nothing is
   * audited when it is already so. 404 outside the scope; 409 for a role clearance does not
   * apply to (officers and leaders read by their unit's part in a directive).
   */
  async setClearance(scope: Scope, userId: string, granted: boolean): Promise<UserEntity> {
    return this.dataSource.transaction(async (manager) => {
      const user = await manager
        .getRepository(UserEntity)
        .createQueryBuilder('u')
        .innerJoin('u.unit', 'unit')
        .where('u.id = :userId AND unit.path LIKE :p', { userId, p: `${scope.unitPath}%` })
        .setLock('pessimistic_write', undefined, ['u'])
        .getOne();
      if (!user) throw new NotFoundError(msg('nouns.user'), userId);
      if (user.role !== 'auditor' && user.role !== 'admin') {
        const message = msg('users.clearanceForAuditorsAndAdmins');
        throw new ConflictError(message, [{ field: 'granted', message }]);
      }
      if (user.secretClearance !== granted) {
        await manager.update(UserEntity, { id: userId }, { secretClearance: granted });
        const [{ n }] = (await manager.query(
          `SELECT count(*)::int AS n FROM audit_events WHERE entity_id = $1 AND action LIKE 'user.clearance_%'`,
          [userId],
        )) as { n: number }[];
        await appendAudit(manager, [
          {
            eventId: `user:${userId}#clearance:${n + 1}`,
            entityType: 'user',
            entityId: userId,
            action: granted ? 'user.clearance_granted' : 'user.clearance_withdrawn',
            actor: scope.username,
            before: { secretClearance: !granted },
            after: { secretClearance: granted },
          },
        ]);
      }
      return manager.findOneOrFail(UserEntity, { where: { id: userId }, relations: { unit: true } });
    });
  }
}
