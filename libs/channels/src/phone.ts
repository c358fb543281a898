/**
 * Vietnamese mobile numbers, normalised to E.164 (+84 and nine digits).
 *
 * Accepted as people write them: 0912345678, 84912345678, +84 912 345 678, 0912.345.678,
 * (+84) 912-345-678, 0084912345678. Mobile numbers have nine digits after the country code,
 * the first one of 3, 5, 7, 8 or 9 (the ten-digit plan since 2018); landlines start with 2
 * (02x…) and cannot receive SMS, Zalo's ZNS or an OTP, so they are refused with that reason.
 */
export type PhoneResult = { ok: true; e164: string } | { ok: false; reason: string };

const MOBILE_FIRST_DIGITS = new Set(['3', '5', '7', '8', '9']);

export function normalizeVietnamesePhone(input: string): PhoneResult {
  const raw = input.trim();
  if (!raw) return { ok: false, reason: 'empty phone number' };
  if (/[^\d\s.\-()+]/.test(raw))
    return { ok: false, reason: 'a phone number has only digits, spaces, dots, dashes and +' };
  const plus = raw.replace(/[\s.\-()]/g, '');
  if (plus.lastIndexOf('+') > 0) return { ok: false, reason: '+ may only open the number' };
  const digits = plus.replace('+', '');
  let national: string;
  if (plus.startsWith('+')) {
    if (!digits.startsWith('84')) return { ok: false, reason: 'not a Vietnamese number (+84)' };
    national = digits.slice(2);
  } else if (digits.startsWith('0084')) national = digits.slice(4);
  else if (digits.startsWith('84') && digits.length >= 11) national = digits.slice(2);
  else if (digits.startsWith('0')) national = digits.slice(1);
  else return { ok: false, reason: 'expected a number starting with 0, 84 or +84' };
  if (national.startsWith('0')) national = national.slice(1); // +84 0912… as some people write it
  if (national.startsWith('2')) return { ok: false, reason: 'a landline number (02…) cannot receive these messages' };
  if (national.length !== 9) {
    return {
      ok: false,
      reason: `a mobile number has 9 digits after 0 or +84 (e.g. 0912 345 678), got ${national.length}`,
    };
  }
  if (!MOBILE_FIRST_DIGITS.has(national[0]!))
    return { ok: false, reason: `no Vietnamese mobile number starts with 0${national[0]}` };
  return { ok: true, e164: `+84${national}` };
}

/** 84912345678: the form Zalo's ZNS and SpeedSMS take. */
export const internationalDigits = (e164: string): string => e164.replace(/^\+/, '');

/** 0912345678: the national form (eSMS's examples). */
export const nationalForm = (e164: string): string => `0${e164.slice(3)}`;
