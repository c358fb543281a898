import { ApiProperty } from '@nestjs/swagger';
import { CONFLICT_KINDS, TASK_PHASES } from '@dondoc/domain';
import { InstantProperty, IntProperty, TextOrNullProperty, UuidProperty } from '../../common/dto/response.dto';

const ToCode = () =>
  TextOrNullProperty({
    description: 'The successor’s code; null: none chosen',
  });
const FromCode = () => ApiProperty({ description: 'The unit it moves from' });
const FromName = () => ApiProperty({ description: 'Its current name, for “formerly …”' });

export class ReorganisationConflictDto {
  @ApiProperty({ enum: CONFLICT_KINDS }) kind!: string;
  @ApiProperty({ example: 'operations[0].from[1]', description: 'Where in the plan' })
  field!: string;
  @ApiProperty() message!: string;
  @ApiProperty({
    type: [String],
    description: 'Codes, usernames or task ids',
  })
  subjects!: string[];
}

export class ReorganisationCountsDto {
  @IntProperty({ minimum: 0 }) units!: number;
  @IntProperty({ minimum: 0, description: 'A directive’s own tasks' })
  tasks!: number;
  @IntProperty({ minimum: 0, description: 'Delegated sub-tasks' }) subTasks!: number;
  @IntProperty({ minimum: 0 }) roundObligations!: number;
  @IntProperty({ minimum: 0 }) cycleRecipients!: number;
  @IntProperty({ minimum: 0 }) explanationRequests!: number;
  @IntProperty({ minimum: 0 }) users!: number;
  @IntProperty({ minimum: 0 }) webhooks!: number;
  @IntProperty({ minimum: 0 }) preferences!: number;
}

export class UnitChangeDto {
  @ApiProperty() code!: string;
  @UuidProperty({ nullable: true, description: 'A unit the plan creates' }) id!: string | null;
  @ApiProperty({
    type: 'array',
    items: {
      type: 'string',
      enum: ['created', 'merged', 'split', 'abolished', 'moved', 'reparented', 'renamed', 'path'],
    },
  })
  reasons!: string[];
  @TextOrNullProperty() nameBefore!: string | null;
  @ApiProperty() nameAfter!: string;
  @ApiProperty() activeAfter!: boolean;
  @ToCode() successorCode!: string | null;
  @TextOrNullProperty({ example: '/TU-GL/DU-IAGRAI/', description: 'Path as codes' })
  pathBefore!: string | null;
  @ApiProperty({ example: '/TU-GL/DU-IAGRAI-CHUSE/' }) pathAfter!: string;
}

export class TaskMoveDto {
  @UuidProperty() taskId!: string;
  @ApiProperty() title!: string;
  @UuidProperty() directiveId!: string;
  @ApiProperty({ enum: ['lead', 'coordinating', 'assigning'] }) role!: string;
  @ApiProperty({ description: 'A delegated sub-task' }) delegated!: boolean;
  @ApiProperty() status!: string;
  @ApiProperty({ enum: TASK_PHASES }) phase!: string;
  @InstantProperty() deadline!: string;
  @FromCode() fromCode!: string;
  @FromName() fromName!: string;
  @ToCode() toCode!: string | null;
}

export class RoundObligationMoveDto {
  @UuidProperty() roundId!: string;
  @ApiProperty() label!: string;
  @UuidProperty() taskId!: string;
  @ApiProperty({ enum: TASK_PHASES }) phase!: string;
  @FromCode() fromCode!: string;
  @FromName() fromName!: string;
  @ToCode() toCode!: string | null;
  @ApiProperty({
    enum: ['moves', 'kept', 'merged', 'given', 'satisfied', 'stays'],
    description: 'The merge rule',
  })
  outcome!: string;
  @UuidProperty({ nullable: true, description: 'The obligation it is merged into' })
  keptTaskId!: string | null;
  @ApiProperty({ description: 'The successor’s own' }) successorOwn!: boolean;
}

export class CycleRecipientMoveDto {
  @UuidProperty() cycleId!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: ['issuer', 'consolidating', 'recipient', 'subtreeRoot'] }) role!: string;
  @FromCode() fromCode!: string;
  @FromName() fromName!: string;
  @ToCode() toCode!: string | null;
}

export class ExplanationMoveDto {
  @UuidProperty() explanationId!: string;
  @UuidProperty() taskId!: string;
  @ApiProperty({ enum: ['asked', 'requesting'] }) role!: string;
  @FromCode() fromCode!: string;
  @FromName() fromName!: string;
  @ToCode() toCode!: string | null;
}

export class UserMoveDto {
  @UuidProperty() userId!: string;
  @ApiProperty() username!: string;
  @ApiProperty() fullName!: string;
  @FromCode() fromCode!: string;
  @ToCode() toCode!: string | null;
}

