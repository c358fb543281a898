import { ApiHideProperty, ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { UNIT_KINDS, type UnitKind } from '@dondoc/domain';
import { PagingQuery, toBoolean } from '../../common/dto/paging.dto';
import { MultilineText } from '../../common/input-boundary';

const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,49}$/;

export class CreateUnitDto {
  @ApiProperty({ example: 'MTTQ-TINH', description: 'Unique code' })
  @IsString()
  @Matches(CODE, {
    message: 'Letters, digits, ".", "-", "_" (max 50)',
  })
  code!: string;

  @ApiProperty({ example: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  name!: string;

  @ApiProperty({ enum: UNIT_KINDS, example: 'fatherland_front' })
  @IsIn(UNIT_KINDS as unknown as string[])
  kind!: UnitKind;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: 'Parent unit' })
  @IsOptional()
  @IsUUID()
  parentId?: string | null;

  @ApiPropertyOptional({ example: 'Nguyễn Văn Bình' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  headName?: string;

  @ApiPropertyOptional({ example: 'Chủ tịch' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  headTitle?: string;

  @ApiPropertyOptional({ example: 'chutich@mttq.example.vn' })
  @IsOptional()
  @IsEmail()
  @MaxLength(320)
  headEmail?: string;

  @ApiPropertyOptional({ example: '0269 3824 123' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  headPhone?: string;
}

/**
 * A change of name, kind or head. A new parent is a move (POST /units/{id}/move, with its
 * own checks): `parentId` is accepted here only to be refused with that advice, and is
 * not in the document.
 */
export class UpdateUnitDto extends PartialType(OmitType(CreateUnitDto, ['parentId'] as const)) {
  @ApiHideProperty()
  @IsOptional()
  parentId?: unknown;
}

export class MoveUnitDto {
  @ApiProperty({ format: 'uuid', description: 'New parent' })
  @IsUUID()
  parentId!: string;
}

export class DeactivateUnitDto {
  @ApiProperty({ format: 'uuid', description: 'Unit that takes over open tasks' })
  @IsUUID()
  successorId!: string;

  @ApiProperty({ example: 'Hợp nhất theo Nghị quyết của Ban Chấp hành Trung ương' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  @MultilineText()
  reason!: string;
}

export class ImportUnitDto {
  @ApiProperty({ example: 'XA-IAGRAI' })
  @IsString()
  @MaxLength(50)
  code!: string;

  @ApiProperty({ example: 'Đảng ủy xã Ia Grai' })
  @IsString()
  @MaxLength(300)
  name!: string;

  @ApiProperty({ enum: UNIT_KINDS, example: 'commune' })
  @IsString()
  @MaxLength(50)
  kind!: string;

  @ApiPropertyOptional({ example: 'TU-GL', nullable: true, description: 'Parent code' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  parentCode?: string | null;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) headName?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(320) headEmail?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(50) headPhone?: string;
}

export class ImportUnitsDto {
  @ApiProperty({ type: [ImportUnitDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50_000)
  @ValidateNested({ each: true })
  @Type(() => ImportUnitDto)
  units!: ImportUnitDto[];
}

export class ListUnitsQuery extends PagingQuery {
  @ApiPropertyOptional({
    description: 'Name or code, with or without diacritics',
    example: 'dan van',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: UNIT_KINDS })
  @IsOptional()
  @IsIn(UNIT_KINDS as unknown as string[])
  kind?: UnitKind;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  includeInactive?: boolean;
}

export class SubtreeQuery {
  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  includeInactive?: boolean;
}
