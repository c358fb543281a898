import { afterQuietHours, inQuietHours, nextLocalTime } from './delivery-time';

const TZ = 'Asia/Ho_Chi_Minh';
const at = (iso: string) => new Date(iso);
const night = { startMinutes: 22 * 60, endMinutes: 6 * 60 + 30 };
const lunch = { startMinutes: 11 * 60 + 30, endMinutes: 13 * 60 + 30 };

describe('delivery timing: quiet hours and local times (pure)', () => {
  it.each([
    ['2026-11-23T21:59:00+07:00', night, false],
    ['2026-11-23T22:00:00+07:00', night, true],
    ['2026-11-24T03:00:00+07:00', night, true],
    ['2026-11-24T06:30:00+07:00', night, false],
    ['2026-11-24T12:00:00+07:00', lunch, true],
    ['2026-11-24T13:30:00+07:00', lunch, false],
  ])('%s in %o → %s', (instant, quiet, expected) => {
    expect(inQuietHours(at(instant), quiet, TZ)).toBe(expected);
  });

  it('holds a message sent in the night until the window ends, across midnight', () => {
    expect(afterQuietHours(at('2026-11-23T23:15:00+07:00'), night, TZ)).toEqual(at('2026-11-24T06:30:00+07:00'));
    expect(afterQuietHours(at('2026-11-24T02:00:00+07:00'), night, TZ)).toEqual(at('2026-11-24T06:30:00+07:00'));
    expect(afterQuietHours(at('2026-11-24T12:00:00+07:00'), lunch, TZ)).toEqual(at('2026-11-24T13:30:00+07:00'));
    expect(afterQuietHours(at('2026-11-24T09:00:00+07:00'), night, TZ)).toEqual(at('2026-11-24T09:00:00+07:00'));
    expect(afterQuietHours(at('2026-11-24T09:00:00+07:00'), null, TZ)).toEqual(at('2026-11-24T09:00:00+07:00'));
  });

  it('finds the next 07:30 local, strictly after', () => {
    expect(nextLocalTime(at('2026-11-23T06:00:00+07:00'), 450, TZ)).toEqual(at('2026-11-23T07:30:00+07:00'));
    expect(nextLocalTime(at('2026-11-23T07:30:00+07:00'), 450, TZ)).toEqual(at('2026-11-24T07:30:00+07:00'));
    expect(nextLocalTime(at('2026-12-31T20:00:00+07:00'), 450, TZ)).toEqual(at('2027-01-01T07:30:00+07:00'));
  });
});
