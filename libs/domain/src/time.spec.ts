import { formatForPeople, hasExplicitOffset, offsetMinutes, toZonedIso } from './time';

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
