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
