import { ApiProperty } from '@nestjs/swagger';
import { InstantProperty, UuidProperty } from '../../common/dto/response.dto';

export class ChannelAddressDto {
  @UuidProperty() id!: string;
  @ApiProperty({ enum: ['sms', 'zalo', 'telegram'] }) channel!: 'sms' | 'zalo' | 'telegram';
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'The phone number (+84…), the Zalo follower or the Telegram chat; null while a link waits',
  })
  address!: string | null;
  @ApiProperty({ description: 'Only verified addresses receive notices' }) verified!: boolean;
  @InstantProperty({ nullable: true }) verifiedAt!: string | null;
  @InstantProperty({ nullable: true, description: 'When the pending code or link expires' })
  codeExpiresAt!: string | null;
}

export class ChannelsAvailableDto {
  @ApiProperty() sms!: boolean;
  @ApiProperty() zalo!: boolean;
  @ApiProperty() telegram!: boolean;
}

export class ChannelsViewDto {
  @ApiProperty({ type: ChannelsAvailableDto, description: 'The channels this installation has turned on' })
  available!: ChannelsAvailableDto;
  @ApiProperty({ type: [ChannelAddressDto] }) addresses!: ChannelAddressDto[];
}

export class TelegramLinkDto {
  @ApiProperty({ example: 'https://t.me/dondoc_bot?start=…', description: 'Open it and press Start' })
  link!: string;
  @InstantProperty() expiresAt!: string;
}

export class ZaloLinkDto {
  @ApiProperty({ example: 'DD-K7Q2MX', description: 'Send it as a message to the Official Account after following it' })
  code!: string;
  @ApiProperty({ nullable: true, type: String, description: 'The Official Account’s page, when configured' })
  oaUrl!: string | null;
  @InstantProperty() expiresAt!: string;
}
