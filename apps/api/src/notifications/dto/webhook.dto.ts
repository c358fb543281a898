import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUrl, MaxLength } from 'class-validator';
import { NOTICE_KINDS } from '@dondoc/workflow-contract';

export class WebhookDto {
  @ApiProperty({
    example: 'https://hethong.mttq-gialai.vn/dondoc/webhook',
    // What @IsUrl below takes, spelled out: http(s), a host name, an optional port and path.
    pattern:
      '^https?://[a-z]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z]([a-z0-9-]{0,61}[a-z0-9])?)*(:[1-9]\\d{0,3})?(/[A-Za-z0-9._~-]*)*$',
  })
  @IsString()
  @MaxLength(2000)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false })
  url!: string;

  @ApiPropertyOptional({ example: ['escalation', 'overdue'], description: 'default: all kinds' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsIn([...NOTICE_KINDS], { each: true })
  kinds?: string[];
}
