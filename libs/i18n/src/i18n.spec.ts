import { IntlMessageFormat } from 'intl-messageformat';
import {
  CATALOGUES,
  formatNumber,
  LANGUAGES,
  negotiateLanguage,
  readerHalf,
  readerLanguage,
  translate,
  translateWeb,
  WEB_CATALOGUES,
  type Language,
} from './index';

describe('translate', () => {
  it.each<[Language, string, Record<string, number | string>, string]>([
    ['vi', 'errors.stillOpen', { count: 1 }, 'Còn 1 việc chưa xong'],
    ['vi', 'errors.stillOpen', { count: 3 }, 'Còn 3 việc chưa xong'],
    ['en', 'errors.stillOpen', { count: 1 }, '1 item still open'],
    ['en', 'errors.stillOpen', { count: 3 }, '3 items still open'],
    ['vi', 'errors.stillOpen', { count: 1620 }, 'Còn 1.620 việc chưa xong'],
    ['en', 'errors.stillOpen', { count: 1620 }, '1,620 items still open'],
    ['vi', 'validation.maxLength', { max: 2000 }, 'quá dài (tối đa 2.000 ký tự)'],
    ['en', 'errors.notFound', { what: 'unit' }, 'unit not found'],
    ['vi', 'errors.notFound', { what: 'đơn vị' }, 'Không tìm thấy đơn vị'],
  ])('%s %s %j → %s', (lang, key, params, expected) => {
    expect(translate(lang, key, params)).toBe(expected);
  });

  it('falls back to Vietnamese for a key missing in English, and to the key when missing everywhere', () => {
    const key = 'test.onlyVietnamese';
    CATALOGUES.vi[key] = 'Chỉ có tiếng Việt';
    try {
      expect(translate('en', key)).toBe('Chỉ có tiếng Việt');
    } finally {
      delete CATALOGUES.vi[key];
    }
    expect(translate('en', 'test.nowhere')).toBe('test.nowhere');
  });

  it('answers the unformatted text, not a failure, when a parameter is left out', () => {
    expect(translate('en', 'errors.notFound')).toBe('{what} not found');
  });
});

describe('catalogues', () => {
  it('have the same keys in every language', () => {
    const keys = (lang: Language) => Object.keys(CATALOGUES[lang]).sort();
    for (const lang of LANGUAGES) expect(keys(lang)).toEqual(keys('vi'));
  });

  it('hold only texts ICU MessageFormat parses, with one language each (no " / " glue)', () => {
    for (const lang of LANGUAGES)
      for (const [key, text] of Object.entries(CATALOGUES[lang])) {
        expect(() => new IntlMessageFormat(text, lang, undefined, { ignoreTag: true })).not.toThrow();
        expect(`${key}: ${text}`).not.toMatch(/\S \/ \S/);
      }
  });
});

describe("the dashboard's texts (catalogues/web)", () => {
  it.each<[Language, string, Record<string, number | string>, string]>([
    ['en', 'tasks.count', { total: 1 }, '1 task'],
    ['en', 'tasks.count', { total: 1620 }, '1,620 tasks'],
    ['vi', 'tasks.count', { total: 1620 }, '1.620 nhiệm vụ'],
    ['en', 'task.daysLeft', { n: 1 }, '1 working day left'],
    ['vi', 'task.daysLeft', { n: 3 }, 'còn 3 ngày làm việc'],
    ['en', 'common.pageOf', { from: 1001, to: 1100, total: 1620 }, '1,001–1,100 of 1,620'],
    ['vi', 'common.pageOf', { from: 1001, to: 1100, total: 1620 }, '1.001–1.100 trên 1.620'],
    ['en', 'nav.inbox', {}, 'Inbox'],
  ])('%s %s %j → %s', (lang, key, params, expected) => {
    expect(translateWeb(lang, key, params)).toBe(expected);
  });

  it('are the same texts as the API\'s "web." keys, with the same keys in every language', () => {
    expect(translate('en', 'web.phase.completed')).toBe(WEB_CATALOGUES.en['phase.completed']);
    for (const lang of LANGUAGES)
      expect(Object.keys(WEB_CATALOGUES[lang]).sort()).toEqual(Object.keys(WEB_CATALOGUES.vi).sort());
  });

  it('fall back to Vietnamese, then to the key, and never throw on a bad value', () => {
    expect(translateWeb('en', 'no.such.key')).toBe('no.such.key');
    expect(translateWeb('en', 'tasks.count', { total: 'many' })).toMatch(/tasks/);
  });
});

describe('numbers', () => {
  it.each<[Language, number, string]>([
    ['vi', 1620.5, '1.620,5'],
    ['vi', 1620, '1.620'],
    ['vi', 0.25, '0,25'],
    ['en', 1620.5, '1,620.5'],
  ])('%s %d → %s', (lang, value, expected) => {
    expect(formatNumber(lang, value)).toBe(expected);
  });
});

describe('the reader language', () => {
  it.each<[string | undefined, Language]>([
    [undefined, 'vi'],
    ['', 'vi'],
    ['en', 'en'],
    ['en-GB,en;q=0.9', 'en'],
    ['vi-VN,vi;q=0.9,en;q=0.8', 'vi'],
    ['fr-FR,en;q=0.5', 'en'],
    ['fr, de', 'vi'],
    ['vi;q=0.2, en;q=0.8', 'en'],
    ['en;q=0, vi', 'vi'],
    ['*', 'vi'],
  ])('Accept-Language %j → %s', (header, expected) => {
    expect(readerLanguage(header)).toBe(expected);
  });

  it.each<[string | null, string | undefined, Language]>([
    ['en', 'vi', 'en'],
    ['vi', 'en', 'vi'],
    [null, 'en', 'en'],
    ['xx', 'en', 'en'],
    [null, undefined, 'vi'],
  ])('preference %j, Accept-Language %j → %s', (preference, header, expected) => {
    expect(negotiateLanguage(preference, header)).toBe(expected);
  });
});

describe('readerHalf (legacy glued texts)', () => {
  it.each<[string, Language, string]>([
    ['Nhiệm vụ đã kết thúc / the task is closed', 'vi', 'Nhiệm vụ đã kết thúc'],
    ['Nhiệm vụ đã kết thúc / the task is closed', 'en', 'the task is closed'],
    ['note: quá dài / too long', 'en', 'note: too long'],
    ['plain', 'en', 'plain'],
    ['Văn bản số 25 - QD / TU đã có / directive 25 - QD / TU exists', 'vi', 'Văn bản số 25 - QD / TU đã có'],
    ['Văn bản số 25 - QD / TU đã có / directive 25 - QD / TU exists', 'en', 'directive 25 - QD / TU exists'],
    ['Văn bản số 25 - QD / TU đã có', 'en', 'Văn bản số 25 - QD / TU đã có'],
    ['a / b', 'vi', 'a / b'],
  ])('%j in %s → %j', (text, lang, expected) => {
    expect(readerHalf(text, lang)).toBe(expected);
  });
});
