import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMinSize,
  IsArray,
  IsIn,
  IsISO8601,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ArrayMaxSize,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import type {
  CycleIndicator,
  CycleLevelPolicy,
  EscalationPolicy,
  Offset,
  RecipientRule,
  ReminderPolicy,
} from '@dondoc/domain';
import {
  EscalationPolicyDto,
  ISO_DURATION_PATTERN,
  OffsetProperty,
  ReminderPolicyDto,
} from '../../common/dto/response.dto';
import { CycleIndicatorDto, LevelDeadlineDto, RecipientRuleDto } from './reporting-cycle.response';
import { MultilineText } from '../../common/input-boundary';

/** Seed 003: the quarterly briefing on the people's situation under 461-QĐ/TU. */
export const CYCLE_EXAMPLE = {
  issuingUnitId: '6f1c3b2a-1d4e-4c5f-8a9b-0c1d2e3f4a5b',
  title: 'Báo cáo tình hình nhân dân và công tác dân vận',
  legalBasis: 'Quyết định số 461-QĐ/TU ngày 14/12/2021',
  frequency: 'quarterly',
  cutOffRule: 'state',
  recipients: {
    subtrees: [{ rootUnitId: '6f1c3b2a-1d4e-4c5f-8a9b-0c1d2e3f4a5b', kinds: ['commune', 'fatherland_front'] }],
  },
  levelDeadlines: [
    { level: 'xã', workingDaysAfterCutOff: 2 },
    { level: 'tổng hợp', workingDaysAfterCutOff: 4 },
  ],
  indicators: [
    {
      name: 'Xã không ma túy',
      unitOfMeasure: 'xã',
      target: { min: 4, max: 5 },
      aggregation: 'sum',
      direction: 'higher',
    },
    {
      name: 'Số vụ việc phức tạp',
      unitOfMeasure: 'vụ',
      target: 0,
      aggregation: 'sum',
      direction: 'lower',
    },
  ],
  startsAt: '2026-01-01T00:00:00+07:00',
};

/** A reporting cycle, as created; an amendment sends the same shape (the issuing unit cannot change). */
export class CycleDto {
  @ApiProperty({ example: CYCLE_EXAMPLE.issuingUnitId })
  @IsUUID()
  issuingUnitId!: string;

  @ApiProperty({ example: CYCLE_EXAMPLE.title })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  title!: string;

  @ApiProperty({ example: CYCLE_EXAMPLE.legalBasis, description: 'The legal basis' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  legalBasis!: string;

  @ApiProperty({
    example: 'quarterly',
    // A named kind, or a duration of at least a second (PT0S is refused by the domain rule).
    pattern: `^(monthly|quarterly|six_monthly|nine_monthly|yearly)$|${ISO_DURATION_PATTERN}`,
    description: 'Or an ISO duration for tests',
  })
  @IsString()
  @MaxLength(30)
  frequency!: string;

  @ApiPropertyOptional({ enum: ['state', 'calendar'], example: 'state' })
  @IsOptional()
  @IsIn(['state', 'calendar'])
  cutOffRule?: 'state' | 'calendar';

  @ApiProperty({ type: RecipientRuleDto, example: CYCLE_EXAMPLE.recipients })
  @IsObject()
  recipients!: RecipientRule;

  @ApiPropertyOptional({
    description: 'The unit that consolidates for the issuer',
  })
  @IsOptional()
  @IsUUID()
  consolidatingUnitId?: string | null;

  @ApiProperty({ type: [LevelDeadlineDto], example: CYCLE_EXAMPLE.levelDeadlines })
  @IsArray()
  @ArrayMaxSize(10)
  levelDeadlines!: CycleLevelPolicy[];

  @ApiPropertyOptional({ example: 'Đề cương báo cáo kèm theo Quyết định 461-QĐ/TU' })
  @IsOptional()
  @IsString()
  @MaxLength(20_000)
  @MultilineText()
  reportTemplate?: string | null;

  @ApiPropertyOptional({ type: [CycleIndicatorDto], example: CYCLE_EXAMPLE.indicators })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  indicators?: CycleIndicator[];

  @ApiPropertyOptional({ type: ReminderPolicyDto })
  @IsOptional()
  @IsObject()
  reminderPolicy?: ReminderPolicy;

  @ApiPropertyOptional({ type: EscalationPolicyDto })
  @IsOptional()
  @IsObject()
  escalationPolicy?: EscalationPolicy;

  @OffsetProperty({ required: false, nullable: true })
  @IsOptional()
  @IsObject()
  reviewPeriod?: Offset | null;

  @ApiProperty({ example: CYCLE_EXAMPLE.startsAt })
  @IsISO8601()
  startsAt!: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsISO8601()
  endsAt?: string | null;
}

export class OpenRoundDto {
  @ApiProperty({ example: '2026-Q1', description: 'The period key (2026-Q1, 2026-H1, S3 …)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(20)
  periodKey!: string;
}

/** Withdrawing a round: its open tasks are cancelled with this reason; the reports already in are kept. */
export class WithdrawRoundDto {
  @ApiProperty({ example: 'Merged into the half-year review' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  @MultilineText()
  reason!: string;
}

export class RoundLevelDeadlineDto {
  @ApiProperty({ example: 'xã', description: 'A level of the round (its levelDeadlines name)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  level!: string;

  @ApiProperty({ example: '2026-12-18T17:00:00+07:00', description: 'New deadline' })
  @IsString()
  @IsISO8601({ strict: true, strictSeparator: true })
  deadline!: string;
}

/** New deadlines for some of a round's levels: told to each open task of the level. */
export class AmendRoundDeadlinesDto {
  @ApiProperty({ type: [RoundLevelDeadlineDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => RoundLevelDeadlineDto)
  deadlines!: RoundLevelDeadlineDto[];
}

/** Ending a cycle: what becomes of its rounds still open (keep them running, or withdraw them with a reason). */
export class EndCycleDto {
  @ApiProperty({
    enum: ['keep', 'withdraw'],
    description: 'Open rounds: keep running, or withdraw them',
  })
  @IsIn(['keep', 'withdraw'])
  openRounds!: 'keep' | 'withdraw';

  @ApiPropertyOptional({ description: 'Required with openRounds = withdraw' })
  @ValidateIf((dto: EndCycleDto) => dto.openRounds === 'withdraw' || dto.reason !== undefined)
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  @MultilineText()
  reason?: string;
}
