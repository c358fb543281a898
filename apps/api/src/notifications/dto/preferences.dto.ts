import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';

export const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

export class QuietHoursDto {
  @ApiProperty({ example: '22:00' })
  @Matches(HH_MM, { message: 'HH:mm' })
  start!: string;

  @ApiProperty({ example: '06:30' })
  @Matches(HH_MM, { message: 'HH:mm' })
  end!: string;
}

export class PreferencesDto {
  @ApiPropertyOptional({
    example: 'mttq.tinh@gialai.dcs.vn',
    nullable: true,
    description: 'Where e-mail goes; null for none',
  })
  @IsOptional()
  @IsEmail()
  @MaxLength(320)
  email?: string | null;

  @ApiPropertyOptional({
    enum: ['vi', 'en'],
    example: 'vi',
    nullable: true,
    description: 'Ngôn ngữ đã chọn; null để theo trình duyệt',
  })
  @IsOptional()
  @IsIn(['vi', 'en'])
  locale?: 'vi' | 'en' | null;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: {
      type: 'array',
      items: { type: 'string', enum: ['in_app', 'email', 'sms', 'zalo', 'telegram'] },
    },
    example: { reminder: ['in_app', 'zalo'], report_submitted: ['in_app', 'email'] },
    description:
      'Channels per notice kind; unlisted kinds get the app and e-mail; SMS, Zalo and Telegram only when chosen (to a verified address); escalations always go in the app and by e-mail',
  })
  @IsOptional()
  @IsObject()
  channels?: Record<string, string[]>;

  @ApiPropertyOptional({ type: QuietHoursDto, nullable: true, description: 'null to clear' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => QuietHoursDto)
  quietHours?: QuietHoursDto | null;

  @ApiPropertyOptional({
    example: true,
    description: '07:30 digest in place of single reminders',
  })
  @IsOptional()
  @IsBoolean()
  digest?: boolean;

  @ApiPropertyOptional({
    type: [String],
    example: ['urged'],
    description: 'Kinds of notice marked urgent: sent at once on every chosen channel, past quiet hours',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  urgentKinds?: string[];

  @ApiPropertyOptional({
    type: [String],
    example: ['email', 'zalo', 'sms'],
    description:
      'Channels in the order to fall back on (email, sms, zalo, telegram): a notice that fails for good on one, or an escalation left unread, goes on the next',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(4)
  @IsString({ each: true })
  channelOrder?: string[];
}
