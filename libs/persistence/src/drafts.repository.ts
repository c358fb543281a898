import { In, type DataSource, type EntityManager } from 'typeorm';
import type { ApproverCandidate, DraftStatus, Scope } from '@dondoc/domain';
import { appendAudit } from './audit/audit-append';
import type { AuditPayload } from './entities/audit-event.entity';
import { DirectiveDraftEntity } from './entities/directive-draft.entity';
import { UnitEntity } from './entities/unit.entity';
import { UserEntity } from './entities/user.entity';
import { writeInbox, type InboxRow } from './inbox.repository';

/** A change to a draft: the fields it sets, and its audit row's action and payload. */
export interface DraftChange {
  set: Partial<Omit<DirectiveDraftEntity, 'id' | 'version' | 'createdAt' | 'updatedAt'>>;
  action: string;
  actor: string;
  after?: AuditPayload;
  /** More of the same change, written in its transaction (an approval carries the draft's files to its directive). */
  also?: (manager: EntityManager) => Promise<unknown>;
}

/**
 * Drafts of directives (docs/decisions/0074-drafts-and-approval.md): the API's rows, each
 * change in one transaction with its one audit row (entity type `draft`), the row locked
 * so two changes of one draft are serialized and a stale version is seen.
 */
export class DraftsRepository {
  constructor(private readonly db: DataSource) {}

  async create(
    draft: Omit<DirectiveDraftEntity, 'createdAt' | 'updatedAt'>,
    actor: string,
  ): Promise<DirectiveDraftEntity> {
    return this.db.transaction(async (manager) => {
      await manager.getRepository(DirectiveDraftEntity).insert(draft);
      await this.audit(manager, draft.id, draft.version, 'draft.created', actor, { title: draft.title });
      return manager.getRepository(DirectiveDraftEntity).findOneByOrFail({ id: draft.id });
    });
  }

  /**
   * Applies `decide` to the locked row: it throws a domain error to refuse, answers null
   * to change nothing, or the change (the version goes up by one, one audit row).
   */
  async change(
    id: string,
    decide: (draft: DirectiveDraftEntity) => DraftChange | null | Promise<DraftChange | null>,
  ): Promise<DirectiveDraftEntity> {
    return this.db.transaction(async (manager) => {
      const repo = manager.getRepository(DirectiveDraftEntity);
      const draft = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!draft) throw new Error(`draft ${id} vanished`);
      const change = await decide(draft);
      if (!change) return draft;
      const version = draft.version + 1;
      await repo.update({ id }, { ...change.set, version });
      await this.audit(manager, id, version, change.action, change.actor, change.after ?? {});
      await change.also?.(manager);
      return repo.findOneByOrFail({ id });
    });
  }

  /**
   * A draft as `scope` may see it: its drafting unit's people, the approver of its
   * latest submission, and admins; null for anyone else (a 404, as for a task).
   */
  async visible(scope: Scope, id: string): Promise<DirectiveDraftEntity | null> {
    const draft = await this.db.getRepository(DirectiveDraftEntity).findOneBy({ id });
    if (!draft) return null;
    const sees =
      scope.role === 'admin' ||
      (scope.role !== 'auditor' && draft.unitId === scope.unitId) ||
      draft.approverUserId === scope.userId;
    return sees ? draft : null;
  }

  /** The drafting unit's drafts, newest change first, optionally of one status. */
  async ofUnit(
    scope: Scope,
    status: DraftStatus | undefined,
    limit: number,
    offset: number,
  ): Promise<{ items: DirectiveDraftEntity[]; total: number }> {
    const [items, total] = await this.db.getRepository(DirectiveDraftEntity).findAndCount({
      where: { unitId: scope.unitId, ...(status ? { status } : {}) },
      order: { updatedAt: 'DESC', id: 'ASC' },
      take: limit,
      skip: offset,
    });
    return { items, total };
  }

  /** The submissions waiting for this approver, oldest first. */
  async awaiting(scope: Scope, limit: number, offset = 0): Promise<{ items: DirectiveDraftEntity[]; total: number }> {
    const [items, total] = await this.db.getRepository(DirectiveDraftEntity).findAndCount({
      where: { approverUserId: scope.userId, status: 'submitted' },
      order: { submittedAt: 'ASC', id: 'ASC' },
      take: limit,
      skip: offset,
    });
    return { items, total };
  }

  /**
   * Submissions made in this window and still waiting: the reconciler starts the approval
   * workflow of any whose start a crash lost (decision 74); a start already made is a no-op.
   */
  submittedBetween(from: Date, to: Date): Promise<DirectiveDraftEntity[]> {
    return this.db
      .getRepository(DirectiveDraftEntity)
      .createQueryBuilder('d')
      .where(`d.status = 'submitted' AND d.submitted_at >= :from AND d.submitted_at < :to`, { from, to })
      .orderBy('d.submitted_at')
      .getMany();
  }

  /** Full names of these users, by id. */
  async userNames(ids: (string | null)[]): Promise<Map<string, string>> {
    const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
    if (wanted.length === 0) return new Map();
    const users = await this.db.getRepository(UserEntity).find({ where: { id: In(wanted) } });
    return new Map(users.map((u) => [u.id, u.fullName]));
  }

  /** The active leaders of a unit, as approver candidates. */
  async leadersOf(unitId: string): Promise<ApproverCandidate[]> {
    const users = await this.activeLeaderUsers(unitId);
    return users.map((u) => ({ userId: u.id, unitId, isHead: u.isHead }));
  }

  activeLeaderUsers(unitId: string): Promise<UserEntity[]> {
    return this.db
      .getRepository(UserEntity)
      .find({ where: { unitId, role: 'leader', active: true }, order: { id: 'ASC' } });
  }

  /** What an amendment draft needs of the directive it amends (its reach is checked by the caller). */
  /** Whether this directive is secret (false when there is none). */
  async isSecretDirective(id: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      `SELECT 1 FROM directives WHERE id = $1 AND confidentiality = 'secret'`,
      [id],
    );
    return rows.length > 0;
  }

  async directive(id: string): Promise<{
    id: string;
    status: string;
    title: string;
    documentNumber: string;
    issuingUnitId: string;
    issuingUnitPath: string;
  } | null> {
    const [row] = await this.db.query(
      `SELECT d.id, d.status, d.title, d.document_number AS "documentNumber", d.issuing_unit_id AS "issuingUnitId",
              u.path AS "issuingUnitPath"
         FROM directives d JOIN units u ON u.id = d.issuing_unit_id WHERE d.id = $1`,
      [id],
    );
    return row ?? null;
  }

  unit(id: string): Promise<UnitEntity | null> {
    return this.db.getRepository(UnitEntity).findOneBy({ id });
  }

  user(id: string): Promise<UserEntity | null> {
    return this.db.getRepository(UserEntity).findOneBy({ id });
  }

  byId(id: string): Promise<DirectiveDraftEntity | null> {
    return this.db.getRepository(DirectiveDraftEntity).findOneBy({ id });
  }

  /** A draft notice in the inbox of each recipient (no task; unique per notice and user). */
  deliver(rows: InboxRow[]): Promise<number> {
    return writeInbox(this.db.manager, rows);
  }

  private audit(
    manager: EntityManager,
    id: string,
    version: number,
    action: string,
    actor: string,
    after: AuditPayload,
  ): Promise<void> {
    return appendAudit(manager, [
      { eventId: `draft:${id}#${action}:${version}`, entityType: 'draft', entityId: id, action, actor, after },
    ]);
  }
}
