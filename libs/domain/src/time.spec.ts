import { formatForPeople, hasExplicitOffset, offsetMinutes, toZonedIso, zonedParts } from './time';

const HCM = 'Asia/Ho_Chi_Minh';

describe('time', () => {
  it.each([
    ['2026-03-31T10:00:00Z', '2026-03-31T17:00:00+07:00'],
    ['2026-02-16T17:00:00Z', '2026-02-17T00:00:00+07:00'],
    ['2025-12-31T23:59:59.500Z', '2026-01-01T06:59:59.500+07:00'],
  ])('shows %s as %s in Asia/Ho_Chi_Minh', (utc, local) => {
    expect(toZonedIso(new Date(utc), HCM)).toBe(local);
    expect(new Date(local).getTime()).toBe(new Date(utc).getTime());
  });

  it('knows zones with other and negative offsets', () => {
    expect(offsetMinutes(new Date('2026-07-01T00:00:00Z'), HCM)).toBe(420);
    expect(toZonedIso(new Date('2026-01-15T12:00:00Z'), 'America/New_York')).toBe('2026-01-15T07:00:00-05:00');
    expect(toZonedIso(new Date('2026-01-15T12:00:00Z'), 'UTC')).toBe('2026-01-15T12:00:00+00:00');
  });

  it('reads wall clocks as ICU does, across DST, half-hour and historical offsets (the cached offsets)', () => {
    const formats = new Map<string, Intl.DateTimeFormat>();
    const icu = (instant: Date, timeZone: string) => {
      if (!formats.has(timeZone)) {
        formats.set(
          timeZone,
          new Intl.DateTimeFormat('en-US', {
            timeZone,
            hourCycle: 'h23',
            year: 'numeric',
            month: 'numeric',
            day: 'numeric',
            hour: 'numeric',
            minute: 'numeric',
            second: 'numeric',
          }),
        );
      }
      const parts = formats.get(timeZone)!.formatToParts(instant);
      const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
      return {
        year: get('year'),
        month: get('month'),
        day: get('day'),
        hour: get('hour'),
        minute: get('minute'),
        second: get('second'),
      };
    };
    const zones = [HCM, 'Europe/London', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'UTC'];
    // Around transitions (every minute across a day of each) and spread over 1900–2200.
    const instants = [
      ...Array.from({ length: 24 * 60 }, (_, i) => Date.UTC(2026, 2, 29, 0, i, 7)), // Europe's spring change
      ...Array.from({ length: 24 * 60 }, (_, i) => Date.UTC(2026, 3, 4, 12, i, 7)), // Lord Howe's half hour
      ...Array.from({ length: 24 * 60 }, (_, i) => Date.UTC(1975, 5, 12, 12, i, 7)), // Saigon moved to +07:00
      ...Array.from({ length: 2000 }, (_, i) => Date.UTC(1900, 0, 1) + i * 4_733_856_000 + i * 7_919),
    ].map((ms) => new Date(ms));
    for (const zone of zones) {
      for (const instant of instants)
        expect([zone, instant, zonedParts(instant, zone)]).toEqual([zone, instant, icu(instant, zone)]);
    }
  });

  it('formats dd/MM/yyyy HH:mm for people', () => {
    expect(formatForPeople(new Date('2026-04-29T01:30:00Z'), HCM)).toBe('29/04/2026 08:30');
  });

  it.each([
    ['2026-03-31T17:00:00+07:00', true],
    ['2026-03-31T10:00:00Z', true],
    ['2026-03-31T10:00:00.123+0700', true],
    ['2026-03-31T17:00:00', false],
    ['2026-03-31', false],
  ])('hasExplicitOffset(%s) = %s', (value, expected) => {
    expect(hasExplicitOffset(value)).toBe(expected);
  });
});
