import { Inject, Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '@dondoc/config';
import { localDate, nextLocalTime } from '@dondoc/domain';
import { droppedOnceClosed, isMessageChannel } from '@dondoc/notifications';
import { deliveriesFinished } from '@dondoc/observability';
import { DeliveryBatchesRepository, type ClaimedDelivery, type WebhookEndpointEntity } from '@dondoc/persistence';
import type { DeliveryBatchPass, DeliveryRetry } from '@dondoc/workflow-contract';
import { heartbeat as beat } from './heartbeat';
import { ChannelFallback } from './channel-fallback';
import { ChannelSender } from './channel-sender';
import { MailSender, WebhookSender } from './senders';

/** Deliveries one pass takes: small enough for a pass to end in well under a minute. */
const PASS_SIZE = 500;
/** A claim older than this is taken to be a pass that died: its rows may go again. */
const STALE_CLAIM_MS = 2 * 60_000;
/** How far ahead a pass reserves a webhook server's slots; the rest waits for a later pass. */
const SLOT_HORIZON_MS = 20_000;
/** How late a call may still use its slot: half the spacing, and never less than this. */
const MIN_LATENESS_MS = 25;
/** SMS, Zalo and Telegram messages in flight at once in one pass. */
const CHANNEL_CONCURRENCY = 8;

interface Outcomes {
  sent: string[];
  /** The provider's message id of a sent SMS, Zalo or Telegram message. */
  providerIds: Map<string, string>;
  failed: { id: string; error: string; notBeforeMs?: number | null }[];
  /** Never to go on this channel as it is (a provider's permanent answer): dead at once, with the reason. */
  refused: { id: string; error: string; permanent?: false }[];
  /** Not sent in this pass (no slot of its server yet), pending again from the instant. */
  later: { id: string; at: Date }[];
}

/** Runs `work` over `items` with at most `limit` at a time. */
async function pooled<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}

/**
 * One pass over a batch of deliveries (docs/decisions/0060-batched-deliveries.md): claims
 * what is due, drops what its task made pointless, sends e-mails through the SMTP pool
 * and webhook calls grouped per server at that server's pace (slots reserved in
 * PostgreSQL, shared by every batch and worker), then records every outcome in bulk.
 * A claim before the send and the record after it keep today's at-least-once delivery:
 * a pass that dies between the two leaves a stale claim, sent again later.
 */
@Injectable()
export class BatchSender {
  private readonly logger = new Logger(BatchSender.name);

  constructor(
    @Inject(AppConfig) private readonly config: AppConfig,
    @Inject(DeliveryBatchesRepository) private readonly batches: DeliveryBatchesRepository,
    @Inject(MailSender) private readonly mail: MailSender,
    @Inject(WebhookSender) private readonly webhooks: WebhookSender,
    @Inject(ChannelSender) private readonly channels: ChannelSender,
    @Inject(ChannelFallback) private readonly fallback: ChannelFallback,
  ) {}

  async sendDeliveryBatch(input: { batchId: string; retry: DeliveryRetry }): Promise<DeliveryBatchPass> {
    // Alive while it waits for a server's slot too, not only when a send ends.
    const ticker = setInterval(beat, 5_000);
    try {
      return await this.pass(input);
    } finally {
      clearInterval(ticker);
    }
  }

