import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUrl, MaxLength } from 'class-validator';
import { NOTICE_KINDS } from '@dondoc/workflow-contract';

export class WebhookDto {
  @ApiProperty({ example: 'https://hethong.mttq-gialai.vn/dondoc/webhook' })
  @IsString()
  @MaxLength(2000)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false })
  url!: string;

  @ApiPropertyOptional({ example: ['escalation', 'overdue'], description: 'Mặc định: tất cả / default: all kinds' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsIn([...NOTICE_KINDS], { each: true })
  kinds?: string[];
}
