import { ApiProperty } from '@nestjs/swagger';
import {
  CONFIDENTIALITY,
  STATUS_BUCKETS,
  TASK_PHASES,
  TASK_STATUSES,
  type Confidentiality,
  type StatusBucket,
  type TaskPhase,
  type TaskStatus,
} from '@dondoc/domain';
import {
  InstantProperty,
  IntProperty,
  LeadUnitRefDto,
  OffsetProperty,
  TextOrNullProperty,
  UnitRefDto,
  UuidProperty,
  type OffsetShape,
} from '../../common/dto/response.dto';
import { IndicatorViewDto, PeriodicDto, ProgressDto } from '../../directives/dto/directive.response';

/** The directive a task belongs to, as task lists name it. */
export class TaskDirectiveRefDto {
  @UuidProperty() id!: string;
  @ApiProperty({ example: '461-QĐ/TU' }) documentNumber!: string;
  @ApiProperty() title!: string;
}

/** A task in a list. */
export class TaskListItemDto {
  @UuidProperty() id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ type: TaskDirectiveRefDto }) directive!: TaskDirectiveRefDto;
  @ApiProperty({ type: PeriodicDto, nullable: true }) periodic!: PeriodicDto | null;
  @ApiProperty({ type: LeadUnitRefDto }) leadUnit!: LeadUnitRefDto;
  @ApiProperty({ enum: ['lead', 'coordinating'], description: 'The unit as lead or coordinating' })
  role!: 'lead' | 'coordinating';
  @UuidProperty({ nullable: true }) parentTaskId!: string | null;
  @IntProperty({ minimum: 0 }) depth!: number;
  @ApiProperty({ enum: TASK_STATUSES }) status!: TaskStatus;
  @ApiProperty({ enum: STATUS_BUCKETS }) bucket!: StatusBucket;
  @InstantProperty() deadline!: string;
  @InstantProperty() originalDeadline!: string;
}

export class IndicatorValueViewDto {
  @ApiProperty() name!: string;
  @ApiProperty({ type: Number }) value!: number;
  @ApiProperty({ required: false, description: 'Why the roll-up is adjusted' })
  note?: string;
}

export class TaskReportViewDto {
  @UuidProperty() id!: string;
  @IntProperty({ minimum: 1 }) version!: number;
  @ApiProperty() text!: string;
  @ApiProperty({ type: [IndicatorValueViewDto] }) indicatorValues!: IndicatorValueViewDto[];
  @ApiProperty({ type: [String] }) attachments!: string[];
  @ApiProperty() submittedBy!: string;
  @InstantProperty({ nullable: true }) submittedAt!: string | null;
  @ApiProperty() late!: boolean;
  @ApiProperty({ enum: ['accepted', 'returned'], nullable: true }) reviewOutcome!: 'accepted' | 'returned' | null;
  @TextOrNullProperty() reviewComment!: string | null;
}

export class ExtensionViewDto {
  @UuidProperty() id!: string;
  @InstantProperty({ nullable: true }) requestedDeadline!: string | null;
  @ApiProperty() reason!: string;
  @ApiProperty({ enum: ['pending', 'approved', 'rejected'] }) status!: 'pending' | 'approved' | 'rejected';
  @TextOrNullProperty() decisionComment!: string | null;
}

export class SubtaskViewDto {
  @UuidProperty() id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ type: LeadUnitRefDto }) leadUnit!: LeadUnitRefDto;
  @ApiProperty({ enum: TASK_STATUSES }) status!: TaskStatus;
  @ApiProperty({ enum: TASK_PHASES }) phase!: TaskPhase;
  @ApiProperty({ enum: STATUS_BUCKETS }) bucket!: StatusBucket;
  @InstantProperty({ nullable: true }) deadline!: string | null;
  @InstantProperty({ nullable: true }) completedAt!: string | null;
  @ApiProperty({ type: ProgressDto }) progress!: ProgressDto;
}

/** A task below a task, at any depth: a node of the task page's delegation tree. */
export class DescendantViewDto {
  @UuidProperty() id!: string;
  @UuidProperty({ description: 'The task it was delegated from' })
  parentTaskId!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ type: LeadUnitRefDto }) leadUnit!: LeadUnitRefDto;
  @ApiProperty({ enum: TASK_STATUSES }) status!: TaskStatus;
  @ApiProperty({ enum: STATUS_BUCKETS }) bucket!: StatusBucket;
  @InstantProperty() deadline!: string;
}

