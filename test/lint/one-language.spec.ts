import { CATALOGUES, LANGUAGES } from '@dondoc/i18n';
import { oneLanguageProblems, type Lang } from '../support/one-language';

describe('the one-language checker (test/support/one-language.ts)', () => {
  it.each<[string, Lang]>([
    ['Không tìm thấy đơn vị', 'vi'],
    ['unit not found', 'en'],
    ['quá dài (tối đa 2.000 ký tự)', 'vi'],
    ['is too long (at most 2,000 characters)', 'en'],
    ['Số ký hiệu "25-KH/TU" đã tồn tại', 'vi'],
    ['unit "Ủy ban MTTQ Việt Nam xã Ia Grai" is deactivated', 'en'],
    ['Đảm bảo an ninh trật tự', 'vi'],
    ['The document number, e.g. “Quyết định số 461-QĐ/TU”', 'en'],
  ])('passes %j (%s)', (text, lang) => {
    expect(oneLanguageProblems(text, lang)).toEqual([]);
  });

  it.each<[string, Lang, RegExp]>([
    ['Nhiệm vụ đã kết thúc / the task is closed', 'vi', /glued/],
    ['Nhiệm vụ đã kết thúc / the task is closed', 'en', /glued|Vietnamese letters/],
    ['the task is closed', 'vi', /English word/],
    ['Nhiệm vụ đã kết thúc', 'en', /Vietnamese letters/],
    ['Sự kiện cycle.created', 'vi', /dotted code/],
    ['errors.notFound', 'en', /dotted code/],
    ['Hạn nhắc PT30S', 'vi', /ISO 8601 duration/],
    ['every P2D', 'en', /ISO 8601 duration/],
    ['trạng thái under_review', 'vi', /enum value/],
    ['status OPEN_OVERDUE', 'en', /enum value/],
    ['cần deadlineWorkingDays', 'vi', /camelCase/],
    ['Không tìm thấy 0b6c2f4e-6f1e-4c55-9a0e-2d7c1c1f0a11', 'vi', /UUID/],
    ['hạn 2026-12-14T10:00:00Z', 'vi', /ISO instant/],
    ['Không tìm thấy {what}', 'vi', /placeholder/],
  ])('flags %j (%s)', (text, lang, problem) => {
    expect(oneLanguageProblems(text, lang).join('; ')).toMatch(problem);
  });
});

describe('the catalogues (libs/i18n: the API\'s texts and the dashboard\'s, "web.")', () => {
  // What is judged is the catalogue's own words: a parameter becomes "1", a plural's or a
  // select's options are kept side by side without their selectors and braces.
  const filled = (text: string) =>
    text
      .replace(/\{\s*\w+\s*(?:,\s*(?:number|date|time)[^{}]*)?\}/g, '1')
      .replace(/\{\s*\w+\s*,\s*(?:plural|select|selectordinal)\s*,/g, '')
      .replace(/(^|[\s}])(?:=\d+|\w+)\s*\{/g, '$1 ')
      .replace(/[{}#]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  it.each(LANGUAGES.map((lang) => [lang]))('hold every %s text in that language only, with no code', (lang) => {
    const problems = Object.entries(CATALOGUES[lang])
      .map(([key, text]) => [key, text, oneLanguageProblems(filled(text), lang)] as const)
      .filter(([, , found]) => found.length)
      .map(([key, text, found]) => `${key}: ${text} → ${found.join('; ')}`);
    expect(problems).toEqual([]);
    expect(Object.keys(CATALOGUES[lang]).filter((key) => key.startsWith('web.')).length).toBeGreaterThan(500);
  });
});
