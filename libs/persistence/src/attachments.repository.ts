import { createHash, randomUUID } from 'node:crypto';
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import {
  msg,
  NotFoundError,
  UnprocessableError,
  type AttachmentOwnerKind,
  type Message,
  type Scope,
} from '@dondoc/domain';
import { appendAudit } from './audit/audit-append';
import { AttachmentEntity, AttachmentUploadEntity } from './entities';

/** An attachment's owner as far as access is concerned. */
export interface AttachmentOwner {
  kind: AttachmentOwnerKind;
  id: string;
  directiveId: string;
  secret: boolean;
  /** Units whose subtree sees the owner (the owner's own visibility rule). */
  visiblePaths: string[];
  /** Units whose own people may add and remove its files (a report's: the reporting unit). */
  actingUnits: string[];
  /** Units whose people, and those of the units above them, may too (the issuing or assigning side). */
  actingFromAbove: string[];
  /** Why no file may be added or removed now, whoever asks (a review's: the report was not returned). */
  closed?: Message;
}

export interface NewAttachment {
  owner: AttachmentOwner;
  name: string;
  mediaType: string;
  size: number;
  sha256: string;
}

const NOUNS: Record<AttachmentOwnerKind, string> = {
  directive: 'nouns.directive',
  task: 'nouns.task',
  report: 'nouns.report',
  explanation: 'nouns.explanationRequest',
  draft: 'nouns.draft',
  review: 'nouns.report',
};

/**
 * One statement per kind: the owner's directive, whether it is secret, who sees it and who
 * acts on it. The paths follow the owners' own reads: a directive is seen from its issuing
 * unit and from the units of its tasks (DirectivesRepository.visible), a task from its lead,
 * coordinating and assigning units and the issuing unit (TasksRepository.find); a report
 * and an explanation request as their task.
 */
const TASK_PATHS = `
  ARRAY[lu.path, au.path, iu.path] || COALESCE((SELECT array_agg(cu.path) FROM task_coordinators c
                                                 JOIN units cu ON cu.id = c.unit_id WHERE c.task_id = t.id), '{}')`;
const TASK_FROM = `tasks t JOIN units lu ON lu.id = t.lead_unit_id JOIN units au ON au.id = t.assigning_unit_id
  JOIN directives d ON d.id = t.directive_id JOIN units iu ON iu.id = d.issuing_unit_id`;
/** A draft is not here: its readers are people, not unit paths; the drafts service resolves it. */
const OWNER_SQL: Record<Exclude<AttachmentOwnerKind, 'draft'>, string> = {
  directive: `SELECT d.id AS directive_id, d.confidentiality, ARRAY[iu.path] || COALESCE(
                (SELECT array_agg(DISTINCT u.path) FROM tasks t
                   LEFT JOIN task_coordinators c ON c.task_id = t.id
                   JOIN units u ON u.id = t.lead_unit_id OR u.id = c.unit_id
                  WHERE t.directive_id = d.id), '{}') AS visible, '{}'::text[] AS exact, ARRAY[iu.path] AS above
                FROM directives d JOIN units iu ON iu.id = d.issuing_unit_id WHERE d.id = $1`,
  task: `SELECT t.directive_id, d.confidentiality, ${TASK_PATHS} AS visible, ARRAY[lu.path] AS exact, ARRAY[au.path] AS above
           FROM ${TASK_FROM} WHERE t.id = $1`,
  report: `SELECT t.directive_id, d.confidentiality, ${TASK_PATHS} AS visible, ARRAY[lu.path] AS exact, '{}'::text[] AS above
             FROM task_reports r JOIN ${TASK_FROM} ON t.id = r.task_id WHERE r.id = $1`,
  // A report's return (its review, on the report's own row): read as the report, its files
  // added by the reviewing side (the assigning unit and above), only once it was returned.
  review: `SELECT t.directive_id, d.confidentiality, ${TASK_PATHS} AS visible, '{}'::text[] AS exact, ARRAY[au.path] AS above,
                  r.review_outcome IS DISTINCT FROM 'returned' AS closed
             FROM task_reports r JOIN ${TASK_FROM} ON t.id = r.task_id WHERE r.id = $1`,
  explanation: `SELECT t.directive_id, d.confidentiality, ${TASK_PATHS} AS visible, ARRAY[lu.path] AS exact, ARRAY[au.path] AS above
                  FROM explanation_requests x JOIN ${TASK_FROM} ON t.id = x.task_id WHERE x.id = $1`,
};

