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
