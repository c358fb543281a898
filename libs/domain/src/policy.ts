/**
 * Reminder and escalation policies. Offsets are in working days (the usual case)
 * or in ISO 8601 durations (so tests and urgent cases can use seconds).
 */
export type Offset = { workingDays: number } | { duration: string };

export interface ReminderPolicy {
  /** Reminders this long before the deadline. */
  before: Offset[];
  /** Also remind at this local time (HH:mm) on the deadline day. */
  onDeadlineDayAt?: string | null;
}

export interface EscalationPolicy {
  /** Delay after the deadline before each next level is told. */
  stepDelay: Offset;
  /** Interval of repeats once the top (the issuing unit) is reached. */
  repeatAtTop: Offset;
}

export const DEFAULT_REMINDER_POLICY: ReminderPolicy = {
  before: [{ workingDays: 5 }, { workingDays: 2 }, { workingDays: 1 }],
  onDeadlineDayAt: '08:00',
};

export const DEFAULT_ESCALATION_POLICY: EscalationPolicy = {
  stepDelay: { workingDays: 1 },
  repeatAtTop: { workingDays: 3 },
};

const ISO_DURATION = /^P(?!$)(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/;

/** The longest duration text taken (the OpenAPI schema's maxLength): "PT00…0S" padded with zeros is not a duration anyone means. */
export const MAX_DURATION_LENGTH = 50;

export function isIsoDuration(value: string): boolean {
  return value.length <= MAX_DURATION_LENGTH && ISO_DURATION.test(value);
}

/** Milliseconds of an ISO 8601 duration with days, hours, minutes, seconds. */
export function durationMs(value: string): number {
  const match = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(value);
  if (!match || !isIsoDuration(value)) throw new RangeError(`not a supported ISO 8601 duration: ${value}`);
  const [, d, h, m, s] = match.map((part) => Number(part ?? 0));
  return (((d! * 24 + h!) * 60 + m!) * 60 + s!) * 1000;
}