  private async pass({ batchId, retry }: { batchId: string; retry: DeliveryRetry }): Promise<DeliveryBatchPass> {
    const claimed = await this.batches.claim(batchId, PASS_SIZE, STALE_CLAIM_MS);
    const pass: DeliveryBatchPass = { sent: 0, failed: 0, dead: 0, skipped: 0, nextAt: null };
    if (claimed.length > 0) {
      const live = await this.dropRead(await this.dropClosed(claimed, pass), pass);
      const endpoints = await this.batches.endpoints([
        ...new Set(live.filter((d) => d.channel === 'webhook').map((d) => d.recipientId)),
      ]);
      const outcomes: Outcomes = { sent: [], providerIds: new Map(), failed: [], refused: [], later: [] };
      const removed: ClaimedDelivery[] = [];
      const calls = new Map<string, { delivery: ClaimedDelivery; endpoint: WebhookEndpointEntity }[]>();
      for (const delivery of live.filter((d) => d.channel === 'webhook')) {
        const endpoint = endpoints.get(delivery.recipientId);
        if (!endpoint?.active) {
          removed.push(delivery);
          continue;
        }
        const origin = new URL(endpoint.url).origin;
        if (!calls.has(origin)) calls.set(origin, []);
        calls.get(origin)!.push({ delivery, endpoint });
      }
      await this.batches.close(
        removed.map((d) => d.id),
        'dead',
        'endpoint removed',
      );
      this.count('webhook', 'dead', removed.length);
      await Promise.all([
        this.sendMails(
          live.filter((d) => d.channel === 'email'),
          outcomes,
        ),
        ...[...calls].map(([origin, list]) => this.sendCalls(origin, list, outcomes)),
        this.sendMessages(
          live.filter((d) => isMessageChannel(d.channel)),
          outcomes,
        ),
      ]);
      await this.record(live, outcomes, retry, pass);
      pass.dead += removed.length;
    }
    const next = await this.batches.nextDue(batchId, STALE_CLAIM_MS);
    pass.nextAt = next?.toISOString() ?? null;
    return pass;
  }

  /** The self-check at sending time: an urging message whose task closed meanwhile does not go. */
  private async dropClosed(claimed: ClaimedDelivery[], pass: DeliveryBatchPass): Promise<ClaimedDelivery[]> {
    const urging = claimed.filter((d) => d.taskId && droppedOnceClosed(d.kind));
    const closed = await this.batches.closedTasks([...new Set(urging.map((d) => d.taskId!))]);
    if (closed.size === 0) return claimed;
    for (const status of new Set(closed.values())) {
      const ids = urging.filter((d) => closed.get(d.taskId!) === status).map((d) => d.id);
      await this.batches.close(ids, 'skipped', `task ${status} before sending`);
      pass.skipped += ids.length;
      this.count('any', 'skipped', ids.length);
    }
    return claimed.filter((d) => !(d.taskId && droppedOnceClosed(d.kind) && closed.has(d.taskId)));
  }

  /** The unread-escalation fall-back (0083) goes only while the person has not read the notice in the inbox. */
  private async dropRead(claimed: ClaimedDelivery[], pass: DeliveryBatchPass): Promise<ClaimedDelivery[]> {
    const unlessRead = claimed.filter((d) => d.payload.unlessRead);
    if (unlessRead.length === 0) return claimed;
    const read = await this.batches.readNotices(
      unlessRead.map((d) => ({ noticeId: d.noticeId, userId: d.recipientId })),
    );
    const ids = unlessRead.filter((d) => read.has(`${d.noticeId}|${d.recipientId}`)).map((d) => d.id);
    await this.batches.close(ids, 'skipped', 'read before sending');
    pass.skipped += ids.length;
    this.count('any', 'skipped', ids.length);
    return claimed.filter((d) => !ids.includes(d.id));
  }

  /** E-mails through the pooled transport: a few more in flight than connections, so none idles. */
  private async sendMails(mails: ClaimedDelivery[], outcomes: Outcomes): Promise<void> {
    await pooled(mails, this.config.delivery.smtpMaxConnections * 4, async (d) => {
      try {
        await this.mail.send({
          to: d.address,
          subject: d.payload.subject!,
          text: d.payload.text!,
          html: d.payload.html!,
          headers: { 'X-DonDoc-Notice': d.noticeId, 'X-DonDoc-Delivery': d.id },
        });
        outcomes.sent.push(d.id);
      } catch (error) {
        const message = (error as Error).message ?? String(error);
        // The server refused the recipient for good (5xx to RCPT TO): no retry will change that (0083).
        if (recipientRefused(error)) outcomes.refused.push({ id: d.id, error: message });
        else outcomes.failed.push({ id: d.id, error: message });
      }
      beat();
    });
  }

