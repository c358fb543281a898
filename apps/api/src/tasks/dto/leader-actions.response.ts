import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { InstantProperty, IntProperty, UuidProperty } from '../../common/dto/response.dto';

export class TaskUrgedDto {
  @UuidProperty() taskId!: string;
  @InstantProperty() urgedAt!: string;
  @InstantProperty({ description: 'The next urge is allowed from' })
  nextAllowedAt!: string;
}

export const BULK_REFUSALS = ['not_found', 'forbidden', 'closed', 'rate_limited', 'not_late'] as const;
export type BulkRefusal = (typeof BULK_REFUSALS)[number];

/** The answer for one task of a bulk action. */
export class BulkItemDto {
  @UuidProperty() taskId!: string;
  @ApiProperty({ enum: ['done', 'refused'] }) status!: 'done' | 'refused';
  @ApiPropertyOptional({
    enum: BULK_REFUSALS,
    description: 'Why not: not visible, not the assigning side, closed, urged too recently, not late',
  })
  reason?: BulkRefusal;
  @InstantProperty({ required: false, description: 'rate_limited, done (urge): when the next urge is allowed' })
  nextAllowedAt?: string;
  @UuidProperty({ required: false, description: 'explanations: the request made' })
  explanationId?: string;
  @InstantProperty({ required: false, description: 'explanations: when the answer is due' })
  dueAt?: string;
}

export class BulkResultDto {
  @IntProperty({ minimum: 0 }) done!: number;
  @IntProperty({ minimum: 0 }) refused!: number;
  @ApiProperty({ type: [BulkItemDto], description: 'One per id, in order' })
  results!: BulkItemDto[];
}

export class DeadlineChangedDto {
  @UuidProperty() taskId!: string;
  @InstantProperty() deadline!: string;
  @InstantProperty() originalDeadline!: string;
}
