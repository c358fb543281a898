import { formatVietnameseNumber, parseVietnameseNumber } from './number';

describe('parseVietnameseNumber', () => {
  it.each([
    // Vietnamese: dot for thousands, comma for decimals.
    ['1.620', 1620],
    ['1.620,5', 1620.5],
    ['1.620.000', 1620000],
    ['1.620.000,25', 1620000.25],
    ['1620,5', 1620.5],
    ['0,25', 0.25],
    ['1620', 1620],
    ['0', 0],
    [' 1 620,5 ', 1620.5],
    ['1\u00a0620', 1620],
    ['-1.620,5', -1620.5],
    ['+12', 12],
    // A dot that cannot group thousands is a decimal point.
    ['1620.5', 1620.5],
    ['0.25', 0.25],
    ['3.14', 3.14],
    ['1.62', 1.62],
    ['1620.500', 1620.5],
    ['12.5', 12.5],
    ['1.6200', 1.62],
    // A dot followed by exactly three digits groups thousands.
    ['1.500', 1500],
    ['12.345', 12345],
  ])('%j → %d', (text, value) => {
    expect(parseVietnameseNumber(text)).toBe(value);
  });

  it.each(['', ' ', 'abc', '1,2,3', '1.62,5', '1.2.3', '1,620.5', '12..5', ',5', '5,', '.5', '-', '1e3'])(
    '%j is not a number',
    (text) => {
      expect(parseVietnameseNumber(text)).toBeNull();
    },
  );
});

describe('formatVietnameseNumber', () => {
  it.each([
    [1620.5, '1.620,5'],
    [1620, '1.620'],
    [1620000.25, '1.620.000,25'],
    [0.25, '0,25'],
    [-3, '-3'],
  ])('%d → %s', (value, text) => {
    expect(formatVietnameseNumber(value)).toBe(text);
  });

  it('reads back what it writes', () => {
    for (const value of [1620.5, 1620, 0.125, 1234567.891]) {
      expect(parseVietnameseNumber(formatVietnameseNumber(value))).toBe(value);
    }
  });
});