  /**
   * SMS, Zalo and Telegram (docs/decisions/0081): an address removed or replaced since the
   * notice was planned gets nothing; each outcome maps onto the row: sent (with the
   * provider's id), retryable (the backoff, at least the provider's own delay), permanent
   * (dead at once: no attempts spent on a blocked bot or an unknown number).
   */
  private async sendMessages(messages: ClaimedDelivery[], outcomes: Outcomes): Promise<void> {
    if (messages.length === 0) return;
    const gone = await this.channels.unverified(messages);
    for (const id of gone) outcomes.refused.push({ id, error: 'address removed', permanent: false });
    const live = messages.filter((d) => !gone.has(d.id));
    const sendOne = async (d: ClaimedDelivery) => {
      const outcome = await this.channels.send(d);
      if (outcome.kind === 'sent') {
        outcomes.sent.push(d.id);
        outcomes.providerIds.set(d.id, outcome.providerMessageId);
      } else if (outcome.kind === 'retryable') {
        outcomes.failed.push({ id: d.id, error: outcome.reason, notBeforeMs: outcome.retryAfterMs });
      } else outcomes.refused.push({ id: d.id, error: `${outcome.cause}: ${outcome.reason}` });
      beat();
    };
    await Promise.all([
      pooled(
        live.filter((d) => d.channel !== 'sms'),
        CHANNEL_CONCURRENCY,
        sendOne,
      ),
      this.sendSms(
        live.filter((d) => d.channel === 'sms'),
        outcomes,
        sendOne,
      ),
    ]);
  }

  /**
   * SMS within each unit's daily budget, at the gateway's pace (docs/decisions/0083): the
   * budget reserved per unit in a short transaction, then slots `1/SMS_RATE_PER_SECOND`
   * apart shared by every batch and worker (the webhook servers' pacing, keyed by the
   * gateway's origin). What is over the budget waits for the next local day, what is past
   * the slot horizon for a later pass: pending again, never dropped.
   */
  private async sendSms(
    list: ClaimedDelivery[],
    outcomes: Outcomes,
    sendOne: (d: ClaimedDelivery) => Promise<void>,
  ): Promise<void> {
    if (list.length === 0) return;
    const { smsDailyBudgetPerUnit: budget, smsRatePerSecond } = this.config.delivery;
    const now = new Date();
    const day = localDate(now, this.config.timezone);
    let allowed = list;
    if (budget > 0) {
      allowed = [];
      const tomorrow = nextLocalTime(now, 0, this.config.timezone);
      for (const [unitId, rows] of groupBy(list, (d) => d.unitId)) {
        const granted = await this.batches.reserveSmsBudget(unitId, day, rows.length, budget);
        allowed.push(...rows.slice(0, granted));
        for (const d of rows.slice(granted)) outcomes.later.push({ id: d.id, at: tomorrow });
      }
    }
    const gateway = this.config.channels.sms ? new URL(this.config.channels.sms.url).origin : 'none';
    const notSent = await this.paced(`sms:${gateway}`, allowed, 1000 / smsRatePerSecond, outcomes, sendOne);
    // A budget reserved for an SMS that did not go (no slot yet) is given back.
    if (budget > 0)
      for (const [unitId, rows] of groupBy(notSent, (d) => d.unitId))
        await this.batches.releaseSmsBudget(unitId, day, rows.length);
  }

  /**
   * Sends `list` at slots `interval` apart reserved for `origin` (whoever else sends there);
   * those past the horizon, or whose slot this process missed, wait for a later pass. Returns those.
   */
  private async paced<T>(
    origin: string,
    list: T[],
    interval: number,
    outcomes: Outcomes,
    send: (item: T) => Promise<void>,
    idOf: (item: T) => string = (item) => (item as { id: string }).id,
  ): Promise<T[]> {
    if (list.length === 0) return [];
    const grant = await this.batches.reserveSlots(origin, list.length, interval, SLOT_HORIZON_MS);
    const start = Date.now() + (grant.firstMs - grant.nowMs);
    const notSent = list.slice(grant.granted);
    // A timer that fires late (a busy moment of this process) would crowd the next slot:
    // past this, the call gives its slot up and waits for a later pass instead.
    const lateness = Math.max(interval / 2, MIN_LATENESS_MS);
    await Promise.all(
      list.slice(0, grant.granted).map(async (item, i) => {
        const slot = start + i * interval;
        if (slot > Date.now()) await new Promise((resolve) => setTimeout(resolve, slot - Date.now()));
        if (Date.now() - slot > lateness) notSent.push(item);
        else await send(item);
      }),
    );
    for (const item of notSent) outcomes.later.push({ id: idOf(item), at: new Date(grant.retryAtMs) });
    return notSent;
  }

