import { ApiProperty } from '@nestjs/swagger';
import { UNIT_KINDS, type Attainment, type UnitKind } from '@dondoc/domain';
import {
  EscalationPolicyDto,
  InstantProperty,
  IntProperty,
  OffsetProperty,
  OpenObject,
  ReminderPolicyDto,
  TextOrNullProperty,
  UuidProperty,
  type OffsetShape,
} from '../../common/dto/response.dto';

const NUMBERS_BY_NAME = { type: 'object', additionalProperties: { type: 'number' } } as const;
const NUMBERS_OR_NULL_BY_NAME = { type: 'object', additionalProperties: { type: 'number', nullable: true } } as const;
const ATTAINMENTS = ['reached', 'at_risk', 'missed', 'not_assessable'];

@OpenObject()
export class SubtreeRecipientDto {
  @UuidProperty() rootUnitId!: string;
  @ApiProperty({ enum: UNIT_KINDS, isArray: true, required: false }) kinds?: UnitKind[];
}

@OpenObject()
export class RecipientRuleDto {
  @ApiProperty({ type: 'array', items: { type: 'string', format: 'uuid' }, required: false }) units?: string[];
  @ApiProperty({ type: [SubtreeRecipientDto], required: false }) subtrees?: SubtreeRecipientDto[];
}

@OpenObject()
export class LevelDeadlineDto {
  @ApiProperty({ example: 'xã' }) level!: string;
  @IntProperty({ required: false, minimum: 0 }) workingDaysAfterCutOff?: number;
  @ApiProperty({ required: false, description: 'ISO 8601 duration' }) afterCutOff?: string;
}

@OpenObject()
export class RatioOfDto {
  @ApiProperty() numerator!: string;
  @ApiProperty() denominator!: string;
}

@OpenObject()
export class CycleIndicatorDto {
  @ApiProperty() name!: string;
  @ApiProperty() unitOfMeasure!: string;
  @ApiProperty({
    nullable: true,
    oneOf: [
      { type: 'number' },
      { type: 'object', required: ['min', 'max'], properties: { min: { type: 'number' }, max: { type: 'number' } } },
    ],
    description: 'A number or a range',
  })
  target!: number | { min: number; max: number } | null;
  @ApiProperty({ enum: ['sum', 'mean', 'min', 'max', 'count', 'ratio'] })
  aggregation!: 'sum' | 'mean' | 'min' | 'max' | 'count' | 'ratio';
  @ApiProperty({ type: RatioOfDto, nullable: true, required: false }) ratioOf?: RatioOfDto | null;
  @ApiProperty({ enum: ['higher', 'lower'] }) direction!: 'higher' | 'lower';
}

/** A reporting cycle: its definition, schedule window and state. */
export class ReportingCycleDto {
  @UuidProperty() id!: string;
  @UuidProperty() issuingUnitId!: string;
  @ApiProperty({ example: '461-QĐ/TU' }) legalBasisNormalized!: string;
  @ApiProperty() title!: string;
  @ApiProperty() legalBasis!: string;
  @ApiProperty({ example: 'quarterly' }) frequency!: string;
  @ApiProperty({ enum: ['state', 'calendar'] }) cutOffRule!: 'state' | 'calendar';
  @ApiProperty({ type: RecipientRuleDto }) recipients!: RecipientRuleDto;
  @UuidProperty({ nullable: true }) consolidatingUnitId!: string | null;
  @ApiProperty({ type: [LevelDeadlineDto] }) levelDeadlines!: LevelDeadlineDto[];
  @TextOrNullProperty() reportTemplate!: string | null;
  @ApiProperty({ type: [CycleIndicatorDto] }) indicators!: CycleIndicatorDto[];
  @ApiProperty({ type: ReminderPolicyDto }) reminderPolicy!: ReminderPolicyDto;
  @ApiProperty({ type: EscalationPolicyDto }) escalationPolicy!: EscalationPolicyDto;
  @OffsetProperty({ nullable: true }) reviewPeriod!: OffsetShape | null;
  @InstantProperty() startsAt!: string;
  @InstantProperty({ nullable: true }) endsAt!: string | null;
  @ApiProperty({ enum: ['active', 'paused', 'ended'] }) status!: 'active' | 'paused' | 'ended';
  @IntProperty({ minimum: 1 }) version!: number;
}

