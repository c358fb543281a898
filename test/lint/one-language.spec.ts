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
    ['cần deadlineWorkingDays', 'vi', /camelCase/],
    ['Không tìm thấy 0b6c2f4e-6f1e-4c55-9a0e-2d7c1c1f0a11', 'vi', /UUID/],
    ['hạn 2026-12-14T10:00:00Z', 'vi', /ISO instant/],
    ['Không tìm thấy {what}', 'vi', /placeholder/],
  ])('flags %j (%s)', (text, lang, problem) => {
    expect(oneLanguageProblems(text, lang).join('; ')).toMatch(problem);
  });
});