  /**
   * One server's calls, each at its own reserved slot (1/rate apart, whoever else calls
   * the same server); those past the horizon wait for a later pass.
   */
  private async sendCalls(
    origin: string,
    list: { delivery: ClaimedDelivery; endpoint: WebhookEndpointEntity }[],
    outcomes: Outcomes,
  ): Promise<void> {
    await this.paced(
      origin,
      list,
      1000 / this.config.delivery.webhookRatePerSecond,
      outcomes,
      async ({ delivery, endpoint }) => {
        try {
          await this.webhooks.send(endpoint.url, endpoint.secret, delivery.id, delivery.payload.body!);
          outcomes.sent.push(delivery.id);
        } catch (error) {
          outcomes.failed.push({ id: delivery.id, error: (error as Error).message ?? String(error) });
        }
        beat();
      },
      ({ delivery }) => delivery.id,
    );
  }

  /** Every outcome of the pass in a few statements; counted by channel. */
  private async record(
    live: ClaimedDelivery[],
    outcomes: Outcomes,
    retry: DeliveryRetry,
    pass: DeliveryBatchPass,
  ): Promise<void> {
    const channel = new Map(live.map((d) => [d.id, d.channel]));
    await this.batches.sent(outcomes.sent, outcomes.providerIds);
    for (const { id, error } of outcomes.refused) await this.batches.close([id], 'dead', error.slice(0, 1000));
    for (const { id } of outcomes.refused) deliveriesFinished.inc({ channel: channel.get(id)!, outcome: 'dead' });
    const dead = await this.batches.failed(outcomes.failed, {
      maxAttempts: retry.maxAttempts,
      initialMs: retry.initialIntervalMs,
      maxMs: retry.maximumIntervalMs,
    });
    for (const at of new Set(outcomes.later.map((l) => l.at.getTime()))) {
      await this.batches.release(
        outcomes.later.filter((l) => l.at.getTime() === at).map((l) => l.id),
        new Date(at),
      );
    }
    for (const id of outcomes.sent) deliveriesFinished.inc({ channel: channel.get(id)!, outcome: 'sent' });
    for (const { id } of outcomes.failed) deliveriesFinished.inc({ channel: channel.get(id)!, outcome: 'failed' });
    for (const id of dead) deliveriesFinished.inc({ channel: channel.get(id)!, outcome: 'dead' });
    if (dead.length > 0) this.logger.warn(`${dead.length} deliveries dead-lettered after their last attempt`);
    // Never on this channel: the person's next channel, if they have one (0083). A removed address is no failure.
    const failedForGood = new Set([...outcomes.refused.filter((r) => r.permanent !== false).map((r) => r.id), ...dead]);
    const fellBack = await this.fallback.after(live.filter((d) => failedForGood.has(d.id)));
    if (fellBack > 0) this.logger.log(`${fellBack} deliveries fall back to the next channel of their person`);
    pass.sent += outcomes.sent.length;
    pass.failed += outcomes.failed.length;
    pass.dead += dead.length + outcomes.refused.length;
  }

  private count(channel: string, outcome: string, n: number): void {
    if (n > 0) deliveriesFinished.inc({ channel, outcome }, n);
  }
}

/** Nodemailer's error when the server refused the recipient with a 5xx (a permanent answer, RFC 5321 §4.2.1). */
function recipientRefused(error: unknown): boolean {
  const e = error as { code?: string; responseCode?: number };
  return e.code === 'EENVELOPE' && typeof e.responseCode === 'number' && e.responseCode >= 500;
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k)!.push(item);
  }
  return groups;
}