/** The task a sub-task was delegated from. */
export class ParentTaskViewDto {
  @UuidProperty() id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ type: LeadUnitRefDto }) leadUnit!: LeadUnitRefDto;
  @ApiProperty({ enum: TASK_STATUSES }) status!: TaskStatus;
  @ApiProperty({ enum: STATUS_BUCKETS }) bucket!: StatusBucket;
  @InstantProperty() deadline!: string;
}

/** One task with everything about it. */
export class TaskDto {
  @UuidProperty() id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: CONFIDENTIALITY }) confidentiality!: Confidentiality;
  @ApiProperty({ type: TaskDirectiveRefDto }) directive!: TaskDirectiveRefDto;
  @ApiProperty({ type: PeriodicDto, nullable: true }) periodic!: PeriodicDto | null;
  @ApiProperty({ type: LeadUnitRefDto }) leadUnit!: LeadUnitRefDto;
  @ApiProperty({ type: UnitRefDto }) assigningUnit!: UnitRefDto;
  @ApiProperty({ type: [UnitRefDto], description: 'Coordinating units' })
  coordinatingUnits!: UnitRefDto[];
  @TextOrNullProperty() description!: string | null;
  @ApiProperty({ description: 'A report is required' }) reportRequired!: boolean;
  @TextOrNullProperty() reportTemplate!: string | null;
  @ApiProperty({ type: [IndicatorViewDto] }) indicators!: IndicatorViewDto[];
  @UuidProperty({ nullable: true }) parentTaskId!: string | null;
  @ApiProperty({ type: ParentTaskViewDto, nullable: true }) parent!: ParentTaskViewDto | null;
  @IntProperty({ minimum: 0 }) depth!: number;
  @ApiProperty({ enum: TASK_STATUSES }) status!: TaskStatus;
  @ApiProperty({ enum: TASK_PHASES }) phase!: TaskPhase;
  @ApiProperty({ enum: STATUS_BUCKETS }) bucket!: StatusBucket;
  @InstantProperty({ nullable: true }) deadline!: string | null;
  @InstantProperty({ nullable: true }) originalDeadline!: string | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Working days left to the deadline, negative once past; null once the task is closed',
  })
  workingDaysLeft!: number | null;
  @InstantProperty({ nullable: true }) acknowledgedAt!: string | null;
  @InstantProperty({ nullable: true }) reviewDeadline!: string | null;
  @InstantProperty({ nullable: true }) revisionDeadline!: string | null;
  @OffsetProperty({ nullable: true, description: 'The configured period' })
  reviewPeriod!: OffsetShape | null;
  @OffsetProperty({ nullable: true, description: 'The configured period' })
  revisionPeriod!: OffsetShape | null;
  @InstantProperty({ nullable: true }) completedAt!: string | null;
  @ApiProperty({ type: [TaskReportViewDto] }) reports!: TaskReportViewDto[];
  @ApiProperty({ type: [ExtensionViewDto] }) extensions!: ExtensionViewDto[];
  @ApiProperty({ type: ProgressDto }) progress!: ProgressDto;
  @TextOrNullProperty() subtaskOverrideReason!: string | null;
  @ApiProperty({ type: [SubtaskViewDto] }) subtasks!: SubtaskViewDto[];
  @ApiProperty({
    type: [DescendantViewDto],
    description: 'Every task below, depth first, at most 500',
  })
  descendants!: DescendantViewDto[];
  @ApiProperty({ description: 'More tasks below than listed' })
  descendantsTruncated!: boolean;
}

export class DelegatedSubtaskDto {
  @UuidProperty() id!: string;
  @ApiProperty() title!: string;
  @UuidProperty() leadUnitId!: string;
  @InstantProperty() deadline!: string;
}

export class DelegationDto {
  @UuidProperty() parentTaskId!: string;
  @UuidProperty() delegationId!: string;
  @ApiProperty({ type: [DelegatedSubtaskDto] }) subtasks!: DelegatedSubtaskDto[];
}

export class AcknowledgedDto {
  @ApiProperty({ enum: TASK_PHASES, example: 'in_progress' }) phase!: TaskPhase;
  @ApiProperty() acknowledged!: boolean;
}

export class ReportReceiptDto {
  @UuidProperty() reportId!: string;
  @IntProperty({ minimum: 1 }) version!: number;
  @ApiProperty({ description: 'Submitted after the deadline' }) late!: boolean;
}

export class ReviewedDto {
  @ApiProperty({ enum: TASK_PHASES, example: 'revising' }) phase!: TaskPhase;
  @InstantProperty({ nullable: true }) revisionDeadline!: string | null;
}

export class ExtensionRequestedDto {
  @UuidProperty() requestId!: string;
}

export class ExtensionDecidedDto {
  @InstantProperty() deadline!: string;
  @InstantProperty() originalDeadline!: string;
}
