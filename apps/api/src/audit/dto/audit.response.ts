import { ApiProperty } from '@nestjs/swagger';
import type { ChainProblem } from '@dondoc/persistence';
import { DateProperty, InstantProperty, IntProperty, TextOrNullProperty } from '../../common/dto/response.dto';

const CHAIN_PROBLEMS = ['row_changed', 'row_missing', 'gap', 'unchained_row', 'checkpoint_mismatch', 'head_mismatch'];
/** Chain positions and counts are bigints, sent as decimal text. */
const DIGITS = { type: String, pattern: '^\\d+$' } as const;

export class ChainBreakDto {
  @ApiProperty({ enum: CHAIN_PROBLEMS }) problem!: ChainProblem;
  @ApiProperty(DIGITS) pos!: string;
  @ApiProperty({ ...DIGITS, required: false }) seq?: string;
  @ApiProperty({ required: false }) eventId?: string;
  @ApiProperty() detail!: string;
}

export class ChainHeadDto {
  @ApiProperty(DIGITS) pos!: string;
  @ApiProperty() hash!: string;
}

export class ChainVerificationDto {
  @ApiProperty() ok!: boolean;
  @ApiProperty(DIGITS) fromPos!: string;
  @TextOrNullProperty({ description: 'The checkpoint trusted' })
  fromCheckpoint!: string | null;
  @IntProperty({ minimum: 0 }) checkedLinks!: number;
  @ApiProperty({ type: ChainHeadDto }) head!: ChainHeadDto;
  @ApiProperty({ type: ChainBreakDto, nullable: true }) firstBreak!: ChainBreakDto | null;
}

export class CheckpointDto {
  @DateProperty() day!: string;
  @InstantProperty() takenAt!: string;
  @ApiProperty(DIGITS) pos!: string;
  @ApiProperty() hash!: string;
  @ApiProperty(DIGITS) rowCount!: string;
}
