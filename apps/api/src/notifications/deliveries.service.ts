import { Inject, Injectable } from '@nestjs/common';
import { AppConfig } from '@dondoc/config';
import { toZonedIso, type Scope } from '@dondoc/domain';
import { DeliveriesRepository, type DeliveryEntity } from '@dondoc/persistence';
import { deliveryRetry, startDelivery, TemporalClientService } from '@dondoc/temporal-client';
import { redriveWorkflowId } from '@dondoc/workflow-contract';
import type { DeliveriesQuery } from './dto/deliveries.query';
import type { DeliveryDto } from './dto/notification.response';
import type { Page } from '../common/dto/response.dto';

/** The delivery log with its dead letters, which can be re-driven. */
@Injectable()
export class DeliveriesService {
  constructor(
    @Inject(DeliveriesRepository) private readonly deliveries: DeliveriesRepository,
    @Inject(TemporalClientService) private readonly temporal: TemporalClientService,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  async list(scope: Scope, query: DeliveriesQuery): Promise<Page<DeliveryDto>> {
    const { items, total } = await this.deliveries.list(scope, query);
    return { items: items.map((d) => this.view(d)), total };
  }

  async redrive(scope: Scope, id: string): Promise<DeliveryDto> {
    const delivery = await this.deliveries.redrive(scope, id);
    await startDelivery(this.temporal.client, this.temporal.taskQueue, redriveWorkflowId(id, delivery.redrives), {
      noticeId: delivery.noticeId,
      deliveries: [{ deliveryId: id, notBefore: delivery.notBefore.toISOString() }],
      retry: deliveryRetry(this.config.delivery),
    });
    return this.view(delivery);
  }

  private view(d: DeliveryEntity): DeliveryDto {
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