/** Attachments' rows and their audit rows (docs/decisions/0075-attachments.md). */
export class AttachmentsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The owner, if it exists and the reader's unit sees it (404 otherwise, as the owner's own read). */
  async owner(scope: Scope, kind: Exclude<AttachmentOwnerKind, 'draft'>, id: string): Promise<AttachmentOwner> {
    const rows: {
      directive_id: string;
      confidentiality: string;
      visible: string[];
      exact: string[];
      above: string[];
      closed?: boolean;
    }[] = await this.dataSource.query(OWNER_SQL[kind], [id]);
    const row = rows[0];
    const owner = row && {
      kind,
      id,
      directiveId: row.directive_id,
      secret: row.confidentiality === 'secret',
      visiblePaths: row.visible.filter(Boolean),
      actingUnits: row.exact.filter(Boolean),
      actingFromAbove: row.above.filter(Boolean),
      ...(row.closed && { closed: msg('attachments.notReturned') }),
    };
    if (!owner || !owner.visiblePaths.some((path) => path.startsWith(scope.unitPath))) {
      throw new NotFoundError(msg(NOUNS[kind]), id);
    }
    return owner;
  }

  /** The files an owner holds now, oldest first. */
  list(kind: AttachmentOwnerKind, id: string): Promise<AttachmentEntity[]> {
    return this.dataSource
      .getRepository(AttachmentEntity)
      .createQueryBuilder('a')
      .where('a.owner_kind = :kind AND a.owner_id = :id AND a.removed_at IS NULL', { kind, id })
      .orderBy('a.created_at')
      .addOrderBy('a.id')
      .getMany();
  }

  async count(
    kind: AttachmentOwnerKind,
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<number> {
    const [{ n }] = (await manager.query(
      'SELECT count(*)::int AS n FROM attachments WHERE owner_kind = $1 AND owner_id = $2 AND removed_at IS NULL',
      [kind, id],
    )) as { n: number }[];
    return n;
  }

  /** One attachment, removed or not; 404 when there is none. */
  async get(id: string): Promise<AttachmentEntity> {
    const row = await this.dataSource.getRepository(AttachmentEntity).findOneBy({ id });
    if (!row) throw new NotFoundError(msg('nouns.attachment'), id);
    return row;
  }

  /**
   * The row and its `attachment.uploaded` audit row (with the SHA-256) in one transaction.
   * Uploads to one owner are serialized (an advisory lock on it), so two at once cannot
   * both take the last place: the one over `maxPerObject` is refused (422).
   */
  async insert(file: NewAttachment, actor: string, maxPerObject: number): Promise<AttachmentEntity> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`attachments:${file.owner.id}`]);
      if ((await this.count(file.owner.kind, file.owner.id, manager)) >= maxPerObject) {
        throw new UnprocessableError(msg('attachments.tooMany', { max: maxPerObject }), [
          { field: 'file', message: msg('attachments.tooMany', { max: maxPerObject }) },
        ]);
      }
      const row: AttachmentEntity = {
        id: randomUUID(),
        ownerKind: file.owner.kind,
        ownerId: file.owner.id,
        directiveId: file.owner.directiveId,
        name: file.name,
        mediaType: file.mediaType,
        size: file.size,
        sha256: file.sha256,
        uploadedBy: actor,
        createdAt: new Date(),
        removedAt: null,
        removedBy: null,
      };
      await manager.insert(AttachmentEntity, row);
      await appendAudit(manager, [
        {
          eventId: `attachment:${row.id}:uploaded`,
          entityType: 'attachment',
          entityId: row.id,
          action: 'attachment.uploaded',
          actor,
          after: auditView(row),
        },
      ]);
      return row;
    });
  }

  /** Marks it removed (the bytes stay) with its `attachment.removed` row; false when it already was. */
  async remove(id: string, actor: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const rows: { id: string }[] = await manager.query(
        'UPDATE attachments SET removed_at = now(), removed_by = $2 WHERE id = $1 AND removed_at IS NULL RETURNING id',
        [id, actor],
      );
      if (rows.length === 0) return false;
      const row = await manager.findOneByOrFail(AttachmentEntity, { id });
      await appendAudit(manager, [
        {
          eventId: `attachment:${id}:removed`,
          entityType: 'attachment',
          entityId: id,
          action: 'attachment.removed',
          actor,
          before: auditView(row),
        },
      ]);
      return true;
    });
  }

  /** A resumable upload announced (decision 75, "Resumable uploads"). */
  async createUpload(upload: AttachmentUploadEntity): Promise<void> {
    await this.dataSource.getRepository(AttachmentUploadEntity).insert(upload);
  }

  /** A resumable upload of this user's; null when there is none (or it is someone else's). */
  getUpload(id: string, createdBy: string): Promise<AttachmentUploadEntity | null> {
    return this.dataSource.getRepository(AttachmentUploadEntity).findOneBy({ id, createdBy });
  }

  /**
   * Records bytes start..end-1 as arrived when they continue or overlap what had (a chunk
   * sent again changes nothing), and pushes the expiry on. Null when they would leave a gap.
   */
  async advanceUpload(id: string, start: number, end: number, expiresAt: Date): Promise<number | null> {
    const rows = returned<{ received: string }>(
      await this.dataSource.query(
        `UPDATE attachment_uploads SET received = GREATEST(received, $3), expires_at = $4
        WHERE id = $1 AND received >= $2 RETURNING received`,
        [id, start, end, expiresAt],
      ),
    );
    return rows.length ? Number(rows[0].received) : null;
  }

  /** Deletes the session; false when another request already had it (completed or abandoned). */
  async deleteUpload(id: string): Promise<boolean> {
    const rows = returned(
      await this.dataSource.query('DELETE FROM attachment_uploads WHERE id = $1 RETURNING id', [id]),
    );
    return rows.length > 0;
  }

  /** Sessions past their expiry (at most `limit`), oldest first. */
  expiredUploads(now: Date, limit = 100): Promise<AttachmentUploadEntity[]> {
    return this.dataSource
      .getRepository(AttachmentUploadEntity)
      .createQueryBuilder('u')
      .where('u.expires_at < :now', { now })
      .orderBy('u.expires_at')
      .limit(limit)
      .getMany();
  }

  /** One row per download of a secret directive's file, with the SHA-256 of what was sent. */
  async recordSecretDownload(actor: string, row: AttachmentEntity): Promise<void> {
    await this.dataSource.transaction((manager) =>
      appendAudit(manager, [
        {
          eventId: `attachment:${row.id}:read:${randomUUID()}`,
          entityType: 'attachment',
          entityId: row.id,
          action: 'attachment.secret_downloaded',
          actor,
          after: { sha256: row.sha256, directiveId: row.directiveId },
        },
      ]),
    );
  }
}

