import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  CONFIDENTIALITY,
  DOCUMENT_TYPES,
  MAX_EXPANSION_LEVEL,
  UNIT_KINDS,
  URGENCY,
  type Confidentiality,
  type EscalationPolicy,
  type Offset,
  type ReminderPolicy,
  type UnitKind,
  type Urgency,
} from '@dondoc/domain';
import { DATE_PATTERN } from '../../common/input-boundary';
import { EscalationPolicyDto, OffsetProperty, ReminderPolicyDto, SchemaRule } from '../../common/dto/response.dto';
import { MultilineText } from '../../common/input-boundary';

/** A document number in its canonical form: number, a known type, the issuer (libs/domain/src/document-number.ts). */
export const DOCUMENT_NUMBER_PATTERN = `^[1-9]\\d{0,5}-(${Object.keys(DOCUMENT_TYPES).join('|')})/[A-ZĐ0-9][A-ZĐ0-9.-]{0,19}$`;

export class IndicatorDto {
  @ApiProperty({ example: 'Số huyện không ma túy' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  name!: string;

  @ApiProperty({ example: 'huyện' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  unitOfMeasure!: string;

  @ApiPropertyOptional({ example: 5, nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  target?: number | null;
}

/** Exactly one of an absolute deadline and a number of working days (libs/domain taskDeadline). */
@SchemaRule({ oneOf: [{ required: ['deadline'] }, { required: ['deadlineWorkingDays'] }] })
export class CreateTaskDto {
  @ApiProperty({ example: 'Xây dựng báo cáo sơ kết công tác dân vận 6 tháng đầu năm', maxLength: 500 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  title!: string;

  @ApiPropertyOptional({ example: 'Tổng hợp kết quả của các cơ quan, đơn vị; gửi Thường trực Tỉnh ủy.' })
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  @MultilineText()
  description?: string;

  @ApiProperty({ format: 'uuid', description: 'Lead unit' })
  @IsUUID()
  leadUnitId!: string;

  @ApiPropertyOptional({ type: [String], description: 'Coordinating units' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  coordinatingUnitIds?: string[];

  @ApiPropertyOptional({
    description: 'Absolute deadline with offset (or use deadlineWorkingDays)',
    example: '2026-12-15T17:00:00+07:00',
  })
  @IsOptional()
  @IsString()
  @IsISO8601({ strict: true, strictSeparator: true })
  deadline?: string;

  @ApiPropertyOptional({
    description: 'N working days after the issue date',
    example: 10,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(365)
  deadlineWorkingDays?: number;

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  reportRequired?: boolean;

  @ApiPropertyOptional({ example: 'Báo cáo theo đề cương kèm theo; số liệu tính đến ngày 14/6.' })
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  @MultilineText()
  reportTemplate?: string;

  @ApiPropertyOptional({ type: [IndicatorDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => IndicatorDto)
  indicators?: IndicatorDto[];

  @ApiPropertyOptional({
    type: ReminderPolicyDto,
    example: { before: [{ workingDays: 5 }, { workingDays: 2 }, { workingDays: 1 }], onDeadlineDayAt: '08:00' },
  })
  @IsOptional()
  @IsObject()
  reminderPolicy?: ReminderPolicy;

  @ApiPropertyOptional({
    type: EscalationPolicyDto,
    example: { stepDelay: { workingDays: 1 }, repeatAtTop: { workingDays: 3 } },
  })
  @IsOptional()
  @IsObject()
  escalationPolicy?: EscalationPolicy;

  @OffsetProperty({
    required: false,
    example: { workingDays: 5 },
    description: 'Review period: {workingDays} or {duration}; default from configuration',
  })
  @IsOptional()
  @IsObject()
  reviewPeriod?: Offset;

  @OffsetProperty({
    required: false,
    example: { duration: 'P2D' },
    description: 'Revision period after a return; default from configuration',
  })
  @IsOptional()
  @IsObject()
  revisionPeriod?: Offset;
}

/** One task as an expansion makes it for every unit it names: a task without its lead and coordinating units. */
@SchemaRule({ oneOf: [{ required: ['deadline'] }, { required: ['deadlineWorkingDays'] }] })
export class TaskTemplateDto extends OmitType(CreateTaskDto, ['leadUnitId', 'coordinatingUnitIds'] as const) {}

/**
 * The recipients named by a rule instead of a list (docs/architecture.md, "A directive to
 * every unit of a kind"): every active unit of one of `kinds` under `rootUnitId`, at
 * `levels` below it if given; the issuing unit itself never. Each gets one task made from
 * `task`.
 */
export class DirectiveExpansionDto {
  @ApiProperty({
    format: 'uuid',
    description: 'Root unit: the rule reaches its subtree, itself included',
  })
  @IsUUID()
  rootUnitId!: string;

  @ApiProperty({
    example: ['commune', 'fatherland_front'],
    description: 'Kinds of unit that receive a task',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(UNIT_KINDS.length)
  @ArrayUnique()
  @IsIn(UNIT_KINDS as unknown as string[], { each: true })
  kinds!: UnitKind[];

  @ApiPropertyOptional({
    type: [Number],
    example: [1, 2],
    maxItems: MAX_EXPANSION_LEVEL + 1,
    description: 'Levels below the root: 0 the root, 1 directly under it, …; absent: every level',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_EXPANSION_LEVEL + 1)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(0, { each: true })
  @Max(MAX_EXPANSION_LEVEL, { each: true })
  levels?: number[];

  @ApiProperty({ type: TaskTemplateDto, description: 'The task each unit gets' })
  @IsObject()
  @ValidateNested()
  @Type(() => TaskTemplateDto)
  task!: TaskTemplateDto;
}

/** Exactly one of a list of tasks and an expansion (a body with both is refused, 422). */
@SchemaRule({ oneOf: [{ required: ['tasks'] }, { required: ['expansion'] }] })
export class CreateDirectiveDto {
  @ApiProperty({
    example: '15-KH/TU',
    pattern: DOCUMENT_NUMBER_PATTERN,
    description:
      'Document number <number>-<type>/<issuing body>; the pattern is the canonical form (the API also reads "Kế hoạch số 15-KH/TU", other dashes, lower case)',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  documentNumber!: string;

  @ApiProperty({ example: 'Kế hoạch thực hiện công tác dân vận 6 tháng cuối năm 2026', maxLength: 500 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  title!: string;

  @ApiPropertyOptional({
    example: 'Triển khai Quyết định số 290-QĐ/TW về Quy chế công tác dân vận của hệ thống chính trị.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(20_000)
  @MultilineText()
  summary?: string;

  @ApiProperty({ example: '2026-11-23', description: 'Issue date (YYYY-MM-DD)' })
  @IsString()
  @Matches(new RegExp(DATE_PATTERN), {
    message: 'A date YYYY-MM-DD (years 1900–2200)',
  })
  issueDate!: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Issuing unit (default: yours)',
  })
  @IsOptional()
  @IsUUID()
  issuingUnitId?: string;

  @ApiPropertyOptional({ enum: CONFIDENTIALITY, default: 'normal' })
  @IsOptional()
  @IsIn(CONFIDENTIALITY as unknown as string[])
  confidentiality?: Confidentiality;

  @ApiPropertyOptional({ enum: URGENCY, default: 'normal' })
  @IsOptional()
  @IsIn(URGENCY as unknown as string[])
  urgency?: Urgency;

  @ApiPropertyOptional({
    type: [CreateTaskDto],
    minItems: 1,
    maxItems: 20000,
    description: 'The tasks, each with its lead unit (or use expansion)',
  })
  @ValidateIf((dto: CreateDirectiveDto) => dto.expansion == null)
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20_000)
  @ValidateNested({ each: true })
  @Type(() => CreateTaskDto)
  tasks?: CreateTaskDto[];

  @ApiPropertyOptional({
    type: DirectiveExpansionDto,
    description: 'Recipients by rule instead of a list: every active unit of the kinds under the root (up to 200,000)',
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => DirectiveExpansionDto)
  expansion?: DirectiveExpansionDto;
}

export class AmendmentDto {
  @ApiProperty({ enum: ['add_task', 'cancel_task', 'change_deadline'] })
  @IsIn(['add_task', 'cancel_task', 'change_deadline'])
  kind!: 'add_task' | 'cancel_task' | 'change_deadline';

  @ApiPropertyOptional({ type: CreateTaskDto, description: 'add_task' })
  @IsOptional()
  @ValidateNested()
  @Type(() => CreateTaskDto)
  task?: CreateTaskDto;

  @ApiPropertyOptional({ format: 'uuid', description: 'cancel_task, change_deadline' })
  @IsOptional()
  @IsUUID()
  taskId?: string;

  @ApiPropertyOptional({ example: 'Nội dung đã lồng ghép vào nhiệm vụ khác', description: 'cancel_task' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  @MultilineText()
  reason?: string;

  @ApiPropertyOptional({ example: '2026-12-31T17:00:00+07:00', description: 'change_deadline' })
  @IsOptional()
  @IsString()
  @IsISO8601({ strict: true, strictSeparator: true })
  deadline?: string;

  @ApiPropertyOptional({ example: 15, description: 'change_deadline, counted from the issue date' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(365)
  deadlineWorkingDays?: number;
}

export class CancelDirectiveDto {
  @ApiProperty({ example: 'Văn bản được thay thế bởi Kế hoạch số 20-KH/TU' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  @MultilineText()
  reason!: string;
}
