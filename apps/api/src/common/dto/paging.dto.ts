import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export const MAX_OFFSET = 2_147_483_647;

export class PagingQuery {
  @ApiPropertyOptional({ default: 50, minimum: 1, maximum: 500, example: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit: number = 50;

  // PostgreSQL takes a bigint OFFSET; anything past a 32-bit count finds nothing anyway.
  @ApiPropertyOptional({ default: 0, minimum: 0, maximum: MAX_OFFSET, example: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(MAX_OFFSET)
  offset: number = 0;
}

/** Query flags arrive as strings: "true"/"1" are true, "false"/"0" false, anything else stays as is (and fails). */
export const toBoolean = ({ value }: { value: unknown }) =>
  value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : value;

/** The keyset paging of a list: `after`, the cursor of the page before (`nextCursor`). */
export class KeysetPagingQuery extends PagingQuery {
  @ApiPropertyOptional({
    description:
      'The page after this cursor (the previous page’s nextCursor): an index range at any depth; not with offset',
    maxLength: 1000,
  })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  after?: string;
}
