import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { LATENESS_REASONS } from '@dondoc/domain';
import { MultilineText } from '../../common/input-boundary';

export class RequestExplanationDto {
  @ApiPropertyOptional({
    example: 3,
    default: 3,
    description: 'Due in working days from today',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(30)
  workingDays?: number;

  @ApiProperty({ example: 'Đề nghị Hội Nông dân tỉnh giải trình việc chậm báo cáo giao ban quý III' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(5_000)
  @MultilineText()
  note!: string;
}

export class AnswerExplanationDto {
  @ApiProperty({
    enum: LATENESS_REASONS,
    example: 'data_not_available',
    description: 'Reason category',
  })
  @IsIn(LATENESS_REASONS)
  reasonCategory!: string;

  @ApiProperty({ example: 'Chờ số liệu tổng hợp từ các xã, đã hoàn thành ngày 10/10' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(20_000)
  @MultilineText()
  answer!: string;
}