/** A cycle as a reader sees it: from the issuer's side, or as a unit that reports in it (read only). */
export class ReadableCycleDto extends ReportingCycleDto {
  @ApiProperty({ enum: ['issuer', 'recipient'] }) access!: 'issuer' | 'recipient';
}

const ROUND_STATUSES = ['open', 'withdrawn'] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];

/** Who withdrew a round, when and why. */
export class RoundWithdrawalDto {
  @InstantProperty() at!: string;
  @ApiProperty() by!: string;
  @ApiProperty() reason!: string;
}

export class RoundSummaryDto {
  @UuidProperty() id!: string;
  @ApiProperty({ enum: ROUND_STATUSES, description: 'Withdrawn by the issuer' })
  status!: RoundStatus;
  @ApiProperty({ example: '2026-Q1' }) periodKey!: string;
  @ApiProperty({ example: 'Quý I/2026' }) label!: string;
  @InstantProperty() cutOff!: string;
  @IntProperty({ minimum: 1 }) cycleVersion!: number;
  @ApiProperty() openedBy!: string;
  @InstantProperty() openedAt!: string;
}

export class RoundDeadlineDto {
  @ApiProperty() level!: string;
  @InstantProperty() deadline!: string;
}

export class NotReportedDto {
  @UuidProperty() unitId!: string;
  @ApiProperty() unitCode!: string;
  @ApiProperty() unitName!: string;
  @UuidProperty() taskId!: string;
  @ApiProperty() level!: string;
  @IntProperty({ minimum: 0 }) depth!: number;
  @InstantProperty() deadline!: string;
  @ApiProperty() late!: boolean;
  @IntProperty({ minimum: 0 }) workingDaysLate!: number;
}

/** A value a consolidating unit reported that departs from its roll-up, or carries a note. */
export class AdjustmentDto {
  @ApiProperty() indicator!: string;
  @ApiProperty({ type: Number, nullable: true, description: 'Roll-up of those below' })
  rollup!: number | null;
  @ApiProperty({ type: Number }) value!: number;
  @TextOrNullProperty() note!: string | null;
}

/** A report a unit still owes from an earlier round of the cycle (carried over until done). */
export class CarriedItemDto {
  @UuidProperty() unitId!: string;
  @UuidProperty() roundId!: string;
  @ApiProperty() periodKey!: string;
  @ApiProperty() label!: string;
  @UuidProperty() taskId!: string;
  @ApiProperty({ example: 'assigned', description: "The task's status, or 'pending' before it exists" })
  status!: string;
  @InstantProperty() deadline!: string;
}

/** One unit in a round's tree, with its own values and the roll-up of those below it. */
export class RoundNodeDto {
  @ApiProperty({ description: 'The unit' }) unitId!: string;
  @ApiProperty({ required: false }) unitCode?: string;
  @ApiProperty({ required: false }) unitName?: string;
  @UuidProperty({ required: false }) taskId?: string;
  @ApiProperty({ required: false }) level?: string;
  @ApiProperty({ ...NUMBERS_BY_NAME, nullable: true, description: 'Reported values' })
  reported!: Record<string, number> | null;
  @ApiProperty({ ...NUMBERS_OR_NULL_BY_NAME, description: 'Roll-up of those below' })
  rollup!: Record<string, number | null>;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string', enum: ATTAINMENTS } })
  attainment!: Record<string, Attainment>;
  @ApiProperty({ type: [AdjustmentDto] }) adjustments!: AdjustmentDto[];
  @ApiProperty({ type: [CarriedItemDto] }) carried!: CarriedItemDto[];
  @ApiProperty({ ...NUMBERS_OR_NULL_BY_NAME, nullable: true, description: 'The previous period' })
  previousPeriod!: Record<string, number | null> | null;
  @ApiProperty({ ...NUMBERS_OR_NULL_BY_NAME, nullable: true, description: 'A year before' })
  samePeriodLastYear!: Record<string, number | null> | null;
  @ApiProperty({ type: [String], description: 'Units below not reported' })
  missing!: string[];
  @ApiProperty({
    description: 'A report kept from a withdrawn round',
  })
  withdrawn!: boolean;
  @ApiProperty({ type: () => [RoundNodeDto] }) children!: RoundNodeDto[];
}

