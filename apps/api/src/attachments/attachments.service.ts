import { createHash, randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { Inject, Injectable, Logger, StreamableFile, type OnModuleInit } from '@nestjs/common';
import { AppConfig } from '@dondoc/config';
import {
  cleanFileName,
  ConflictError,
  contentDisposition,
  ForbiddenError,
  msg,
  NotFoundError,
  PayloadTooLargeError,
  SECRET_PLACEHOLDERS,
  UnprocessableError,
  UnsupportedMediaTypeError,
  ValidationError,
  type AttachmentOwnerKind,
  type ReaderLanguage,
  type Scope,
} from '@dondoc/domain';
import { AttachmentsRepository, type AttachmentOwner, type AttachmentUploadEntity } from '@dondoc/persistence';
import { DraftsService } from '../drafts/drafts.service';
import { ContentGate } from '../security/content-gate';
import { AttachmentStore, ChunkLengthError, type StagedFile } from './attachment-store';
import type { AttachmentDto, AttachmentVerificationDto, UploadSessionDto } from './dto/attachment.response';
import { FILE_FIELD, receiveMultipart } from './multipart';
import { attachmentView, uploadSessionView } from './attachment.views';
import { sniffStaged } from './sniff-staged';
import { counted } from './transfer-memory';

/** A download: the stream and the headers it goes with. */
export interface AttachmentDownload {
  file: StreamableFile;
  headers: Record<string, string>;
}

/**
 * Files on directives, tasks, reports and explanation requests (docs/decisions/0075-attachments.md):
 * who may read them is who may read their owner, the secret rule included; who may add and
 * remove them is the owner's acting unit; every upload, removal and download of a secret
 * file is audited with its SHA-256.
 */
@Injectable()
export class AttachmentsService implements OnModuleInit {
  private readonly logger = new Logger('Attachments');

  constructor(
    @Inject(AttachmentsRepository) private readonly attachments: AttachmentsRepository,
    @Inject(AttachmentStore) private readonly store: AttachmentStore,
    @Inject(ContentGate) private readonly gate: ContentGate,
    @Inject(AppConfig) private readonly config: AppConfig,
    @Inject(DraftsService) private readonly drafts: DraftsService,
  ) {}

  /** Removes the resumable uploads abandoned while the API was down. */
  onModuleInit(): void {
    void this.sweepExpired().catch((error: unknown) =>
      this.logger.warn(`removing expired uploads failed: ${(error as Error).message}`),
    );
  }

  /**
   * The files of an owner the reader sees. A secret draft's file names are kept from a reader
   * not cleared (an admin without clearance) in the reader's language: the content gate
   * hides them once the directive exists, this before (decision 75, "Drafts and returns as owners").
   */
  async list(
    scope: Scope,
    kind: AttachmentOwnerKind,
    id: string,
    language: ReaderLanguage = 'vi',
  ): Promise<AttachmentDto[]> {
    const owner = await this.owner(scope, kind, id);
    const hidden = owner.kind === 'draft' && owner.secret && !(await this.mayReadSecret(scope, owner));
    return (await this.attachments.list(kind, id)).map((row) =>
      attachmentView(hidden ? { ...row, name: SECRET_PLACEHOLDERS[language] } : row, this.config.timezone),
    );
  }

  /**
   * The owner if the reader sees it (404 otherwise): a draft by the drafts service's own
   * rule (its unit's people, its approver, admins), the others by their statement.
   */
  private async owner(scope: Scope, kind: AttachmentOwnerKind, id: string, change = false): Promise<AttachmentOwner> {
    if (kind !== 'draft') return this.attachments.owner(scope, kind, id);
    const { directiveId, secret } = await this.drafts.attachmentOwner(scope, id, change);
    return { kind, id, directiveId, secret, visiblePaths: [], actingUnits: [], actingFromAbove: [] };
  }

  /**
   * Whether the reader may read a secret owner's files. A draft's directive may not exist
   * yet (the gate knows only directives), so an admin reads a secret draft's files only with
   * clearance, as the directive's once issued.
   */
  private async mayReadSecret(scope: Scope, owner: AttachmentOwner): Promise<boolean> {
    if (owner.kind === 'draft' && (scope.role === 'admin' || scope.role === 'auditor') && scope.clearance !== true)
      return false;
    return this.gate.mayRead(scope, owner.directiveId);
  }

  /**
   * Streams the request's one file to the store while hashing it, sniffs its type, and
   * records it (row and audit row in one transaction). Nothing is kept of a refused file.
   */
  async upload(scope: Scope, kind: AttachmentOwnerKind, id: string, request: IncomingMessage): Promise<AttachmentDto> {
    const owner = await this.mayChange(scope, kind, id);
    const { maxFileBytes, maxPerObject } = this.config.attachments;
    // Refused before a byte is stored; the transaction below decides races.
    if ((await this.attachments.count(kind, id)) >= maxPerObject) this.tooMany(maxPerObject);
    const received = await receiveMultipart(request, maxFileBytes, (stream) => this.store.stage(stream));
    return this.keep(scope, owner, received.staged, cleanFileName(received.name), received.truncated);
  }

  /**
   * A staged file checked (size, emptiness, sniffed type) and kept: committed, its row and
   * audit row written; or refused, nothing kept. The staged file is discarded either way.
   */
  private async keep(
    scope: Scope,
    owner: AttachmentOwner,
    staged: StagedFile,
    name: string,
    truncated: boolean,
  ): Promise<AttachmentDto> {
    const { maxFileBytes, maxPerObject } = this.config.attachments;
    try {
      if (truncated || staged.size > maxFileBytes) {
        const message = msg('attachments.tooLarge', { name, max: maxFileBytes });
        throw new PayloadTooLargeError(message, [{ field: FILE_FIELD, message }]);
      }
      if (staged.size === 0) {
        const message = msg('attachments.empty', { name });
        throw new UnprocessableError(message, [{ field: FILE_FIELD, message }]);
      }
      const sniffed = await sniffStaged(staged, name);
      if (!sniffed.ok) {
        if (sniffed.reason === 'unknown_type') {
          const message = msg('attachments.unsupportedType', { name });
          throw new UnsupportedMediaTypeError(message, [{ field: FILE_FIELD, message }]);
        }
        const message = msg('attachments.refusedArchive', { name });
        throw new UnprocessableError(message, [{ field: FILE_FIELD, message }]);
      }
      await staged.commit();
      const row = await this.attachments.insert(
        { owner, name, mediaType: sniffed.mediaType, size: staged.size, sha256: staged.sha256 },
        scope.username,
        maxPerObject,
      );
      return attachmentView(row, this.config.timezone);
    } finally {
      await staged.discard();
    }
  }

  // Resumable uploads (decision 75, "Resumable uploads"): announce the file, send it in chunks
  // (Content-Range), ask how far it got after a break, complete it. The same checks as a
  // one-request upload: who may add, how many, how large (announced and counted), the type.

  async beginUpload(
    scope: Scope,
    kind: AttachmentOwnerKind,
    id: string,
    body: { name?: unknown; size?: unknown },
  ): Promise<UploadSessionDto> {
    const rawName = typeof body?.name === 'string' ? body.name : '';
    const name = cleanFileName(rawName);
    if (!name) throw new ValidationError([{ field: 'name', message: msg('attachments.uploadName') }]);
    const size = body?.size;
    if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 1) {
      throw new ValidationError([{ field: 'size', message: msg('attachments.uploadSize') }]);
    }
    const owner = await this.mayChange(scope, kind, id);
    const { maxFileBytes, maxPerObject, uploadTtlHours } = this.config.attachments;
    if (size > maxFileBytes) {
      const message = msg('attachments.tooLarge', { name, max: maxFileBytes });
      throw new PayloadTooLargeError(message, [{ field: 'size', message }]);
    }
    if ((await this.attachments.count(kind, id)) >= maxPerObject) this.tooMany(maxPerObject);
    await this.sweepExpired();
    const uploadId = randomUUID();
    const now = new Date();
    const session: AttachmentUploadEntity = {
      id: uploadId,
      ownerKind: owner.kind,
      ownerId: owner.id,
      name,
      size,
      received: 0,
      storeRef: await this.store.beginUpload(uploadId),
      createdBy: scope.username,
      createdAt: now,
      expiresAt: new Date(now.getTime() + uploadTtlHours * 3600_000),
    };
    await this.attachments.createUpload(session);
    return uploadSessionView(session, this.store.chunkBytes, this.config.timezone);
  }

  async uploadStatus(scope: Scope, uploadId: string): Promise<UploadSessionDto> {
    return uploadSessionView(await this.session(scope, uploadId), this.store.chunkBytes, this.config.timezone);
  }

  /**
   * One chunk, `Content-Range: bytes start-end/size`: chunks of the store's size, each from a
   * multiple of it, the last one shorter. A chunk may be sent again (a break before its
   * answer): it replaces itself. One beyond what has arrived is refused (409), naming the offset.
   */
  async putChunk(scope: Scope, uploadId: string, request: IncomingMessage): Promise<UploadSessionDto> {
    const session = await this.session(scope, uploadId);
    const chunk = this.store.chunkBytes;
    const range = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(request.headers['content-range'] ?? '');
    const [start, end, total] = range ? range.slice(1).map(Number) : [NaN, NaN, NaN];
    const length = end - start + 1;
    const fits =
      range &&
      total === session.size &&
      start % chunk === 0 &&
      end < total &&
      (length === chunk || (end === total - 1 && length > 0 && length <= chunk));
    if (!fits) {
      request.resume();
      const message = msg('attachments.badRange', { size: session.size, chunk });
      throw new ValidationError([{ field: 'Content-Range', message }], message);
    }
    if (start > session.received) {
      request.resume();
      const message = msg('attachments.gap', { received: session.received });
      throw new ConflictError(message, [{ field: 'Content-Range', message }]);
    }
    try {
      await this.store.putChunk(session.id, session.storeRef, start / chunk, request, length);
    } catch (error) {
      // A chunk of the wrong length, or a client gone mid-chunk: nothing counted, send it again.
      if (!(error instanceof ChunkLengthError) && request.complete) throw error;
      request.resume();
      const message = msg('attachments.chunkLength', { length });
      throw new ValidationError([{ field: 'Content-Range', message }], message);
    }
    const expiresAt = new Date(Date.now() + this.config.attachments.uploadTtlHours * 3600_000);
    const received = await this.attachments.advanceUpload(session.id, start, end + 1, expiresAt);
    if (received === null) throw new NotFoundError(msg('nouns.upload'), uploadId);
    return uploadSessionView({ ...session, received, expiresAt }, this.store.chunkBytes, this.config.timezone);
  }

  /** All bytes arrived: staged, checked and kept as one upload is; the session ends either way. */
  async completeUpload(scope: Scope, uploadId: string): Promise<AttachmentDto> {
    const session = await this.session(scope, uploadId);
    if (session.received < session.size) {
      const message = msg('attachments.incomplete', { received: session.received, size: session.size });
      throw new ConflictError(message, [{ field: 'id', message }]);
    }
    const owner = await this.mayChange(scope, session.ownerKind as AttachmentOwnerKind, session.ownerId);
    // Claimed by deleting it: a completion sent twice keeps one file.
    if (!(await this.attachments.deleteUpload(session.id))) throw new NotFoundError(msg('nouns.upload'), uploadId);
    try {
      const staged = await this.store.stage(await this.store.assembled(session.id, session.storeRef));
      return await this.keep(scope, owner, staged, session.name, false);
    } finally {
      await this.store.dropUpload(session.id, session.storeRef);
    }
  }

  async abandonUpload(scope: Scope, uploadId: string): Promise<void> {
    const session = await this.session(scope, uploadId);
    if (await this.attachments.deleteUpload(session.id)) await this.store.dropUpload(session.id, session.storeRef);
  }

  /** Sessions with no chunk for ATTACHMENT_UPLOAD_TTL_HOURS: rows and chunks removed. */
  async sweepExpired(now = new Date()): Promise<number> {
    let removed = 0;
    for (const session of await this.attachments.expiredUploads(now)) {
      if (!(await this.attachments.deleteUpload(session.id))) continue;
      await this.store.dropUpload(session.id, session.storeRef);
      removed++;
    }
    return removed;
  }

  private async session(scope: Scope, uploadId: string): Promise<AttachmentUploadEntity> {
    const session = await this.attachments.getUpload(uploadId, scope.username);
    if (!session || session.expiresAt.getTime() < Date.now()) throw new NotFoundError(msg('nouns.upload'), uploadId);
    return session;
  }

  async download(scope: Scope, attachmentId: string): Promise<AttachmentDownload> {
    const row = await this.attachments.get(attachmentId);
    if (row.removedAt) throw new NotFoundError(msg('nouns.attachment'), attachmentId);
    const owner = await this.owner(scope, row.ownerKind as AttachmentOwnerKind, row.ownerId);
    if (owner.secret) {
      if (!(await this.mayReadSecret(scope, owner))) {
        throw new ForbiddenError(msg('attachments.secretFile'), [
          { field: 'id', message: msg('attachments.secretFile') },
        ]);
      }
      await this.attachments.recordSecretDownload(scope.username, row);
    }
    const stored = await this.store.open(row.sha256);
    if (!stored) throw new NotFoundError(msg('nouns.attachment'), attachmentId);
    return {
      file: new StreamableFile(counted(stored.stream), {
        type: row.mediaType,
        length: stored.size,
        disposition: contentDisposition(row.name),
      }),
      headers: { 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'private, no-store' },
    };
  }

  async remove(scope: Scope, attachmentId: string): Promise<void> {
    const row = await this.attachments.get(attachmentId);
    if (row.removedAt) throw new NotFoundError(msg('nouns.attachment'), attachmentId);
    await this.mayChange(scope, row.ownerKind as AttachmentOwnerKind, row.ownerId);
    if (!(await this.attachments.remove(attachmentId, scope.username))) {
      throw new NotFoundError(msg('nouns.attachment'), attachmentId);
    }
  }

  /** Re-hashes the stored bytes (removed files' too) and compares with the hash recorded at upload. */
  async verify(scope: Scope, attachmentId: string): Promise<AttachmentVerificationDto> {
    if (scope.role !== 'auditor' && scope.role !== 'admin') {
      throw new ForbiddenError(msg('attachments.onlyAuditors'));
    }
    const row = await this.attachments.get(attachmentId);
    await this.owner(scope, row.ownerKind as AttachmentOwnerKind, row.ownerId);
    const stored = await this.store.open(row.sha256);
    let actual: string | null = null;
    if (stored) {
      const hash = createHash('sha256');
      await pipeline(counted(stored.stream), hash);
      actual = hash.digest('hex');
    }
    return {
      id: row.id,
      result: actual === null ? 'missing' : actual === row.sha256 ? 'match' : 'mismatch',
      recorded: row.sha256,
      actual,
      removed: row.removedAt !== null,
    };
  }

  /**
   * The owner, when the reader may add or remove its files: an officer or leader of its acting
   * unit (a directive's issuing side, a task's lead unit or assigning side, a report's
   * reporting unit), cleared for it when it is secret. A draft: whoever may edit it.
   */
  private async mayChange(scope: Scope, kind: AttachmentOwnerKind, id: string): Promise<AttachmentOwner> {
    if (kind === 'draft') {
      // The draft machine's word on an edit (403 or 409 with its reason), cleared when secret.
      const draft = await this.owner(scope, kind, id, true);
      if (draft.secret && !(await this.mayReadSecret(scope, draft)))
        throw new ForbiddenError(msg('attachments.mayNotChange'));
      return draft;
    }
    const owner = await this.attachments.owner(scope, kind, id);
    const acting =
      (scope.role === 'officer' || scope.role === 'leader') &&
      (owner.actingUnits.includes(scope.unitPath) ||
        owner.actingFromAbove.some((path) => path.startsWith(scope.unitPath))) &&
      (!owner.secret || (await this.gate.mayRead(scope, owner.directiveId)));
    if (!acting) throw new ForbiddenError(msg('attachments.mayNotChange'));
    if (owner.closed) throw new ConflictError(owner.closed, [{ field: 'id', message: owner.closed }]);
    return owner;
  }

  private tooMany(max: number): never {
    const message = msg('attachments.tooMany', { max });
    throw new UnprocessableError(message, [{ field: FILE_FIELD, message }]);
  }
}
