/**
 * Who gets a notice on which channel, and when its message may go out: the kind's
 * rules (./notice-kinds) applied to a recipient's preferences. Pure.
 */
import { afterQuietHours, type QuietHours } from '@dondoc/domain';
import { noticeKindRules } from './notice-kinds';

export type Channel = 'in_app' | 'email' | MessageChannel;
/** The message channels a person links an address for (docs/decisions/0081). */
export type MessageChannel = 'sms' | 'zalo' | 'telegram';
export const MESSAGE_CHANNELS: readonly MessageChannel[] = ['sms', 'zalo', 'telegram'];
export const CHANNELS: readonly Channel[] = ['in_app', 'email', ...MESSAGE_CHANNELS];

export const isMessageChannel = (channel: string): channel is MessageChannel =>
  (MESSAGE_CHANNELS as readonly string[]).includes(channel);

/**
 * Whether someone with these channel preferences (per kind) gets a notice of `kind` on
 * `channel`. The app and e-mail: a kind not listed goes on both, and urgent kinds always go.
 * SMS, Zalo and Telegram only when the person chose them for the kind (each costs, or
 * reaches a phone): never by default, urgent kinds included.
 */
export function wantsNotice(
  channels: Record<string, Channel[]> | null | undefined,
  kind: string,
  channel: Channel,
): boolean {
  const chosen = channels?.[kind];
  if (isMessageChannel(channel)) return chosen?.includes(channel) ?? false;
  if (noticeKindRules(kind)?.urgent) return true;
  return chosen ? chosen.includes(channel) : true;
}

export type DeliveryTiming = { hold: 'digest' } | { at: Date };

/**
 * When a message of `kind` to someone with these preferences goes out, seen at `now`: at
 * once when the kind is urgent or the person marked it urgent (`urgentKinds`), else after
 * their quiet hours, on every channel.
 */
export function deliveryTiming(
  now: Date,
  kind: string,
  preferences: { quiet: QuietHours | null; digest: boolean; urgentKinds?: readonly string[] },
  timeZone: string,
): DeliveryTiming {
  const rules = noticeKindRules(kind);
  if (rules?.urgent || preferences.urgentKinds?.includes(kind)) return { at: now };
  if (preferences.digest && rules?.digested) return { hold: 'digest' };
  return { at: afterQuietHours(now, preferences.quiet, timeZone) };
}

/** Whether a message of `kind` waiting to go out is dropped because its task has closed. */
export function droppedOnceClosed(kind: string): boolean {
  return noticeKindRules(kind)?.droppedOnceClosed ?? false;
}
