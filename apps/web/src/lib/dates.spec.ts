import { fmtDay } from './dates';

describe('fmtDay: dd/mm/yyyy with the weekday, in Vietnam', () => {
  it.each([
    ['2026-12-14', 'vi', false, 'Thứ Hai, 14/12/2026'],
    ['2026-12-14', 'en', false, 'Mon 14/12/2026'],
    ['2026-12-14', 'vi', true, 'Thứ Hai, 14/12/2026'],
    ['2026-12-13', 'vi', false, 'Chủ nhật, 13/12/2026'],
    ['2026-12-19', 'en', false, 'Sat 19/12/2026'],
    ['2026-12-14T10:00:00Z', 'vi', true, '17:00 Thứ Hai, 14/12/2026'],
    ['2026-12-14T10:00:00Z', 'en', true, '17:00 Mon 14/12/2026'],
    // 18:30 UTC on Sunday is 01:30 on Monday in Vietnam.
    ['2026-12-13T18:30:00Z', 'vi', false, 'Thứ Hai, 14/12/2026'],
    ['2026-12-14T17:00:00+07:00', 'en', true, '17:00 Mon 14/12/2026'],
    [null, 'vi', false, '—'],
  ] as const)('%s (%s, time %s): %s', (value, lang, time, text) => {
    expect(fmtDay(value, lang, time)).toBe(text);
  });
});
