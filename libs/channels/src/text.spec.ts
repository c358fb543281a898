import { countSegments, unaccent } from './text';

describe('unaccent', () => {
  it.each([
    ['Đôn Đốc nhắc việc', 'Don Doc nhac viec'],
    ['đồng chí Nguyễn Thị Hường', 'dong chi Nguyen Thi Huong'],
    ['ĐẮK LẮK, Gia Lai', 'DAK LAK, Gia Lai'],
    ['Hạn chót: 15/03, còn 2 ngày làm việc', 'Han chot: 15/03, con 2 ngay lam viec'],
    ['ă â ê ô ơ ư ạ ả ã á à ỳ ỷ ỹ ý ỵ', 'a a e o o u a a a a a y y y y y'],
    ['plain ASCII 123', 'plain ASCII 123'],
    // Decomposed input (as some keyboards write it) comes out the same.
    ['Nguyễn'.normalize('NFD'), 'Nguyen'],
  ])('%s → %s', (input, output) => {
    expect(unaccent(input)).toBe(output);
  });
});

describe('SMS segments', () => {
  it.each([
    ['', 'GSM-7', 0, 0],
    ['a', 'GSM-7', 1, 1],
    ['a'.repeat(160), 'GSM-7', 160, 1],
    ['a'.repeat(161), 'GSM-7', 161, 2],
    ['a'.repeat(306), 'GSM-7', 306, 2],
    ['a'.repeat(307), 'GSM-7', 307, 3],
    // Extension characters take two septets each: 80 braces are 160 septets.
    ['{}'.repeat(40), 'GSM-7', 160, 1],
    ['€'.repeat(81), 'GSM-7', 162, 2],
    ['é and à are in the GSM alphabet', 'GSM-7', 31, 1],
    ['ê', 'UCS-2', 1, 1],
    ['Đ'.repeat(70), 'UCS-2', 70, 1],
    ['Đ'.repeat(71), 'UCS-2', 71, 2],
    ['Đ'.repeat(134), 'UCS-2', 134, 2],
    ['Đ'.repeat(135), 'UCS-2', 135, 3],
    // An emoji is two UTF-16 units.
    ['😀', 'UCS-2', 2, 1],
    // One non-GSM character makes the whole text UCS-2.
    [`${'a'.repeat(100)}ă`, 'UCS-2', 101, 2],
  ])('%j: %s, %i units, %i segments', (text, encoding, units, segments) => {
    expect(countSegments(text)).toMatchObject({ encoding, units, segments });
  });

  it('a Vietnamese reminder costs less unaccented', () => {
    const text = 'Đôn Đốc: nhiệm vụ "Báo cáo quý I" của UBND xã Ia Grai đến hạn ngày 15/03/2027, còn 2 ngày làm việc.';
    expect(countSegments(text)).toMatchObject({ encoding: 'UCS-2', segments: 2, perSegment: 67 });
    expect(countSegments(unaccent(text))).toMatchObject({ encoding: 'GSM-7', segments: 1, perSegment: 160 });
  });
});