export class WebhookMoveDto {
  @UuidProperty() webhookId!: string;
  @ApiProperty() url!: string;
  @FromCode() fromCode!: string;
  @ToCode() toCode!: string | null;
}

export class PreferenceMoveDto {
  @UuidProperty() userId!: string;
  @ApiProperty() username!: string;
  @ApiProperty() digest!: boolean;
  @IntProperty({ nullable: true, minimum: 0 }) quietStart!: number | null;
  @IntProperty({ nullable: true, minimum: 0 }) quietEnd!: number | null;
  @ToCode() toCode!: string | null;
}

/** The dry run's answer: the conflicts first, then the counts, then every row that would move. */
export class ReorganisationPreviewDto {
  @ApiProperty({ enum: [true] }) dryRun!: true;
  @ApiProperty({ type: [ReorganisationConflictDto] }) conflicts!: ReorganisationConflictDto[];
  @ApiProperty({ type: ReorganisationCountsDto }) counts!: ReorganisationCountsDto;
  @ApiProperty({ type: [UnitChangeDto] }) units!: UnitChangeDto[];
  @ApiProperty({ type: [TaskMoveDto], description: 'One row per role the unit holds' })
  tasks!: TaskMoveDto[];
  @ApiProperty({ type: [RoundObligationMoveDto] }) roundObligations!: RoundObligationMoveDto[];
  @ApiProperty({ type: [CycleRecipientMoveDto] }) cycleRecipients!: CycleRecipientMoveDto[];
  @ApiProperty({ type: [ExplanationMoveDto] }) explanationRequests!: ExplanationMoveDto[];
  @ApiProperty({ type: [UserMoveDto] }) users!: UserMoveDto[];
  @ApiProperty({ type: [WebhookMoveDto] }) webhooks!: WebhookMoveDto[];
  @ApiProperty({ type: [PreferenceMoveDto] }) preferences!: PreferenceMoveDto[];
}

/** A plan stored for its effective instant (dryRun: false), or cancelled before it. */
export class ReorganisationProgressDto {
  @IntProperty({ minimum: 0, description: 'Units created, changed or ended' }) units!: number;
  @IntProperty({ minimum: 0 }) users!: number;
  @IntProperty({ minimum: 0 }) webhooks!: number;
  @IntProperty({ minimum: 0, description: 'Tasks whose driver took the hand-over' }) tasksHandedOver!: number;
  @IntProperty({ minimum: 0, description: 'Tasks that had closed meanwhile' }) tasksSkipped!: number;
  @IntProperty({ minimum: 0 }) explanationsHandedOver!: number;
  @IntProperty({
    minimum: 0,
    required: false,
    description: 'Round obligations closed by the merge rule (folded into the kept one, or answered by a report given)',
  })
  obligationsClosed?: number;
  @IntProperty({
    minimum: 0,
    required: false,
    description: 'Reporting cycles given a new version naming the successors',
  })
  cyclesAmended?: number;
}

export class StoredConflictDto {
  @ApiProperty({ enum: CONFLICT_KINDS }) kind!: string;
  @ApiProperty({ example: 'operations[0].from[1]', description: 'Where in the plan' })
  field!: string;
  @ApiProperty({ type: [String], description: 'Codes, usernames or task ids' })
  subjects!: string[];
}

export class ReorganisationPlanDto {
  @UuidProperty() id!: string;
  @ApiProperty({
    enum: ['planned', 'cancelled', 'refused', 'applying', 'applied'],
    description: 'refused: a conflict found at the instant, nothing applied',
  })
  status!: string;
  @InstantProperty({ description: 'The effective instant, Vietnamese time' })
  effectiveAt!: string;
  @IntProperty({ minimum: 1 }) operationCount!: number;
  @ApiProperty({ type: ReorganisationCountsDto, description: 'The preview’s counts when stored' })
  counts!: ReorganisationCountsDto;
  @ApiProperty() createdBy!: string;
  @InstantProperty() createdAt!: string;
  @TextOrNullProperty() cancelledBy!: string | null;
  @InstantProperty({ nullable: true }) cancelledAt!: string | null;
  @InstantProperty({ nullable: true }) appliedAt!: string | null;
  @ApiProperty({
    type: ReorganisationProgressDto,
    nullable: true,
    description: 'While applying, the workflow’s counts; applied, the final ones',
  })
  progress!: ReorganisationProgressDto | null;
  @ApiProperty({ type: [StoredConflictDto], nullable: true, description: 'Refused: the conflicts met at the instant' })
  conflicts!: StoredConflictDto[] | null;
}

/** The stored plans, most recent first (at most 50). */
export class ReorganisationPlanListDto {
  @ApiProperty({ type: [ReorganisationPlanDto] }) items!: ReorganisationPlanDto[];
}
