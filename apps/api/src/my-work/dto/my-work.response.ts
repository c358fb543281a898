import { DraftSummaryDto } from '../../drafts/dto/draft.dto';
import { ApiProperty } from '@nestjs/swagger';
import {
  CONFIDENTIALITY,
  MY_WORK_ACTIONS,
  MY_WORK_BUCKETS,
  TASK_PHASES,
  URGENCY,
  type Confidentiality,
  type MyWorkAction,
  type MyWorkBucket,
  type TaskPhase,
  type Urgency,
} from '@dondoc/domain';
import { InstantProperty, IntProperty, UnitRefDto, UuidProperty } from '../../common/dto/response.dto';
import { PeriodicDto } from '../../directives/dto/directive.response';

export class MyWorkTaskDto {
  @UuidProperty() id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: TASK_PHASES }) phase!: TaskPhase;
  @InstantProperty() deadline!: string;
  @ApiProperty({ description: 'A report is required' }) reportRequired!: boolean;
}

export class MyWorkDirectiveDto {
  @UuidProperty() id!: string;
  @ApiProperty({ example: '461-QĐ/TU' }) documentNumber!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: CONFIDENTIALITY }) confidentiality!: Confidentiality;
  @ApiProperty({ enum: URGENCY }) urgency!: Urgency;
}

/** The report waiting for review. */
export class MyWorkReportRefDto {
  @UuidProperty() id!: string;
  @IntProperty({ minimum: 1 }) version!: number;
}

/** The explanation asked of my unit. */
export class MyWorkExplanationRefDto {
  @UuidProperty() id!: string;
  @ApiProperty() note!: string;
}

/** One thing to do and its one next action. */
export class MyWorkItemDto {
  @ApiProperty({
    enum: MY_WORK_ACTIONS,
    description: 'The next action: acknowledge, report, review, answer an explanation, answer a round',
  })
  action!: MyWorkAction;
  @InstantProperty({ description: 'When this action is due' }) dueAt!: string;
  @ApiProperty({ type: MyWorkTaskDto }) task!: MyWorkTaskDto;
  @ApiProperty({ type: MyWorkDirectiveDto }) directive!: MyWorkDirectiveDto;
  @ApiProperty({ type: PeriodicDto, nullable: true }) periodic!: PeriodicDto | null;
  @ApiProperty({
    type: UnitRefDto,
    description: 'The other side: who assigned, who reported, who asked',
  })
  counterpart!: UnitRefDto;
  @ApiProperty({ type: MyWorkReportRefDto, nullable: true }) report!: MyWorkReportRefDto | null;
  @ApiProperty({ type: MyWorkExplanationRefDto, nullable: true }) explanation!: MyWorkExplanationRefDto | null;
}

export class MyWorkBucketDto {
  @ApiProperty({ enum: MY_WORK_BUCKETS }) bucket!: MyWorkBucket;
  @IntProperty({ minimum: 0, description: 'Every item of the bucket' }) count!: number;
  @ApiProperty({ type: [MyWorkItemDto], description: 'By due instant, at most limit' })
  items!: MyWorkItemDto[];
}

/** What the signed-in person must do, bucket by bucket in order of urgency. */
export class MyWorkApprovalsDto {
  @IntProperty({ minimum: 0 }) count!: number;
  @ApiProperty({ type: [DraftSummaryDto] }) items!: DraftSummaryDto[];
}

export class MyWorkDto {
  @InstantProperty() asOf!: string;
  @IntProperty({ minimum: 0, description: 'Every item of every bucket' }) total!: number;
  @ApiProperty({ type: [MyWorkBucketDto], description: 'Every bucket, most urgent first' })
  buckets!: MyWorkBucketDto[];
  @ApiProperty({
    type: MyWorkApprovalsDto,
    description: 'Drafts waiting for my approval (leaders), oldest first; not in total',
  })
  approvals!: MyWorkApprovalsDto;
}
