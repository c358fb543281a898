import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Inject, Post, Put, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
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
  IsUrl,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { AppConfig } from '@dondoc/config';
import { toZonedIso, ValidationError, type Scope } from '@dondoc/domain';
import { DeliveriesRepository, type DeliveryEntity, type NotificationPreferenceEntity } from '@dondoc/persistence';
import { deliveryRetry, startDelivery, TemporalClientService } from '@dondoc/temporal-client';
import { NOTICE_KINDS, redriveWorkflowId } from '@dondoc/workflow-contract';
import { CurrentScope, Roles } from './auth/auth.guard';
import { PagingQuery } from './common/paging.dto';
import { UuidParam } from './common/uuid.pipe';

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;
const CHANNELS = ['in_app', 'email'] as const;
const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const hhmm = (m: number | null) =>
  m === null ? null : `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

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
    description: 'Địa chỉ nhận thư; null để thôi nhận / where e-mail goes; null for none',
  })
  @IsOptional()
  @IsEmail()
  @MaxLength(320)
  email?: string | null;

  @ApiPropertyOptional({ enum: ['vi', 'en'], example: 'vi' })
  @IsOptional()
  @IsIn(['vi', 'en'])
  locale?: 'vi' | 'en';

  @ApiPropertyOptional({
    example: { reminder: ['in_app'], report_submitted: ['in_app', 'email'] },
    description:
      'Kênh theo loại thông báo; loại không nêu nhận cả hai; cảnh báo vượt cấp luôn gửi / channels per notice kind; unlisted kinds get both; escalations always go',
  })
  @IsOptional()
  @IsObject()
  channels?: Record<string, string[]>;

  @ApiPropertyOptional({ type: QuietHoursDto, nullable: true, description: 'null để bỏ / null to clear' })
  @IsOptional()
  @ValidateNested()
  @Type(() => QuietHoursDto)
  quietHours?: QuietHoursDto | null;

  @ApiPropertyOptional({
    example: true,
    description: 'Bản tin 07:30 thay cho nhắc hạn lẻ / 07:30 digest in place of single reminders',
  })
  @IsOptional()
  @IsBoolean()
  digest?: boolean;
}

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

export class DeliveriesQuery extends PagingQuery {
  @ApiPropertyOptional({ enum: ['pending', 'sending', 'sent', 'dead', 'held', 'digested', 'skipped'] })
  @IsOptional()
  @IsIn(['pending', 'sending', 'sent', 'dead', 'held', 'digested', 'skipped'])
  status?: DeliveryEntity['status'];

  @ApiPropertyOptional({ enum: ['email', 'webhook'] })
  @IsOptional()
  @IsIn(['email', 'webhook'])
  channel?: DeliveryEntity['channel'];

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  unitId?: string;
}

/**
 * How notices reach people beyond the inbox: one's own preferences, a unit's webhooks,
 * and the delivery log with its dead letters, which can be re-driven.
 */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller()
export class DeliveriesController {
  constructor(
    @Inject(DeliveriesRepository) private readonly deliveries: DeliveriesRepository,
    @Inject(TemporalClientService) private readonly temporal: TemporalClientService,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  @Get('me/preferences')
  @ApiOkResponse({
    schema: {
      example: {
        email: 'mttq.tinh@gialai.dcs.vn',
        locale: 'vi',
        channels: { reminder: ['in_app'] },
        quietHours: { start: '22:00', end: '06:30' },
        digest: true,
      },
    },
  })
  async getPreferences(@CurrentScope() scope: Scope) {
    const [preferences, email] = await Promise.all([
      this.deliveries.preferences(scope.userId),
      this.deliveries.email(scope.userId),
    ]);
    return preferencesView(preferences, email);
  }

  @Put('me/preferences')
  @ApiOkResponse({ description: 'Đã lưu / saved' })
  async setPreferences(@CurrentScope() scope: Scope, @Body() dto: PreferencesDto) {
    const problems = [];
    for (const [kind, channels] of Object.entries(dto.channels ?? {})) {
      if (!(NOTICE_KINDS as readonly string[]).includes(kind))
        problems.push({
          field: `channels.${kind}`,
          message: `channels.${kind}: không có loại thông báo này / unknown notice kind`,
        });
      else if (!Array.isArray(channels) || channels.some((c) => !(CHANNELS as readonly string[]).includes(c)))
        problems.push({
          field: `channels.${kind}`,
          message: `channels.${kind}: chỉ in_app, email / only in_app and email`,
        });
    }
    if (problems.length) throw new ValidationError(problems);
    const saved = await this.deliveries.setPreferences(scope.userId, {
      email: dto.email === undefined ? undefined : (dto.email?.trim().toLowerCase() ?? null),
      locale: dto.locale,
      channels: dto.channels as Record<string, (typeof CHANNELS)[number][]> | undefined,
      quietHours:
        dto.quietHours === undefined
          ? undefined
          : dto.quietHours && { startMinutes: minutes(dto.quietHours.start), endMinutes: minutes(dto.quietHours.end) },
      digest: dto.digest,
    });
    return preferencesView(saved, await this.deliveries.email(scope.userId));
  }

  @Post('units/:unitId/webhooks')
  @Roles('admin', 'leader')
  @ApiForbiddenResponse({ description: 'Chỉ quản trị hoặc lãnh đạo đơn vị / admins and unit leaders only' })
  @ApiCreatedResponse({
    description: 'Khóa bí mật chỉ hiện một lần / the secret is shown this once',
    schema: {
      example: {
        id: '…',
        url: 'https://…/webhook',
        kinds: null,
        secret: 'k3y…',
        signature: 'X-DonDoc-Signature: sha256=HMAC(secret, timestamp + "." + body)',
      },
    },
  })
  async createWebhook(@CurrentScope() scope: Scope, @UuidParam('unitId') unitId: string, @Body() dto: WebhookDto) {
    const endpoint = await this.deliveries.createWebhook(scope, unitId, dto.url, dto.kinds?.length ? dto.kinds : null);
    return {
      id: endpoint.id,
      unitId,
      url: endpoint.url,
      kinds: endpoint.kinds,
      secret: endpoint.secret,
      signature: 'X-DonDoc-Signature: sha256=HMAC-SHA256(secret, X-DonDoc-Timestamp + "." + body)',
    };
  }

  @Get('units/:unitId/webhooks')
  @ApiOkResponse({ schema: { example: [{ id: '…', url: 'https://…/webhook', kinds: null, active: true }] } })
  async webhooks(@CurrentScope() scope: Scope, @UuidParam('unitId') unitId: string) {
    const tz = this.config.timezone;
    return (await this.deliveries.webhooks(scope, unitId)).map((e) => ({
      id: e.id,
      url: e.url,
      kinds: e.kinds,
      active: e.active,
      createdBy: e.createdBy,
      createdAt: toZonedIso(e.createdAt, tz),
    }));
  }

  @Delete('units/:unitId/webhooks/:id')
  @Roles('admin', 'leader')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Đã tắt / deactivated' })
  async removeWebhook(@CurrentScope() scope: Scope, @UuidParam('unitId') unitId: string, @UuidParam('id') id: string) {
    await this.deliveries.removeWebhook(scope, unitId, id);
  }

  @Get('deliveries')
  @ApiOkResponse({
    schema: {
      example: {
        items: [
          {
            id: '…',
            channel: 'webhook',
            kind: 'escalation',
            status: 'dead',
            attempts: 6,
            lastError: 'HTTP 503 from hook.example',
            address: 'https://hook.example/dondoc',
          },
        ],
        total: 1,
      },
    },
  })
  async list(@CurrentScope() scope: Scope, @Query() query: DeliveriesQuery) {
    const { items, total } = await this.deliveries.list(scope, query);
    return { items: items.map((d) => this.view(d)), total };
  }

  @Post('deliveries/:id/redrive')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOkResponse({ description: 'Đang gửi lại / re-driving' })
  @ApiConflictResponse({ description: 'Chỉ lần gửi đã thất bại / only a dead delivery' })
  async redrive(@CurrentScope() scope: Scope, @UuidParam('id') id: string) {
    const delivery = await this.deliveries.redrive(scope, id);
    await startDelivery(this.temporal.client, this.temporal.taskQueue, redriveWorkflowId(id, delivery.redrives), {
      noticeId: delivery.noticeId,
      deliveries: [{ deliveryId: id, notBefore: delivery.notBefore.toISOString() }],
      retry: deliveryRetry(this.config.delivery),
    });
    return this.view(delivery);
  }

  private view(d: DeliveryEntity) {
    const tz = this.config.timezone;
    return {
      id: d.id,
      noticeId: d.noticeId,
      channel: d.channel,
      kind: d.kind,
      address: d.address,
      unitId: d.unitId,
      taskId: d.taskId,
      status: d.status,
      attempts: d.attempts,
      redrives: d.redrives,
      lastError: d.lastError,
      notBefore: toZonedIso(d.notBefore, tz),
      sentAt: d.sentAt ? toZonedIso(d.sentAt, tz) : null,
      createdAt: toZonedIso(d.createdAt, tz),
    };
  }
}

function preferencesView(p: NotificationPreferenceEntity, email: string | null) {
  return {
    email,
    locale: p.locale,
    channels: p.channels,
    quietHours:
      p.quietStart === null || p.quietEnd === null ? null : { start: hhmm(p.quietStart), end: hhmm(p.quietEnd) },
    digest: p.digest,
  };
}