export class PeriodRollupDto {
  @TextOrNullProperty() key!: string | null;
  @ApiProperty({ ...NUMBERS_OR_NULL_BY_NAME, nullable: true }) rollup!: Record<string, number | null> | null;
}

/** A round as the issuer sees it. */
export class RoundDto {
  @UuidProperty() id!: string;
  @UuidProperty() cycleId!: string;
  @ApiProperty({ enum: ['issuer', 'recipient'], description: 'recipient: only its own place in the round' })
  access!: 'issuer' | 'recipient';
  @ApiProperty({ enum: ROUND_STATUSES }) status!: RoundStatus;
  @ApiProperty({ type: RoundWithdrawalDto, nullable: true }) withdrawal!: RoundWithdrawalDto | null;
  @ApiProperty() periodKey!: string;
  @ApiProperty() label!: string;
  @IntProperty({ minimum: 1 }) cycleVersion!: number;
  @InstantProperty() cutOff!: string;
  @ApiProperty({ type: [RoundDeadlineDto] }) deadlines!: RoundDeadlineDto[];
  @IntProperty({ minimum: 0 }) recipients!: number;
  @IntProperty({ minimum: 0 }) reported!: number;
  @ApiProperty({ type: [NotReportedDto] }) notReported!: NotReportedDto[];
  @ApiProperty({ type: [CarriedItemDto] }) carriedOver!: CarriedItemDto[];
  @ApiProperty({ type: RoundNodeDto }) tree!: RoundNodeDto;
  @ApiProperty({ type: PeriodRollupDto }) previousPeriod!: PeriodRollupDto;
  @ApiProperty({ type: PeriodRollupDto }) samePeriodLastYear!: PeriodRollupDto;
}

export class RoundOpenedDto {
  @ApiProperty({ description: 'The round was already open' }) created!: boolean;
  @ApiProperty({ type: RoundDto }) round!: RoundDto;
}

export class RoundUrgedDto {
  @UuidProperty() roundId!: string;
  @IntProperty({ minimum: 0, description: 'Units urged' }) urged!: number;
}

/** A round withdrawn: its tasks cancelled with the reason, its reports kept. */
export class RoundWithdrawnDto {
  @IntProperty({ minimum: 0, description: 'Tasks cancelled' }) cancelled!: number;
  @IntProperty({ minimum: 0, description: 'Reports kept' }) reportsKept!: number;
  @ApiProperty({ type: RoundDto }) round!: RoundDto;
}

/** A round with new deadlines for some levels. */
export class RoundAmendedDto {
  @IntProperty({ minimum: 0, description: 'Open tasks re-dated' }) retimed!: number;
  @ApiProperty({ type: RoundDto }) round!: RoundDto;
}

/** An ended cycle, with the rounds its ending withdrew. */
export class EndedCycleDto extends ReportingCycleDto {
  @ApiProperty({ enum: ['keep', 'withdraw'] }) openRounds!: 'keep' | 'withdraw';
  @ApiProperty({ type: [String], format: 'uuid', description: 'Rounds withdrawn' })
  withdrawnRounds!: string[];
}
