import { Inject, Injectable } from '@nestjs/common';
import type { Channel } from '@dondoc/notifications';
import type { NotificationPreferenceEntity } from '@dondoc/persistence';
import type {
  DeliveryActivities,
  DeliveryBatchActivities,
  DeliveryBatchPass,
  DeliveryOutcome,
  DeliveryRetry,
} from '@dondoc/workflow-contract';
import { BatchSender } from './batch-sender';
import { DeliveryPlanner, type PlannedNotice } from './delivery-planner';
import { DeliverySender } from './delivery-sender';
import { DigestService } from './digest.service';

export type { PlannedNotice } from './delivery-planner';

/**
 * Delivery beyond the inbox, as the rest of the worker sees it: the delivery and digest
 * workflows' activities, and what the task activities' `notify` asks of it (the
 * recipients' preferences, then the plan). The work itself is in DeliveryPlanner
 * (notices into delivery rows), BatchSender (a pass over a batch of them),
 * DeliverySender (one delivery: the per-notice workflows started before batches, and
 * re-drives) and DigestService.
 */
@Injectable()
export class DeliveryService implements DeliveryActivities, DeliveryBatchActivities {
  constructor(
    @Inject(DeliveryPlanner) private readonly planner: DeliveryPlanner,
    @Inject(BatchSender) private readonly batchSender: BatchSender,
    @Inject(DeliverySender) private readonly sender: DeliverySender,
    @Inject(DigestService) private readonly digest: DigestService,
  ) {}

  /** Users who turned a channel off for a kind do not get it there (escalations always go). */
  preferences(userIds: string[]): Promise<Map<string, NotificationPreferenceEntity>> {
    return this.planner.preferences(userIds);
  }

  wants(preference: NotificationPreferenceEntity | undefined, kind: string, channel: Channel): boolean {
    return this.planner.wants(preference, kind, channel);
  }

  plan(notice: PlannedNotice): Promise<number> {
    return this.planner.plan(notice);
  }

  /** The deliveries of many notices (a cohort's instant) at once; see DeliveryPlanner.planMany. */
  planMany(notices: PlannedNotice[]): Promise<number> {
    return this.planner.planMany(notices);
  }

  sendDeliveryBatch(input: { batchId: string; retry: DeliveryRetry }): Promise<DeliveryBatchPass> {
    return this.batchSender.sendDeliveryBatch(input);
  }

  sendDelivery(input: { deliveryId: string }): Promise<DeliveryOutcome> {
    return this.sender.sendDelivery(input);
  }

  deadLetter(input: { deliveryId: string; error: string }): Promise<void> {
    return this.sender.deadLetter(input);
  }

  sendDigests(input: { date: string }): Promise<{ sent: number }> {
    return this.digest.sendDigests(input);
  }

  asActivities(): DeliveryActivities & DeliveryBatchActivities {
    return {
      sendDeliveryBatch: (input) => this.sendDeliveryBatch(input),
      sendDelivery: (input) => this.sendDelivery(input),
      deadLetter: (input) => this.deadLetter(input),
      sendDigests: (input) => this.sendDigests(input),
    };
  }
}
