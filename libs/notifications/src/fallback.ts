import { isMessageChannel, type MessageChannel } from './delivery-rules';

/** Kinds that fall back to the person's next channel when left unread (docs/decisions/0083). */
export const UNREAD_FALLBACK_KINDS: readonly string[] = ['escalation'];

/**
 * The channel a notice falls back on (docs/decisions/0083): in the person's `order`, the
 * first message channel after `after` (from the start when `after` is null or not in the
 * order) that the person can be reached on and that is not in `skip`. E-mail is a place
 * in the order but never a fall-back target (its message is rendered only when planned).
 * null: nowhere left.
 */
export function nextChannel(
  order: readonly string[],
  after: string | null,
  reachable: ReadonlySet<string>,
  skip: ReadonlySet<string> = new Set(),
): MessageChannel | null {
  const from = after === null ? -1 : order.indexOf(after);
  for (const channel of order.slice(from + 1)) {
    if (channel === after || skip.has(channel)) continue;
    if (isMessageChannel(channel) && reachable.has(channel)) return channel;
  }
  return null;
}

/** A delivery that failed for good, as far as its fall-back needs to know it. */
export interface FailedDelivery {
  id: string;
  noticeId: string;
  channel: string;
  recipientId: string;
  unitId: string;
  kind: string;
  taskId: string | null;
  batchId: string | null;
  /** The one-line text it carried: a message's own, an e-mail's short form; none, no fall-back. */
  text: string | undefined;
}

/** The row a failed delivery falls back to: the same notice, the person's next channel. */
export interface FallbackRow {
  noticeId: string;
  channel: MessageChannel;
  recipientId: string;
  address: string;
  unitId: string;
  kind: string;
  taskId: string | null;
  batchId: string | null;
  payload: { text: string; fallbackOf: string };
}

/**
 * The fall-back rows of these failed deliveries (docs/decisions/0083): each person's next
 * channel in their order that they have a verified address on and that is configured.
 * Webhooks belong to units, not people, and a delivery without a text has nothing to send
 * elsewhere; both fall back nowhere. Pure: its two callers (the sender after a permanent
 * answer, the API after a failed delivery receipt) read the orders and addresses.
 */
export function planFallbacks(
  failed: readonly FailedDelivery[],
  orderOf: (userId: string) => readonly string[],
  addressesOf: (userId: string) => readonly { channel: string; address: string | null }[],
  configured: (channel: MessageChannel) => boolean,
): FallbackRow[] {
  const rows: FallbackRow[] = [];
  for (const d of failed) {
    if (!(d.channel === 'email' || isMessageChannel(d.channel)) || !d.text) continue;
    const addresses = addressesOf(d.recipientId).filter((a) => isMessageChannel(a.channel) && configured(a.channel));
    const channel = nextChannel(orderOf(d.recipientId), d.channel, new Set(addresses.map((a) => a.channel)));
    const address = addresses.find((a) => a.channel === channel)?.address;
    if (!channel || !address) continue;
    rows.push({
      noticeId: d.noticeId,
      channel,
      recipientId: d.recipientId,
      address,
      unitId: d.unitId,
      kind: d.kind,
      taskId: d.taskId,
      batchId: d.batchId,
      payload: { text: d.text, fallbackOf: d.id },
    });
  }
  return rows;
}

/** The one-line text a delivery would carry elsewhere: a message's own, or the short form an e-mail row keeps. */
export function fallbackText(d: { channel: string; payload: { text?: string; short?: string } }): string | undefined {
  return d.channel === 'email' ? d.payload.short : d.payload.text;
}
