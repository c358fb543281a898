import { Inject, Injectable, Logger } from '@nestjs/common';
import { ApplicationFailure } from '@temporalio/common';
import { droppedOnceClosed, isMessageChannel } from '@dondoc/notifications';
import { deliveriesFinished } from '@dondoc/observability';
import { DeliveriesRepository, type DeliveryEntity } from '@dondoc/persistence';
import type { DeliveryOutcome } from '@dondoc/workflow-contract';
import { ChannelSender } from './channel-sender';
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
    @Inject(ChannelSender) private readonly channels: ChannelSender,
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
      deliveriesFinished.inc({ channel: claimed.channel, outcome: 'failed' });
      throw ApplicationFailure.retryable(message, 'DeliveryFailed');
    }
    await this.deliveries.finish(deliveryId, 'sent', null);
    deliveriesFinished.inc({ channel: claimed.channel, outcome: 'sent' });
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
    if (isMessageChannel(claimed.channel)) return this.sendMessage(claimed);
    const endpoint = await this.deliveries.webhook(claimed.recipientId);
    if (!endpoint || !endpoint.active) {
      await this.deliveries.finish(claimed.id, 'dead', 'endpoint removed');
      deliveriesFinished.inc({ channel: claimed.channel, outcome: 'dead' });
      return false;
    }
    await this.webhooks.send(endpoint.url, endpoint.secret, claimed.id, claimed.payload.body!);
    return true;
  }

  /** SMS, Zalo, Telegram: a retryable outcome throws (the workflow retries); a permanent one is dead at once. */
  private async sendMessage(claimed: DeliveryEntity): Promise<boolean> {
    const gone = (await this.channels.unverified([claimed])).has(claimed.id);
    const outcome = gone ? null : await this.channels.send(claimed);
    if (outcome?.kind === 'sent') return true;
    if (outcome?.kind === 'retryable') throw new Error(outcome.reason);
    await this.deliveries.finish(
      claimed.id,
      'dead',
      outcome ? `${outcome.cause}: ${outcome.reason}` : 'address removed',
    );
    deliveriesFinished.inc({ channel: claimed.channel, outcome: 'dead' });
    return false;
  }

  async deadLetter({ deliveryId, error }: { deliveryId: string; error: string }): Promise<void> {
    await this.deliveries.deadLetter(deliveryId, error);
    // The dead-letter step knows only the id: its channel is counted as 'any'.
    deliveriesFinished.inc({ channel: 'any', outcome: 'dead' });
    this.logger.warn(`delivery ${deliveryId} dead-lettered: ${error}`);
  }
}