/**
 * A draft's files go with the directive its approval issued (or amended): one row on the
 * directive per file the draft holds, naming the same stored bytes (content-addressed,
 * nothing copied), each with its `attachment.carried` audit row, in the caller's
 * transaction (the draft's approval). The new row's id derives from the draft's row and
 * the directive, so carrying twice adds nothing. Answers the rows added.
 */
export async function carryDraftFiles(
  manager: EntityManager,
  draftId: string,
  directiveId: string,
  actor: string,
): Promise<AttachmentEntity[]> {
  const files = await manager.getRepository(AttachmentEntity).find({
    where: { ownerKind: 'draft', ownerId: draftId, removedAt: IsNull() },
    order: { createdAt: 'ASC', id: 'ASC' },
  });
  const rows: AttachmentEntity[] = [];
  for (const file of files) {
    const row: AttachmentEntity = {
      ...file,
      id: carriedId(file.id, directiveId),
      ownerKind: 'directive',
      ownerId: directiveId,
      directiveId,
      createdAt: new Date(),
    };
    const added = returned(
      await manager.query(
        `INSERT INTO attachments (id, owner_kind, owner_id, directive_id, name, media_type, size, sha256, uploaded_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (id) DO NOTHING RETURNING id`,
        [
          row.id,
          row.ownerKind,
          row.ownerId,
          row.directiveId,
          row.name,
          row.mediaType,
          row.size,
          row.sha256,
          row.uploadedBy,
          row.createdAt,
        ],
      ),
    );
    if (added.length === 0) continue;
    rows.push(row);
    await appendAudit(manager, [
      {
        eventId: `attachment:${row.id}:carried`,
        entityType: 'attachment',
        entityId: row.id,
        action: 'attachment.carried',
        actor,
        after: { ...auditView(row), draftId, fromAttachmentId: file.id },
      },
    ]);
  }
  return rows;
}

/** The id of a draft's file carried to a directive: the same pair, the same id. */
function carriedId(fileId: string, directiveId: string): string {
  const bytes = createHash('sha256').update(`draft-file:${fileId}:${directiveId}`, 'utf8').digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x80;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const auditView = (row: AttachmentEntity) => ({
  ownerKind: row.ownerKind,
  ownerId: row.ownerId,
  directiveId: row.directiveId,
  name: row.name,
  mediaType: row.mediaType,
  size: row.size,
  sha256: row.sha256,
});

/** The rows of an UPDATE or DELETE … RETURNING: TypeORM's PostgreSQL driver answers `[rows, count]` for those. */
function returned<T>(result: unknown): T[] {
  const answer = result as unknown[];
  return (Array.isArray(answer[0]) ? answer[0] : answer) as T[];
}
