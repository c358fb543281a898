import { ApiProperty } from '@nestjs/swagger';
import {
  COUNTING_BASES,
  DEADLINE_MODES,
  GROUPINGS,
  RANKING_SORTS,
  type CountingBasis,
  type DeadlineMode,
  type Grouping,
  type RankingSort,
  type SubtaskRule,
  SUBTASK_RULES,
} from '@dondoc/domain';
import {
  DateProperty,
  InstantProperty,
  IntProperty,
  TextOrNullProperty,
  UnitRefDto,
  UuidProperty,
} from '../../common/dto/response.dto';

const Predecessors = () =>
  ApiProperty({
    type: [UnitRefDto],
    description:
      'Units ended into this one by the table’s instant (a merger): their tasks are counted here (“gồm: …”); empty otherwise',
  });

/** What a printed report carries at its top. */
export class ReportHeadingDto {
  @ApiProperty({ description: 'The issuing body' }) issuer!: string;
  @TextOrNullProperty({ example: '08-BC/TU' }) number!: string | null;
  @TextOrNullProperty({ example: 'Gia Lai' }) place!: string | null;
  @InstantProperty() date!: Date;
  @ApiProperty({ example: 'Asia/Ho_Chi_Minh' }) timeZone!: string;
  @ApiProperty() subtitle!: string;
}

export class StatsPeriodDto {
  @DateProperty() from!: string;
  @DateProperty() to!: string;
  @InstantProperty() asOf!: string;
  @ApiProperty({ example: '01/07/2026' }) fromLabel!: string;
  @ApiProperty({ example: '30/09/2026' }) toLabel!: string;
  @ApiProperty() asOfLabel!: string;
}

export class CountingRulesDto extends StatsPeriodDto {
  @ApiProperty({ enum: DEADLINE_MODES }) mode!: DeadlineMode;
  @ApiProperty({ enum: COUNTING_BASES }) basis!: CountingBasis;
  @ApiProperty({ enum: SUBTASK_RULES }) subtasks!: SubtaskRule;
  @ApiProperty({ enum: GROUPINGS }) grouping!: Grouping;
  @ApiProperty({ enum: ['excluded'] }) cancelled!: 'excluded';
}

export class CompletionRowDto {
  @IntProperty({ nullable: true, description: 'null on the total row' })
  tt!: number | null;
  @ApiProperty() key!: string;
  @ApiProperty() label!: string;
  @IntProperty({ minimum: 0 }) total!: number;
  @IntProperty({ minimum: 0 }) completedOnTime!: number;
  @IntProperty({ minimum: 0 }) completedLate!: number;
  @IntProperty({ minimum: 0 }) openWithinDeadline!: number;
  @IntProperty({ minimum: 0 }) openOverdue!: number;
  @ApiProperty({ type: Number, nullable: true, description: '%' }) onTimeRate!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: '%' }) lateRate!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: '%' }) overdueRate!: number | null;
  @IntProperty({ minimum: 0 }) extended!: number;
  @IntProperty({ minimum: 0 }) cancelled!: number;
  @ApiProperty() notes!: string;
  @Predecessors() predecessors!: UnitRefDto[];
}

export class CompletionDto {
  @ApiProperty({ type: ReportHeadingDto }) heading!: ReportHeadingDto;
  @ApiProperty({ type: CountingRulesDto }) rules!: CountingRulesDto;
  @ApiProperty({ type: [CompletionRowDto] }) rows!: CompletionRowDto[];
  @ApiProperty({ type: CompletionRowDto }) total!: CompletionRowDto;
}

export class UnitMeasuresDto {
  @IntProperty({ minimum: 0 }) total!: number;
  @ApiProperty({ type: Number, nullable: true }) onTimeRate!: number | null;
  @ApiProperty({ type: Number, nullable: true }) meanWorkingDaysLate!: number | null;
  @ApiProperty({ type: Number, nullable: true }) medianHoursToAcknowledge!: number | null;
  @IntProperty({ minimum: 0 }) escalations!: number;
  @IntProperty({ minimum: 0 }) explanationRequests!: number;
}

export class RankingRowDto extends UnitMeasuresDto {
  @IntProperty({ minimum: 1 }) rank!: number;
  @UuidProperty() unitId!: string;
  @ApiProperty() unitName!: string;
  @ApiProperty({
    type: UnitMeasuresDto,
    description: 'The same period last year, in the units as they are at the table’s instant',
  })
  lastYear!: UnitMeasuresDto;
  @Predecessors() predecessors!: UnitRefDto[];
}

export class RankingRulesDto extends CountingRulesDto {
  @ApiProperty({ enum: RANKING_SORTS }) sort!: RankingSort;
  @ApiProperty({ enum: ['best', 'worst'] }) order!: 'best' | 'worst';
  @ApiProperty({ type: StatsPeriodDto }) lastYear!: StatsPeriodDto;
}

export class RankingsDto {
  @ApiProperty({ type: ReportHeadingDto }) heading!: ReportHeadingDto;
  @ApiProperty({ type: RankingRulesDto }) rules!: RankingRulesDto;
  @ApiProperty({ type: [RankingRowDto] }) rows!: RankingRowDto[];
}

export class OverdueItemDto {
  @UuidProperty() taskId!: string;
  @UuidProperty() unitId!: string;
  @ApiProperty() unitName!: string;
  @UuidProperty() directiveId!: string;
  @ApiProperty() documentNumber!: string;
  @ApiProperty() taskTitle!: string;
  @InstantProperty() deadline!: Date;
  @InstantProperty() originalDeadline!: Date;
  @IntProperty({ minimum: 0 }) workingDaysOverdue!: number;
  @IntProperty({ nullable: true }) escalationLevel!: number | null;
  @TextOrNullProperty() lastNotice!: string | null;
  @InstantProperty({ nullable: true }) lastNoticeAt!: Date | null;
  @TextOrNullProperty() explanation!: string | null;
  @ApiProperty({ type: String, nullable: true, enum: ['open', 'answered'] }) explanationStatus!: string | null;
  @TextOrNullProperty() reasonCategory!: string | null;
}

export class OverdueDto {
  @ApiProperty({ type: ReportHeadingDto }) heading!: ReportHeadingDto;
  @ApiProperty({ type: [OverdueItemDto] }) items!: OverdueItemDto[];
}
