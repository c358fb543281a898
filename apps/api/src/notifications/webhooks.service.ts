import { Inject, Injectable } from '@nestjs/common';
import { AppConfig } from '@dondoc/config';
import { toZonedIso, type Scope } from '@dondoc/domain';
import { DeliveriesRepository } from '@dondoc/persistence';
import type { WebhookDto } from './dto/webhook.dto';
import type { WebhookCreatedDto, WebhookViewDto } from './dto/notification.response';

/** A unit's webhooks: registered by its admins and leaders, signed with a secret shown once. */
@Injectable()
export class WebhooksService {
  constructor(
    @Inject(DeliveriesRepository) private readonly deliveries: DeliveriesRepository,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  async create(scope: Scope, unitId: string, dto: WebhookDto): Promise<WebhookCreatedDto> {
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

  async list(scope: Scope, unitId: string): Promise<WebhookViewDto[]> {
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

  remove(scope: Scope, unitId: string, id: string): Promise<void> {
    return this.deliveries.removeWebhook(scope, unitId, id);
  }
}
