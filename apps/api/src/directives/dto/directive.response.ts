import { ApiProperty } from '@nestjs/swagger';
import {
  CONFIDENTIALITY,
  DIRECTIVE_STATUSES,
  STATUS_BUCKETS,
  TASK_STATUSES,
  URGENCY,
  type Confidentiality,
  type DirectiveStatus,
  type StatusBucket,
  type TaskStatus,
  type Urgency,
} from '@dondoc/domain';
import {
  DateProperty,
  EscalationPolicyDto,
  InstantProperty,
  IntProperty,
  OffsetProperty,
  ReminderPolicyDto,
  TextOrNullProperty,
  LeadUnitRefDto,
  UnitRefDto,
  UuidProperty,
  type OffsetShape,
} from '../../common/dto/response.dto';

/** Tasks by status bucket. */
export class BucketCountsDto {
  @IntProperty({ minimum: 0 }) open_within_deadline!: number;
  @IntProperty({ minimum: 0 }) open_overdue!: number;
  @IntProperty({ minimum: 0 }) completed_on_time!: number;
  @IntProperty({ minimum: 0 }) completed_late!: number;
  @IntProperty({ minimum: 0 }) cancelled!: number;
}

export class SubtaskCountsDto {
  @IntProperty({ minimum: 0 }) total!: number;
  @IntProperty({ minimum: 0 }) completed!: number;
  @IntProperty({ minimum: 0 }) open!: number;
  @IntProperty({ minimum: 0 }) cancelled!: number;
}

/** Progress rolled up from delegated sub-tasks. */
export class ProgressDto {
  @ApiProperty({ type: Number, minimum: 0, maximum: 1, example: 0.5 }) ratio!: number;
  @ApiProperty({ type: SubtaskCountsDto, description: 'Sub-tasks directly below' })
  subtasks!: SubtaskCountsDto;
}

export class IndicatorViewDto {
  @ApiProperty({ example: 'Số huyện không ma túy' }) name!: string;
  @ApiProperty({ example: 'huyện' }) unitOfMeasure!: string;
  @ApiProperty({ type: Number, nullable: true, example: 5 }) target!: number | null;
}

/** A round of a reporting cycle: which cycle and period. */
export class PeriodicDto {
  @UuidProperty() reportingCycleId!: string;
  @TextOrNullProperty({ example: '2026-Q4' }) periodKey!: string | null;
}

/** A task as its directive lists it. */
export class DirectiveTaskDto {
  @UuidProperty() id!: string;
  @ApiProperty() title!: string;
  @TextOrNullProperty() description!: string | null;
  @UuidProperty({ nullable: true }) parentTaskId!: string | null;
  @IntProperty({ minimum: 0 }) depth!: number;
  @ApiProperty({ type: LeadUnitRefDto }) leadUnit!: LeadUnitRefDto;
  @ApiProperty({ type: [UnitRefDto] }) coordinatingUnits!: UnitRefDto[];
  @ApiProperty({ enum: TASK_STATUSES }) status!: TaskStatus;
  @ApiProperty({ enum: STATUS_BUCKETS }) bucket!: StatusBucket;
  @InstantProperty() deadline!: string;
  @InstantProperty() originalDeadline!: string;
  @IntProperty({ nullable: true }) deadlineWorkingDays!: number | null;
  @InstantProperty({ nullable: true }) completedAt!: string | null;
  @ApiProperty() reportRequired!: boolean;
  @TextOrNullProperty() reportTemplate!: string | null;
  @ApiProperty({ type: [IndicatorViewDto] }) indicators!: IndicatorViewDto[];
  @ApiProperty({ type: ReminderPolicyDto }) reminderPolicy!: ReminderPolicyDto;
  @ApiProperty({ type: EscalationPolicyDto }) escalationPolicy!: EscalationPolicyDto;
  @OffsetProperty({ nullable: true, description: 'The configured period' })
  reviewPeriod!: OffsetShape | null;
  @OffsetProperty({ nullable: true, description: 'The configured period' })
  revisionPeriod!: OffsetShape | null;
  @TextOrNullProperty() cancelReason!: string | null;
  @ApiProperty({ type: ProgressDto }) progress!: ProgressDto;
}

/** A directive in a list. */
export class DirectiveSummaryDto {
  @UuidProperty() id!: string;
  @ApiProperty({ example: '15-KH/TU' }) documentNumber!: string;
  @ApiProperty({ example: '15-KH/TU' }) documentNumberNormalized!: string;
  @ApiProperty({ example: 'KH' }) type!: string;
  @ApiProperty({ example: 'Kế hoạch' }) typeName!: string;
  @ApiProperty() title!: string;
  @DateProperty({ example: '2026-11-23' }) issueDate!: string;
  @ApiProperty({ type: UnitRefDto }) issuingUnit!: UnitRefDto;
  @ApiProperty({ enum: CONFIDENTIALITY }) confidentiality!: Confidentiality;
  @ApiProperty({ enum: URGENCY }) urgency!: Urgency;
  @ApiProperty({ type: PeriodicDto, nullable: true }) periodic!: PeriodicDto | null;
  @ApiProperty({ enum: DIRECTIVE_STATUSES }) status!: DirectiveStatus;
  @InstantProperty() acceptedAt!: string;
  @ApiProperty({ type: BucketCountsDto }) progress!: BucketCountsDto;
}

/** The directive's own tasks, and how many have their follow-up started (the rest are being assigned). */
export class AssignmentDto {
  @IntProperty({ minimum: 0 }) total!: number;
  @IntProperty({ minimum: 0 }) started!: number;
}

/** A directive with its tasks. */
export class DirectiveDto extends DirectiveSummaryDto {
  @TextOrNullProperty() summary!: string | null;
  @ApiProperty({ example: 'bdv.tinh' }) createdBy!: string;
  @TextOrNullProperty() cancelReason!: string | null;
  @ApiProperty({ type: AssignmentDto }) assignment!: AssignmentDto;
  @IntProperty({
    minimum: 0,
    description:
      'How many tasks the reader sees; `tasks` carries the first 1,000 at most, the rest are pages of GET /tasks?directiveId=',
  })
  taskCount!: number;
  @ApiProperty({ type: [DirectiveTaskDto] }) tasks!: DirectiveTaskDto[];
}
