import { toZonedIso, type AttachmentOwnerKind } from '@dondoc/domain';
import type { AttachmentEntity, AttachmentUploadEntity } from '@dondoc/persistence';
import type { AttachmentDto, UploadSessionDto } from './dto/attachment.response';

/** A file as the API answers it, its link the content route. */
export function attachmentView(row: AttachmentEntity, timezone: string): AttachmentDto {
  return {
    id: row.id,
    ownerKind: row.ownerKind as AttachmentOwnerKind,
    ownerId: row.ownerId,
    name: row.name,
    mediaType: row.mediaType,
    size: row.size,
    sha256: row.sha256,
    uploadedBy: row.uploadedBy,
    createdAt: toZonedIso(row.createdAt, timezone),
    href: `/api/v1/attachments/${row.id}/content`,
  };
}

/** A resumable upload's session as the API answers it: how far it got and the chunk size to send. */
export function uploadSessionView(
  session: AttachmentUploadEntity,
  chunkBytes: number,
  timezone: string,
): UploadSessionDto {
  return {
    id: session.id,
    ownerKind: session.ownerKind as AttachmentOwnerKind,
    ownerId: session.ownerId,
    name: session.name,
    // Numbers: TypeORM's insert writes the column default back as the driver's bigint string.
    size: Number(session.size),
    received: Number(session.received),
    chunkBytes,
    expiresAt: toZonedIso(session.expiresAt, timezone),
    href: `/api/v1/uploads/${session.id}`,
  };
}
