import { internationalDigits, nationalForm, normalizeVietnamesePhone } from './phone';

describe('Vietnamese phone numbers to +84', () => {
  it.each([
    ['0912345678', '+84912345678'],
    ['84912345678', '+84912345678'],
    ['+84912345678', '+84912345678'],
    ['+84 912 345 678', '+84912345678'],
    ['0912.345.678', '+84912345678'],
    ['0912 345 678', '+84912345678'],
    ['(+84) 912-345-678', '+84912345678'],
    ['0084912345678', '+84912345678'],
    ['+84 0912 345 678', '+84912345678'],
    ['  0386 123 456 ', '+84386123456'],
    ['0523456789', '+84523456789'],
    ['0701234567', '+84701234567'],
    ['0812345678', '+84812345678'],
  ])('%s → %s', (input, e164) => {
    expect(normalizeVietnamesePhone(input)).toEqual({ ok: true, e164 });
  });

  it.each([
    ['', 'empty phone number'],
    ['   ', 'empty phone number'],
    ['02438123456', 'a landline number (02…) cannot receive these messages'],
    ['+84 24 3812 3456', 'a landline number (02…) cannot receive these messages'],
    ['091234567', 'a mobile number has 9 digits after 0 or +84 (e.g. 0912 345 678), got 8'],
    ['09123456789', 'a mobile number has 9 digits after 0 or +84 (e.g. 0912 345 678), got 10'],
    ['+8491234567', 'a mobile number has 9 digits after 0 or +84 (e.g. 0912 345 678), got 8'],
    ['0112345678', 'no Vietnamese mobile number starts with 01'],
    ['0612345678', 'no Vietnamese mobile number starts with 06'],
    ['+1 202 555 0100', 'not a Vietnamese number (+84)'],
    ['912345678', 'expected a number starting with 0, 84 or +84'],
    ['0912-abc-678', 'a phone number has only digits, spaces, dots, dashes and +'],
    ['0912+345678', '+ may only open the number'],
  ])('%j is refused: %s', (input, reason) => {
    expect(normalizeVietnamesePhone(input)).toEqual({ ok: false, reason });
  });

  it('gives the forms the providers take', () => {
    expect(internationalDigits('+84912345678')).toBe('84912345678');
    expect(nationalForm('+84912345678')).toBe('0912345678');
  });
});
