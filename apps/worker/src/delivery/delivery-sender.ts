import { Inject, Injectable, Logger } from '@nestjs/common';
import { ApplicationFailure } from '@temporalio/common';
import { droppedOnceClosed } from '@dondoc/notifications';
import { DeliveriesRepository, type DeliveryEntity } from '@dondoc/persistence';
import type { DeliveryOutcome } from '@dondoc/workflow-contract';
import { MailSender, WebhookSender } from './senders';

/** A claim older than this is taken to be a sender that died: the delivery may go again. */
const STALE_CLAIM_MS = 2 * 60_000;

/**
 * Sends one delivery. It claims the row before sending, so a retried activity sends
 * once; a failure puts it back for the delivery workflow's retry, and the workflow
 * dead-letters it when the attempts are spent.
 */
@Injectable()
export class DeliverySender {
  private readonly logger = new Logger(DeliverySender.name);

  constructor(
    @Inject(DeliveriesRepository) private readonly deliveries: DeliveriesRepository,
    @Inject(MailSender) private readonly mail: MailSender,
    @Inject(WebhookSender) private readonly webhooks: WebhookSender,
  ) {}

  /** Takes the delivery for this attempt, unless it went already or another sender holds it. */
  private async claim(deliveryId: string): Promise<DeliveryEntity | DeliveryOutcome> {
    const claimed = await this.deliveries.claim(deliveryId, STALE_CLAIM_MS);
    if (claimed) return claimed;
    const status = await this.deliveries.status(deliveryId);
    if (status === 'sent' || status === 'digested') return 'already_sent';
    if (status === 'sending') throw new Error(`delivery ${deliveryId} is being sent by another attempt`);
    return 'skipped';
  }

  async sendDelivery({ deliveryId }: { deliveryId: string }): Promise<DeliveryOutcome> {
    const claimed = await this.claim(deliveryId);
    if (typeof claimed === 'string') return claimed;
    // The self-check again at sending time: the message may have waited hours for quiet hours to end.
    if (claimed.taskId && droppedOnceClosed(claimed.kind)) {
      const closed = await this.deliveries.closedTaskStatus(claimed.taskId);
      if (closed) {
        await this.deliveries.skip(deliveryId, `task ${closed} before sending`);
        return 'skipped';
      }
    }
    try {
      if (!(await this.send(claimed))) return 'skipped';
    } catch (error) {
      const message = (error as Error).message ?? String(error);
      await this.deliveries.failedAttempt(deliveryId, message);
      throw ApplicationFailure.retryable(message, 'DeliveryFailed');
    }
    await this.deliveries.finish(deliveryId, 'sent', null);
    return 'sent';
  }

  /** Sends the claimed delivery on its channel; false when there is nowhere to send it any more. */
  private async send(claimed: DeliveryEntity): Promise<boolean> {
    if (claimed.channel === 'email') {
      await this.mail.send({
        to: claimed.address,
        subject: claimed.payload.subject!,
        text: claimed.payload.text!,
        html: claimed.payload.html!,
        headers: { 'X-DonDoc-Notice': claimed.noticeId, 'X-DonDoc-Delivery': claimed.id },
      });
      return true;
    }
    const endpoint = await this.deliveries.webhook(claimed.recipientId);
    if (!endpoint || !endpoint.active) {
      await this.deliveries.finish(claimed.id, 'dead', 'endpoint removed');
      return false;
    }
    await this.webhooks.send(endpoint.url, endpoint.secret, claimed.id, claimed.payload.body!);
    return true;
  }

  async deadLetter({ deliveryId, error }: { deliveryId: string; error: string }): Promise<void> {
    await this.deliveries.deadLetter(deliveryId, error);
    this.logger.warn(`delivery ${deliveryId} dead-lettered: ${error}`);
  }
}
