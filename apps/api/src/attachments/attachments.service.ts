import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Inject, Injectable, StreamableFile } from '@nestjs/common';
import busboy from 'busboy';
import { AppConfig } from '@dondoc/config';
import {
  cleanFileName,
  contentDisposition,
  ForbiddenError,
  msg,
  NotFoundError,
  PayloadTooLargeError,
  toZonedIso,
  UnprocessableError,
  UnsupportedMediaTypeError,
  ValidationError,
  type AttachmentOwnerKind,
  type Scope,
} from '@dondoc/domain';
import { AttachmentsRepository, type AttachmentEntity, type AttachmentOwner } from '@dondoc/persistence';
import { ContentGate } from '../security/content-gate';
import { AttachmentStore, type StagedFile } from './attachment-store';
import type { AttachmentDto, AttachmentVerificationDto } from './dto/attachment.response';
import { sniffStaged } from './sniff-staged';

/** The multipart field that carries the file. */
export const FILE_FIELD = 'file';

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
export class AttachmentsService {
  constructor(
    @Inject(AttachmentsRepository) private readonly attachments: AttachmentsRepository,
    @Inject(AttachmentStore) private readonly store: AttachmentStore,
    @Inject(ContentGate) private readonly gate: ContentGate,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  async list(scope: Scope, kind: AttachmentOwnerKind, id: string): Promise<AttachmentDto[]> {
    await this.attachments.owner(scope, kind, id);
    return (await this.attachments.list(kind, id)).map((row) => this.view(row));
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
    const received = await this.receive(request, maxFileBytes);
    const { staged } = received;
    const name = cleanFileName(received.name);
    try {
      if (received.truncated) {
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
      return this.view(row);
    } finally {
      await staged.discard();
    }
  }

  async download(scope: Scope, attachmentId: string): Promise<AttachmentDownload> {
    const row = await this.attachments.get(attachmentId);
    if (row.removedAt) throw new NotFoundError(msg('nouns.attachment'), attachmentId);
    const owner = await this.attachments.owner(scope, row.ownerKind as AttachmentOwnerKind, row.ownerId);
    if (owner.secret) {
      if (!(await this.gate.mayRead(scope, owner.directiveId))) {
        throw new ForbiddenError(msg('attachments.secretFile'), [
          { field: 'id', message: msg('attachments.secretFile') },
        ]);
      }
      await this.attachments.recordSecretDownload(scope.username, row);
    }
    const stored = await this.store.open(row.sha256);
    if (!stored) throw new NotFoundError(msg('nouns.attachment'), attachmentId);
    return {
      file: new StreamableFile(stored.stream, {
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
    await this.attachments.owner(scope, row.ownerKind as AttachmentOwnerKind, row.ownerId);
    const stored = await this.store.open(row.sha256);
    let actual: string | null = null;
    if (stored) {
      const hash = createHash('sha256');
      await pipeline(stored.stream, hash);
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
   * reporting unit), cleared for it when it is secret.
   */
  private async mayChange(scope: Scope, kind: AttachmentOwnerKind, id: string): Promise<AttachmentOwner> {
    const owner = await this.attachments.owner(scope, kind, id);
    const acting =
      (scope.role === 'officer' || scope.role === 'leader') &&
      (owner.actingUnits.includes(scope.unitPath) ||
        owner.actingFromAbove.some((path) => path.startsWith(scope.unitPath))) &&
      (!owner.secret || (await this.gate.mayRead(scope, owner.directiveId)));
    if (!acting) throw new ForbiddenError(msg('attachments.mayNotChange'));
    return owner;
  }

  private tooMany(max: number): never {
    const message = msg('attachments.tooMany', { max });
    throw new UnprocessableError(message, [{ field: FILE_FIELD, message }]);
  }

  /**
   * Reads the multipart body: the field `file` streamed to the store (busboy stops passing
   * bytes at the limit and marks the part truncated; the rest of the body is read and dropped,
   * so the client gets its 413 rather than a reset connection). Other parts are drained.
   */
  private receive(
    request: IncomingMessage,
    maxFileBytes: number,
  ): Promise<{ staged: StagedFile; name: string; truncated: boolean }> {
    const notMultipart = () =>
      new UnsupportedMediaTypeError(msg('attachments.notMultipart'), [
        { field: FILE_FIELD, message: msg('attachments.notMultipart') },
      ]);
    if (!/^multipart\/form-data\b/i.test(request.headers['content-type'] ?? '')) return Promise.reject(notMultipart());
    return new Promise((resolve, reject) => {
      let parser: ReturnType<typeof busboy>;
      try {
        parser = busboy({
          headers: request.headers,
          defParamCharset: 'utf8',
          limits: { files: 1, fileSize: maxFileBytes, fields: 20, parts: 25 },
        });
      } catch {
        reject(notMultipart());
        return;
      }
      let staging: Promise<StagedFile> | null = null;
      let part: Readable | null = null;
      let name = '';
      let truncated = false;
      let failed = false;
      const fail = (error: unknown) => {
        if (failed) return;
        failed = true;
        request.unpipe(parser);
        request.resume();
        // The part being staged ends here, so staging fails and removes its partial file.
        part?.destroy(error instanceof Error ? error : new Error('upload failed'));
        void staging?.then(
          (staged) => staged.discard(),
          () => undefined,
        );
        reject(error);
      };
      parser.on('file', (field, stream, info) => {
        if (field !== FILE_FIELD || staging) {
          stream.resume();
          return;
        }
        name = info.filename ?? '';
        part = stream;
        stream.on('limit', () => {
          truncated = true;
        });
        staging = this.store.stage(stream);
        staging.catch(fail);
      });
      parser.on('close', () => {
        if (failed) return;
        if (!staging) {
          fail(
            new ValidationError([{ field: FILE_FIELD, message: msg('attachments.noFile') }], msg('attachments.noFile')),
          );
          return;
        }
        staging.then((staged) => (failed ? staged.discard() : resolve({ staged, name, truncated })), fail);
      });
      parser.on('error', fail);
      // A client that breaks off mid-upload: nothing of it is kept.
      request.on('close', () => {
        if (!request.complete) fail(new ValidationError([{ field: FILE_FIELD, message: msg('attachments.noFile') }]));
      });
      request.pipe(parser);
    });
  }

  private view(row: AttachmentEntity): AttachmentDto {
    return {
      id: row.id,
      ownerKind: row.ownerKind as AttachmentOwnerKind,
      ownerId: row.ownerId,
      name: row.name,
      mediaType: row.mediaType,
      size: row.size,
      sha256: row.sha256,
      uploadedBy: row.uploadedBy,
      createdAt: toZonedIso(row.createdAt, this.config.timezone),
      href: `/api/v1/attachments/${row.id}/content`,
    };
  }
}
