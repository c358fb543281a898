/**
 * Numbers as Vietnamese write them: a dot between thousands, a comma before the
 * decimals ("1.620" is one thousand six hundred and twenty; "1.620,5" is 1620.5).
 *
 * The rule of `parseVietnameseNumber` (a leading "-" or "+" allowed; spaces, also
 * non-breaking ones, between digit groups ignored):
 * 1. With a comma: the comma is the decimal mark (one only) and any dots must group
 *    thousands correctly: "1.620,5", "1620,5", "0,25". "1.62,5" is refused.
 * 2. Without a comma, dots that group thousands correctly (1–3 digits, then groups of
 *    exactly 3) are thousands: "1.620" = 1620, "1.620.000" = 1620000.
 * 3. Otherwise a single dot is accepted as a decimal point only when it cannot be a
 *    thousands dot, i.e. it is not followed by exactly 3 digits or comes after more than
 *    3 digits: "1620.5", "0.25", "3.14", "1620.500" are decimals; "1.620" never is.
 * 4. Anything else (letters, two commas, "1.2.3", an empty text) is not a number: null.
 */
export function parseVietnameseNumber(text: string): number | null {
  const compact = text.trim().replace(/[\s\u00a0\u202f]/g, '');
  const match = /^([+-]?)(.*)$/.exec(compact)!;
  const sign = match[1] === '-' ? -1 : 1;
  const body = match[2]!;
  const grouped = '\\d{1,3}(?:\\.\\d{3})+';
  let normalised: string | null = null;
  if (new RegExp(`^(?:${grouped}|\\d+),\\d+$`).test(body) || new RegExp(`^(?:${grouped}|\\d+)$`).test(body)) {
    normalised = body.replace(/\./g, '').replace(',', '.'); // rules 1 and 2
  } else if (/^\d+\.\d+$/.test(body)) {
    normalised = body; // rule 3: grouping is ruled out above, so the dot is a decimal point
  }
  if (normalised === null) return null;
  const value = sign * Number(normalised);
  return Number.isFinite(value) ? value : null;
}

const FORMAT = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 6 });

/** A number as Vietnamese write it: 1620.5 → "1.620,5". */
export function formatVietnameseNumber(value: number): string {
  return FORMAT.format(value);
}

/**
 * A typed number for a request body. Text that is not a number is sent as it is, so the
 * API refuses it with a field error that the form shows beside the input.
 */
export function numberForApi(text: string): number {
  return parseVietnameseNumber(text) ?? (text.trim() as unknown as number);
}
