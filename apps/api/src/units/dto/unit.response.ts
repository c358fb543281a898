import { ApiProperty } from '@nestjs/swagger';
import { UNIT_KINDS, type UnitKind } from '@dondoc/domain';
import { IntProperty, TextOrNullProperty, UnitRefDto, UuidProperty } from '../../common/dto/response.dto';

/** The unit's head (thủ trưởng), as far as known. */
export class UnitHeadDto {
  @TextOrNullProperty({ example: 'Nguyễn Văn Bình' }) name!: string | null;
  @TextOrNullProperty({ example: 'Chủ tịch' }) title!: string | null;
  @TextOrNullProperty() email!: string | null;
  @TextOrNullProperty() phone!: string | null;
}

export class UnitDto {
  @UuidProperty() id!: string;
  @ApiProperty({ example: 'MTTQ-TINH' }) code!: string;
  @ApiProperty({ example: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh' }) name!: string;
  @ApiProperty({ enum: UNIT_KINDS }) kind!: UnitKind;
  @UuidProperty({ nullable: true }) parentId!: string | null;
  @IntProperty({ minimum: 0 }) depth!: number;
  @ApiProperty() active!: boolean;
  @UuidProperty({ nullable: true, description: 'The unit that took over' })
  successorId!: string | null;
  @ApiProperty({
    type: UnitRefDto,
    nullable: true,
    description: 'The unit that took over, named: an ended unit is found by its old name with it',
  })
  successor!: UnitRefDto | null;
  @ApiProperty({ type: UnitHeadDto }) head!: UnitHeadDto;
}

export class DeactivatedUnitDto {
  @ApiProperty({ type: UnitDto }) unit!: UnitDto;
  @ApiProperty({
    type: 'array',
    items: { type: 'string', format: 'uuid' },
    description: 'Open tasks it led, handed over to the successor through each task’s workflow',
  })
  movedTaskIds!: string[];
  @ApiProperty({
    description: 'Every open task has taken the hand-over; false: it goes on after this answer',
  })
  handOverCompleted!: boolean;
}

export class UnitsImportedDto {
  @IntProperty({ minimum: 0, example: 2 }) created!: number;
}
