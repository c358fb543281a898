import { contentStrings, nothingEndedBetween, Scrubber, SECRET_PLACEHOLDERS } from './secrecy';

describe('Scrubber: secret text out, structure kept', () => {
  const scrubber = new Scrubber(
    ['Rà soát địa bàn trọng điểm', 'Chỉ thị mật về bảo vệ', 'OK', '  '],
    SECRET_PLACEHOLDERS.vi,
  );

  it.each([
    ['a whole value', 'Rà soát địa bàn trọng điểm', 'Nội dung mật'],
    ['a whole value with spaces around it', '  Chỉ thị mật về bảo vệ ', 'Nội dung mật'],
    [
      'a label quoting a title',
      'Nhiệm vụ mới: Rà soát địa bàn trọng điểm (hạn 14/12)',
      'Nhiệm vụ mới: Nội dung mật (hạn 14/12)',
    ],
    ['a short secret only as a whole value', 'OK', 'Nội dung mật'],
    ['a short secret inside a word stays', 'BOOK', 'BOOK'],
    ['other text', 'Kế hoạch dân vận', 'Kế hoạch dân vận'],
  ])('%s', (_what, input, expected) => {
    expect(scrubber.text(input)).toBe(expected);
  });

  it('walks objects and arrays, leaving keys, numbers, booleans, null and dates as they are', () => {
    const at = new Date('2026-12-07T00:00:00Z');
    const input = {
      title: 'Chỉ thị mật về bảo vệ',
      total: 3,
      secret: true,
      none: null,
      at,
      tasks: [{ 'Rà soát địa bàn trọng điểm': 'Rà soát địa bàn trọng điểm', status: 'assigned' }],
    };
    expect(scrubber.scrub(input)).toEqual({
      title: 'Nội dung mật',
      total: 3,
      secret: true,
      none: null,
      at,
      tasks: [{ 'Rà soát địa bàn trọng điểm': 'Nội dung mật', status: 'assigned' }],
    });
    expect(input.title).toBe('Chỉ thị mật về bảo vệ');
  });

  it('is empty when given only blanks', () => {
    expect(new Scrubber(['', '   '], SECRET_PLACEHOLDERS.en).empty).toBe(true);
  });

  it('replaces the longest secret first when one contains another', () => {
    const nested = new Scrubber(['Kế hoạch bảo vệ', 'Kế hoạch bảo vệ nội bộ 2026'], SECRET_PLACEHOLDERS.en);
    expect(nested.text('Về: Kế hoạch bảo vệ nội bộ 2026.')).toBe('Về: Secret content.');
  });
});

describe('contentStrings: what people wrote in an audit payload', () => {
  it('takes text under content keys at any depth and leaves ids, statuses and dates', () => {
    expect(
      contentStrings({
        status: 'returned',
        reviewComment: 'Bổ sung số liệu',
        taskId: '5c0e2a61-7d4b-4f3e-9a1c-2b8d6e4f1a90',
        deadline: '2026-12-14T17:00:00+07:00',
        subtasks: [{ title: 'Phần việc xã', leadUnitId: 'x' }],
        indicators: [{ name: 'Số xã', target: 5 }],
      }),
    ).toEqual(['Bổ sung số liệu', 'Phần việc xã', 'Số xã']);
  });

  it('takes nothing from null or numbers', () => {
    expect(contentStrings(null)).toEqual([]);
    expect(contentStrings(3)).toEqual([]);
  });
});

describe('nothingEndedBetween: may texts read at one snapshot still be used at another', () => {
  it.each([
    ['the same snapshot', '100:105:101,103', '100:105:101,103', true],
    ['a transaction started since and still running', '100:105:101', '100:106:101,105', true],
    ['a transaction running then has ended', '100:105:101,103', '100:105:103', false],
    ['a transaction started since has ended', '100:105:', '105:107:106', false],
    ['nothing running, nothing started', '105:105:', '105:105:', true],
    ['a gap too long to walk', '1:2:', '1:50000:', false],
    ['an unreadable snapshot', 'x', '100:105:', false],
    ['time going backwards', '100:105:', '100:104:', false],
  ])('%s', (_what, first, second, expected) => {
    expect(nothingEndedBetween(first, second)).toBe(expected);
  });
});
