import { ApiProperty } from '@nestjs/swagger';
import { NOTICE_KINDS } from '@dondoc/workflow-contract';
import { InstantProperty, IntProperty, TextOrNullProperty, UuidProperty } from '../../common/dto/response.dto';

const DELIVERY_STATUSES = ['pending', 'sending', 'sent', 'dead', 'held', 'digested', 'skipped'] as const;

/** One channel's delivery of a notice to its reader (docs/decisions/0084). */
export class NoticeDeliveryDto {
  @ApiProperty({ enum: ['email', 'sms', 'zalo', 'telegram'] }) channel!: 'email' | 'sms' | 'zalo' | 'telegram';
  @ApiProperty({
    enum: ['waiting', 'sent', 'delivered', 'failed', 'digested'],
    description:
      'waiting: not sent yet (quiet hours, a pace, a retry); sent: the provider took it; delivered: the provider reported it on the handset (SMS, Zalo); failed: refused for good or reported undelivered; digested: went in the daily digest',
  })
  state!: 'waiting' | 'sent' | 'delivered' | 'failed' | 'digested';
  @InstantProperty({ description: 'When it reached that state (waiting: when it may go)' }) at!: string;
}

/** One notice in one's inbox. */
export class InboxItemDto {
  @UuidProperty() id!: string;
  @ApiProperty({ example: 'escalation', description: `One of ${NOTICE_KINDS.join(', ')}` }) kind!: string;
  @IntProperty({ nullable: true, description: 'Escalation level' }) level!: number | null;
  @ApiProperty({
    description:
      "In the reader's language only: their stored preference, else Accept-Language, else Vietnamese (worded when read)",
  })
  title!: string;
  @ApiProperty({ description: "In the reader's language only; one fact a line" }) body!: string;
  @UuidProperty({ nullable: true }) taskId!: string | null;
  @UuidProperty({ nullable: true }) directiveId!: string | null;
  @UuidProperty({ nullable: true }) lateUnitId!: string | null;
  @InstantProperty() createdAt!: string;
  @InstantProperty({ nullable: true }) readAt!: string | null;
  @ApiProperty({
    type: [NoticeDeliveryDto],
    description: 'Where else it went to the reader, per channel, with the provider’s receipt when there is one',
  })
  deliveries!: NoticeDeliveryDto[];
}

export class InboxDto {
  @ApiProperty({ type: [InboxItemDto] }) items!: InboxItemDto[];
  @IntProperty({ minimum: 0 }) total!: number;
  @IntProperty({ minimum: 0, description: 'Unread, in all' }) unread!: number;
}

export class UnreadCountDto {
  @IntProperty({ minimum: 0, example: 3 }) unread!: number;
}

export class MarkedReadDto {
  @IntProperty({ minimum: 0, example: 1 }) marked!: number;
}

export class DeliveryDto {
  @UuidProperty() id!: string;
  @ApiProperty() noticeId!: string;
  @ApiProperty({ enum: ['email', 'webhook', 'sms', 'zalo', 'telegram'] }) channel!:
    'email' | 'webhook' | 'sms' | 'zalo' | 'telegram';
  @ApiProperty({ example: 'escalation' }) kind!: string;
  @ApiProperty({ description: 'The e-mail address, the webhook URL, the phone number, Zalo follower or Telegram chat' })
  address!: string;
  @UuidProperty() unitId!: string;
  @UuidProperty({ nullable: true }) taskId!: string | null;
  @ApiProperty({ enum: DELIVERY_STATUSES }) status!: (typeof DELIVERY_STATUSES)[number];
  @IntProperty({ minimum: 0 }) attempts!: number;
  @IntProperty({ minimum: 0 }) redrives!: number;
  @TextOrNullProperty() lastError!: string | null;
  @InstantProperty() notBefore!: string;
  @InstantProperty({ nullable: true }) sentAt!: string | null;
  @InstantProperty() createdAt!: string;
}

export class QuietHoursViewDto {
  @ApiProperty({ example: '22:00', pattern: '^([01]\\d|2[0-3]):[0-5]\\d$' }) start!: string;
  @ApiProperty({ example: '06:30', pattern: '^([01]\\d|2[0-3]):[0-5]\\d$' }) end!: string;
}

export class PreferencesViewDto {
  @TextOrNullProperty({ example: 'mttq.tinh@gialai.dcs.vn' }) email!: string | null;
  /** null: never chosen (Accept-Language, then Vietnamese). */
  @ApiProperty({ enum: ['vi', 'en'], nullable: true }) locale!: 'vi' | 'en' | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: {
      type: 'array',
      items: { type: 'string', enum: ['in_app', 'email', 'sms', 'zalo', 'telegram'] },
    },
    example: { reminder: ['in_app', 'zalo'] },
    description: 'Channels per notice kind',
  })
  channels!: Record<string, ('in_app' | 'email' | 'sms' | 'zalo' | 'telegram')[]>;
  @ApiProperty({ type: QuietHoursViewDto, nullable: true }) quietHours!: QuietHoursViewDto | null;
  @ApiProperty() digest!: boolean;
  @ApiProperty({ type: [String], description: 'Kinds marked urgent: past quiet hours on every channel' })
  urgentKinds!: string[];
  @ApiProperty({
    type: 'array',
    items: { type: 'string', enum: ['email', 'sms', 'zalo', 'telegram'] },
    description: 'The order of channels to fall back on',
  })
  channelOrder!: ('email' | 'sms' | 'zalo' | 'telegram')[];
}

export class WebhookCreatedDto {
  @UuidProperty() id!: string;
  @UuidProperty() unitId!: string;
  @ApiProperty() url!: string;
  @ApiProperty({ type: [String], nullable: true, description: 'Every kind' }) kinds!: string[] | null;
  @ApiProperty({ description: 'Shown this once' }) secret!: string;
  @ApiProperty({ description: 'How calls are signed' }) signature!: string;
}

export class WebhookViewDto {
  @UuidProperty() id!: string;
  @ApiProperty() url!: string;
  @ApiProperty({ type: [String], nullable: true, description: 'Every kind' }) kinds!: string[] | null;
  @ApiProperty() active!: boolean;
  @ApiProperty() createdBy!: string;
  @InstantProperty() createdAt!: string;
}
