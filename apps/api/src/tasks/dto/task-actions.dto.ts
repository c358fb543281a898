import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsISO8601,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { MultilineText } from '../../common/input-boundary';

export class IndicatorValueDto {
  @ApiProperty({ example: 'Số huyện không ma túy' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  name!: string;

  @ApiProperty({ example: 4 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  value!: number;

  @ApiPropertyOptional({
    example: 'Cộng thêm 1 xã đạt chuẩn sau ngày chốt số liệu',
    description: 'Why a consolidating unit adjusts its roll-up',
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  @MultilineText()
  note?: string;
}

export class SubmitReportDto {
  @ApiProperty({
    example: 'Trong quý, đã tổ chức 12 buổi đối thoại với Nhân dân; tiếp nhận 35 kiến nghị, đã giải quyết 30.',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100_000)
  @MultilineText()
  text!: string;

  @ApiPropertyOptional({ type: [IndicatorValueDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => IndicatorValueDto)
  indicatorValues?: IndicatorValueDto[];

  @ApiPropertyOptional({
    type: [String],
    example: ['files/bao-cao-quy-1.pdf'],
    description: 'Attachment references',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(500, { each: true })
  attachments?: string[];

  @ApiPropertyOptional({
    example: 'Thường trực yêu cầu báo cáo nhanh trước hội nghị',
    description: 'Needed while delegated sub-tasks are open: why report now',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  @MultilineText()
  subtaskOverrideReason?: string;
}

export class ReviewReportDto {
  @ApiProperty({ enum: ['accepted', 'returned'], example: 'returned' })
  @IsIn(['accepted', 'returned'])
  outcome!: 'accepted' | 'returned';

  @ApiPropertyOptional({ example: 'Đề nghị bổ sung số liệu của các xã biên giới.' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  @MultilineText()
  comment?: string;
}

export class RequestExtensionDto {
  @ApiProperty({ example: '2026-12-31T17:00:00+07:00' })
  @IsString()
  @IsISO8601({ strict: true, strictSeparator: true })
  deadline!: string;

  @ApiProperty({ example: 'Chờ số liệu tổng hợp từ các xã sau sáp nhập' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  @MultilineText()
  reason!: string;
}

export class DecideExtensionDto {
  @ApiProperty({ example: true })
  @IsBoolean()
  approve!: boolean;

  @ApiPropertyOptional({ example: 'Đồng ý gia hạn một lần' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  @MultilineText()
  comment?: string;
}

export class SubtaskDto {
  @ApiProperty({
    example: '5c0e2a61-7d4b-4f3e-9a1c-2b8d6e4f1a90',
    description: 'The subordinate unit that leads it',
  })
  @IsUUID()
  leadUnitId!: string;

  @ApiProperty({ example: 'Tổng hợp ý kiến, kiến nghị của Nhân dân xã Ia Grai quý IV' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  title!: string;

  @ApiPropertyOptional({ example: 'Gửi số liệu về Ban Thường trực trước khi tổng hợp' })
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  @MultilineText()
  description?: string;

  @ApiPropertyOptional({
    example: '2026-12-14T17:00:00+07:00',
    description: 'No later than the parent; default one working day earlier',
  })
  @IsOptional()
  @IsString()
  @IsISO8601({ strict: true, strictSeparator: true })
  deadline?: string;

  @ApiPropertyOptional({ type: [String], description: 'Coordinating units' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  coordinatingUnitIds?: string[];

  @ApiPropertyOptional({ example: 'Mẫu báo cáo số 02' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  @MultilineText()
  reportTemplate?: string;
}

export class DelegateTaskDto {
  @ApiProperty({ type: [SubtaskDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => SubtaskDto)
  subtasks!: SubtaskDto[];
}
