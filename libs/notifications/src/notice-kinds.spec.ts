import { NOTICE_KINDS } from '@dondoc/workflow-contract';
import { deliveryTiming, droppedOnceClosed, wantsNotice } from './delivery-rules';
import { NOTICE_KIND_RULES, noticeKindRules, noticeTitle } from './notice-kinds';

const TZ = 'Asia/Ho_Chi_Minh';
const at = (iso: string) => new Date(iso);
const night = { startMinutes: 22 * 60, endMinutes: 6 * 60 + 30 };

describe('notice kinds: one table of rules and titles', () => {
  it('has an entry for every kind of the contract, and no other', () => {
    expect(Object.keys(NOTICE_KIND_RULES).sort()).toEqual([...NOTICE_KINDS].sort());
  });

  it('knows no rules for a stored kind that is not a notice (the digest)', () => {
    expect(noticeKindRules('digest')).toBeUndefined();
    expect(noticeKindRules('toString')).toBeUndefined();
    expect(noticeTitle('digest', 'vi')).toBe('Thông báo');
    expect(noticeTitle('digest', 'en')).toBe('Notice');
    expect(noticeTitle('reminder', 'vi')).toBe('Nhắc hạn');
    expect(noticeTitle('reminder', 'en')).toBe('Deadline reminder');
  });

  it('drops only the kinds that urge an action on an open task once it has closed', () => {
    expect(NOTICE_KINDS.filter(droppedOnceClosed)).toEqual([
      'ack_due',
      'reminder',
      'overdue',
      'escalation',
      'review_due',
      'urged',
    ]);
    expect(droppedOnceClosed('digest')).toBe(false);
  });
});

describe('delivery rules (pure)', () => {
  it('sends escalations at once whatever the preferences; digest users get reminders in the digest', () => {
    const sleepy = { quiet: night, digest: true };
    const now = at('2026-11-23T23:00:00+07:00');
    expect(deliveryTiming(now, 'escalation', sleepy, TZ)).toEqual({ at: now });
    expect(deliveryTiming(now, 'reminder', sleepy, TZ)).toEqual({ hold: 'digest' });
    expect(deliveryTiming(now, 'overdue', sleepy, TZ)).toEqual({ at: at('2026-11-24T06:30:00+07:00') });
    expect(deliveryTiming(now, 'reminder', { quiet: null, digest: false }, TZ)).toEqual({ at: now });
  });

  it('follows the channel preferences, except for escalations', () => {
    const channels = { reminder: ['in_app' as const], escalation: [] };
    expect(wantsNotice(channels, 'reminder', 'email')).toBe(false);
    expect(wantsNotice(channels, 'reminder', 'in_app')).toBe(true);
    expect(wantsNotice(channels, 'overdue', 'email')).toBe(true);
    expect(wantsNotice(channels, 'escalation', 'email')).toBe(true);
    expect(wantsNotice(undefined, 'overdue', 'email')).toBe(true);
  });

  it.each([
    // channels per kind, kind, channel, wanted
    [undefined, 'reminder', 'sms', false],
    [{}, 'escalation', 'telegram', false],
    [{ reminder: ['in_app' as const] }, 'reminder', 'zalo', false],
    [{ reminder: ['zalo' as const] }, 'reminder', 'zalo', true],
    [{ reminder: ['zalo' as const] }, 'reminder', 'email', false],
    [{ escalation: ['sms' as const] }, 'escalation', 'sms', true],
    [{ escalation: ['sms' as const] }, 'escalation', 'telegram', false],
  ] as const)(
    'SMS, Zalo and Telegram only when chosen for the kind: %j %s on %s → %s',
    (channels, kind, channel, wanted) => {
      expect(wantsNotice(channels as never, kind, channel)).toBe(wanted);
    },
  );

  it('sends a kind the person marked urgent at once, past quiet hours; others wait', () => {
    const now = at('2026-11-23T23:00:00+07:00');
    const urgentUrges = { quiet: night, digest: false, urgentKinds: ['urged'] };
    expect(deliveryTiming(now, 'urged', urgentUrges, TZ)).toEqual({ at: now });
    expect(deliveryTiming(now, 'overdue', urgentUrges, TZ)).toEqual({ at: at('2026-11-24T06:30:00+07:00') });
  });
});
