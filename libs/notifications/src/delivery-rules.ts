/**
 * Who gets a notice on which channel, and when its message may go out: the kind's
 * rules (./notice-kinds) applied to a recipient's preferences. Pure.
 */
import { afterQuietHours, type QuietHours } from '@dondoc/domain';
import { noticeKindRules } from './notice-kinds';

export type Channel = 'in_app' | 'email';

/**
 * Whether someone with these channel preferences (per kind; none = every channel)
 * gets a notice of `kind` on `channel`. Urgent kinds always go.
 */
export function wantsNotice(
  channels: Record<string, Channel[]> | null | undefined,
  kind: string,
  channel: Channel,
): boolean {
  if (noticeKindRules(kind)?.urgent) return true;
  const chosen = channels?.[kind];
  return chosen ? chosen.includes(channel) : true;
}

export type DeliveryTiming = { hold: 'digest' } | { at: Date };

/** When a message of `kind` to someone with these preferences goes out, seen at `now`. */
export function deliveryTiming(
  now: Date,
  kind: string,
  preferences: { quiet: QuietHours | null; digest: boolean },
  timeZone: string,
): DeliveryTiming {
  const rules = noticeKindRules(kind);
  if (rules?.urgent) return { at: now };
  if (preferences.digest && rules?.digested) return { hold: 'digest' };
  return { at: afterQuietHours(now, preferences.quiet, timeZone) };
}

/** Whether a message of `kind` waiting to go out is dropped because its task has closed. */
export function droppedOnceClosed(kind: string): boolean {
  return noticeKindRules(kind)?.droppedOnceClosed ?? false;
}
