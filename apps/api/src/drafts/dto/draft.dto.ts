import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { DRAFT_KINDS, DRAFT_STATUSES, type DraftKind, type DraftStatus } from '@dondoc/domain';
import { InstantProperty, IntProperty, TextOrNullProperty, UuidProperty } from '../../common/dto/response.dto';
import { PagingQuery, toBoolean } from '../../common/dto/paging.dto';
import { MultilineText } from '../../common/input-boundary';
import { AmendmentDto, CreateDirectiveDto } from '../../directives/dto/create-directive.dto';

/** An edit: the whole directive body again, and the version it was made from (or If-Match). */
export class UpdateDraftDto extends CreateDirectiveDto {
  @ApiPropertyOptional({
    example: 1,
    description: 'The version the edit was made from (or send If-Match)',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

/** An officer's amendment of an issued directive, drafted for a leader's approval (decision 74). */
export class CreateAmendmentDraftDto {
  @ApiProperty({ format: 'uuid', description: 'The directive to amend' })
  @IsUUID()
  directiveId!: string;

  @ApiProperty({ type: AmendmentDto })
  @ValidateNested()
  @Type(() => AmendmentDto)
  amendment!: AmendmentDto;
}

export class SubmitDraftDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The approving leader (by default the issuing unit’s head)',
  })
  @IsOptional()
  @IsUUID()
  approverId?: string;
}

export class ReturnDraftDto {
  @ApiProperty({ example: 'Bổ sung đơn vị phối hợp; sửa hạn báo cáo' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  @MultilineText()
  comments!: string;
}

export class RejectDraftDto {
  @ApiProperty({ example: 'Nội dung đã có trong Kế hoạch 20-KH/TU' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  @MultilineText()
  reason!: string;
}

export class ListDraftsQuery extends PagingQuery {
  @ApiPropertyOptional({ enum: DRAFT_STATUSES })
  @IsOptional()
  @IsIn(DRAFT_STATUSES as unknown as string[])
  status?: DraftStatus;

  @ApiPropertyOptional({
    description: 'Only the drafts waiting for my approval (instead of my unit’s)',
    default: false,
  })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  awaitingMe?: boolean;
}

export class DraftCommentDto {
  @IntProperty({ minimum: 1 }) submission!: number;
  @ApiProperty({ example: 'thuongtruc.tu' }) by!: string;
  @InstantProperty() at!: string;
  @ApiProperty() comments!: string;
}

export class DraftSummaryDto {
  @UuidProperty() id!: string;
  @ApiProperty({ enum: DRAFT_KINDS, description: 'A new directive or an amendment' })
  kind!: DraftKind;
  @ApiProperty({ enum: DRAFT_STATUSES }) status!: DraftStatus;
  @IntProperty({ minimum: 1 }) version!: number;
  @ApiProperty({ example: 'Kế hoạch công tác dân vận năm 2026' }) title!: string;
  @ApiProperty({ example: '12-KH/TU' }) documentNumber!: string;
  @UuidProperty({ description: 'The drafting unit' }) unitId!: string;
  @UuidProperty({ description: 'The issuing unit' }) issuingUnitId!: string;
  @ApiProperty({ example: 'vp.tu' }) createdBy!: string;
  @IntProperty({ minimum: 0 }) submission!: number;
  @UuidProperty({ nullable: true }) approverId!: string | null;
  @TextOrNullProperty({ example: 'Nguyễn Văn Thường' }) approverName!: string | null;
  @InstantProperty({ nullable: true }) submittedAt!: string | null;
  @UuidProperty({
    nullable: true,
    description: 'The directive issued, or the one amended',
  })
  directiveId!: string | null;
  @InstantProperty() updatedAt!: string;
}

export class DraftDto extends DraftSummaryDto {
  @ApiProperty({
    type: CreateDirectiveDto,
    nullable: true,
    description: 'The directive body (a new directive)',
  })
  body!: CreateDirectiveDto | null;
  @ApiProperty({
    type: AmendmentDto,
    nullable: true,
    description: 'The amendment (an amendment draft)',
  })
  amendment!: AmendmentDto | null;
  @ApiProperty({ type: [DraftCommentDto], description: 'The comments of each return' })
  comments!: DraftCommentDto[];
  @TextOrNullProperty() rejectReason!: string | null;
  @ApiProperty({
    type: CreateDirectiveDto,
    nullable: true,
    description:
      'The body as it stood when the approver last returned it (a new directive returned at least once): what the edit since is compared with',
  })
  returnedBody!: CreateDirectiveDto | null;
}
