import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsISO8601,
  IsNotEmpty,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';

export class CreateTaskDto {
  @ApiProperty({
    description: 'Nhiệm vụ / what the unit must do',
    example: 'Xây dựng báo cáo sơ kết công tác dân vận 6 tháng đầu năm',
    maxLength: 500,
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  title!: string;

  @ApiProperty({
    description: 'Hạn hoàn thành, ISO 8601 có múi giờ / deadline, ISO 8601 with offset, in the future',
    example: '2026-12-15T17:00:00+07:00',
  })
  @IsString()
  @IsISO8601({ strict: true, strictSeparator: true })
  deadline!: string;
}

export class CreateDirectiveDto {
  @ApiProperty({
    description: 'Trích yếu văn bản / title of the directive',
    example: 'Kế hoạch công tác dân vận 6 tháng cuối năm 2026',
    maxLength: 500,
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  title!: string;

  @ApiProperty({ type: [CreateTaskDto], description: 'Nhiệm vụ / tasks (at least one)', minItems: 1, maxItems: 1000 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => CreateTaskDto)
  tasks!: CreateTaskDto[];
}
