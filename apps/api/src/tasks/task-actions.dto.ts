import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsISO8601,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';

export class IndicatorValueDto {
  @ApiProperty({ example: 'Số huyện không ma túy' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  name!: string;

  @ApiProperty({ example: 4 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  value!: number;
}

export class SubmitReportDto {
  @ApiProperty({
    example: 'Trong quý, đã tổ chức 12 buổi đối thoại với Nhân dân; tiếp nhận 35 kiến nghị, đã giải quyết 30.',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100_000)
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
    description: 'Tham chiếu tệp đính kèm / attachment references',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(500, { each: true })
  attachments?: string[];
}

export class ReviewReportDto {
  @ApiProperty({ enum: ['accepted', 'returned'], example: 'returned' })
  @IsIn(['accepted', 'returned'])
  outcome!: 'accepted' | 'returned';

  @ApiPropertyOptional({ example: 'Đề nghị bổ sung số liệu của các xã biên giới.' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
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
  comment?: string;
}
