import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { COUNTING_BASES, DEADLINE_MODES, GROUPINGS, RANKING_SORTS, SUBTASK_RULES } from '@dondoc/domain';
import { toBoolean } from '../../common/dto/paging.dto';
import { DATE_PATTERN } from '../../common/input-boundary';

/** A civil date within the supported years (the pattern the document shows). */
const DATE = new RegExp(DATE_PATTERN);

/** What every statistics request shares: whose tasks, which period, as of when, and the printed heading. */
export class StatsScopeQuery {
  @ApiPropertyOptional({ description: 'Unit, default the caller unit' })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @ApiPropertyOptional({ default: true, description: 'The unit and its whole subtree' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  subtree?: boolean;

  @ApiPropertyOptional({ example: '2026-07-01', description: 'First day' })
  @IsOptional()
  @Matches(DATE)
  from?: string;

  @ApiPropertyOptional({ example: '2026-09-30', description: 'Last day' })
  @IsOptional()
  @Matches(DATE)
  to?: string;

  @ApiPropertyOptional({
    example: '2026-09-30T23:59:59+07:00',
    description:
      'The table as it stood at this instant, rebuilt from the audit log: a table printed then gives the same numbers now',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  asOf?: string;

  @ApiPropertyOptional({
    enum: DEADLINE_MODES,
    default: 'current',
    description: 'The deadline in force (after extensions) or the original one',
  })
  @IsOptional()
  @IsIn(DEADLINE_MODES)
  mode?: (typeof DEADLINE_MODES)[number];

  @ApiPropertyOptional({
    enum: COUNTING_BASES,
    default: 'assigned',
    description: 'Assigned in the period (default) or falling due in it',
  })
  @IsOptional()
  @IsIn(COUNTING_BASES)
  basis?: (typeof COUNTING_BASES)[number];

  @ApiPropertyOptional({
    enum: SUBTASK_RULES,
    default: 'include',
    description: 'Delegated sub-tasks: counted for the unit they were given to (default), or left out',
  })
  @IsOptional()
  @IsIn(SUBTASK_RULES)
  subtasks?: (typeof SUBTASK_RULES)[number];

  @ApiPropertyOptional({ enum: ['xlsx', 'csv', 'pdf'], description: 'Export format' })
  @IsOptional()
  @IsIn(['xlsx', 'csv', 'pdf'])
  format?: string;

  @ApiPropertyOptional({ example: '08-BC/TU', description: 'Document number printed' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  number?: string;

  @ApiPropertyOptional({ example: 'Gia Lai', description: 'Place printed' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  place?: string;
}

export class CompletionQuery extends StatsScopeQuery {
  @ApiPropertyOptional({ enum: GROUPINGS, default: 'unit' })
  @IsOptional()
  @IsIn(GROUPINGS)
  grouping?: (typeof GROUPINGS)[number];
}

export class RankingsQuery extends StatsScopeQuery {
  @ApiPropertyOptional({ enum: RANKING_SORTS, default: 'onTimeRate' })
  @IsOptional()
  @IsIn(RANKING_SORTS)
  sort?: (typeof RANKING_SORTS)[number];

  @ApiPropertyOptional({ enum: ['best', 'worst'], default: 'best' })
  @IsOptional()
  @IsIn(['best', 'worst'])
  order?: 'best' | 'worst';
}

export class OverdueQuery extends StatsScopeQuery {
  @ApiPropertyOptional({ default: 1000, maximum: 200_000 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200_000)
  limit?: number;
}
