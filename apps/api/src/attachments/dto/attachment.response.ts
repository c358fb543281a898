import { ApiProperty } from '@nestjs/swagger';
import { ALLOWED_TYPES, ATTACHMENT_OWNER_KINDS, type AttachmentOwnerKind } from '@dondoc/domain';
import { InstantProperty, IntProperty, UuidProperty } from '../../common/dto/response.dto';

/** A file attached to a directive, task, report or explanation request. */
export class AttachmentDto {
  @UuidProperty() id!: string;
  @ApiProperty({ enum: ATTACHMENT_OWNER_KINDS }) ownerKind!: AttachmentOwnerKind;
  @UuidProperty() ownerId!: string;
  @ApiProperty({
    description: 'The name as given, NFC',
    example: 'Báo cáo quý II.pdf',
  })
  name!: string;
  @ApiProperty({ enum: ALLOWED_TYPES, description: 'Found from the bytes' })
  mediaType!: string;
  @IntProperty({ minimum: 0, description: 'Bytes' }) size!: number;
  @ApiProperty({ pattern: '^[0-9a-f]{64}$', description: 'SHA-256 (hex)' }) sha256!: string;
  @ApiProperty() uploadedBy!: string;
  @InstantProperty() createdAt!: string;
  @ApiProperty({ description: 'Where to download it', example: '/api/v1/attachments/{id}/content' })
  href!: string;
}

/** The auditor's check of a file against its recorded hash. */
export class AttachmentVerificationDto {
  @UuidProperty() id!: string;
  @ApiProperty({ enum: ['match', 'mismatch', 'missing'] }) result!: 'match' | 'mismatch' | 'missing';
  @ApiProperty({ pattern: '^[0-9a-f]{64}$', description: 'SHA-256 recorded at upload' }) recorded!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    pattern: '^[0-9a-f]{64}$',
    description: 'SHA-256 of the stored bytes now',
  })
  actual!: string | null;
  @ApiProperty({ description: 'Removed, bytes kept' }) removed!: boolean;
}

/** A resumable upload under way: how far it got, and how to send the rest. */
export class UploadSessionDto {
  @UuidProperty() id!: string;
  @ApiProperty({ enum: ATTACHMENT_OWNER_KINDS }) ownerKind!: AttachmentOwnerKind;
  @UuidProperty() ownerId!: string;
  @ApiProperty({ description: 'The name as given, NFC', example: 'Báo cáo quý II.pdf' }) name!: string;
  @IntProperty({ minimum: 1, description: 'Bytes announced' }) size!: number;
  @IntProperty({ minimum: 0, description: 'Bytes arrived in order: the next chunk starts here' }) received!: number;
  @IntProperty({
    minimum: 1,
    description: 'Chunk size: each chunk starts at a multiple of it; only the last is shorter',
  })
  chunkBytes!: number;
  @InstantProperty() expiresAt!: string;
  @ApiProperty({
    description: 'PUT chunks here (Content-Range), GET to resume, POST …/complete, DELETE to abandon',
    example: '/api/v1/uploads/{id}',
  })
  href!: string;
}
