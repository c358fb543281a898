import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { MultilineText } from '../common/input-boundary';

export class FailingActivityDto {
  @ApiProperty({ example: 'recordDirective' })
  activityType!: string;

  @ApiProperty({ type: 'integer', minimum: 1, example: 7, description: 'The current attempt' })
  attempt!: number;

  @ApiProperty({ type: String, nullable: true, example: 'invalid byte sequence for encoding "UTF8": 0x00' })
  lastFailure!: string | null;
}

export class StuckWorkflowDto {
  @ApiProperty({ example: 'directive:0b6f5c1e-9f7d-4a51-8e5e-2c6d6b1f1a10' })
  workflowId!: string;

  @ApiProperty({ example: '4a7d5bd8-0d3a-4f57-9d1a-0c7a3e9c2b11' })
  runId!: string;

  @ApiProperty({ example: 'directiveWorkflow' })
  workflowType!: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  startedAt!: string | null;

  @ApiProperty({ type: [FailingActivityDto] })
  activities!: FailingActivityDto[];
}

export class StuckWorkflowsDto {
  @ApiProperty({ type: [StuckWorkflowDto] })
  items!: StuckWorkflowDto[];

  @ApiProperty({ type: 'integer', minimum: 0, example: 1 })
  total!: number;
}

export class ResolveStuckWorkflowDto {
  @ApiProperty({ example: 'Dữ liệu hỏng từ bản cũ, đã báo người ban hành' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  @MultilineText()
  reason!: string;

  @ApiPropertyOptional({
    enum: ['terminate', 'cancel'],
    default: 'terminate',
    description: 'terminate: stop at once; cancel: let it end on cancellation',
  })
  @IsOptional()
  @IsIn(['terminate', 'cancel'])
  action?: 'terminate' | 'cancel';
}

export class ResolvedWorkflowDto extends StuckWorkflowDto {
  @ApiProperty({ enum: ['terminate', 'cancel'] })
  action!: 'terminate' | 'cancel';

  @ApiProperty()
  reason!: string;
}
