import { msg, type Text } from './errors';
/**
 * Document numbers (số ký hiệu) such as `290-QĐ/TW`, `20-NQ/TU`, `08-BC/TU`,
 * `2824-CV/TU`: `<number>-<type>/<issuer>`. Parsed tolerantly, as they appear in
 * documents and as people type them (docs/architecture.md#domain-rules): the word that introduces the
 * number ("Số:", "số", "No.", "Quyết định số"), a trailing date ("… ngày 28/7/2025"),
 * stray spaces, quotes and punctuation around it, en dashes and other hyphens,
 * full-width slashes, "QD"/"Qđ" for "QĐ", "Đ" typed as "D", as a decomposed letter or
 * as the look-alike "Ð" (U+00D0). Stored normalised, shown as written. Numbers
 * restart each term, so unique is (issuer, type, number, year), never the number alone.
 */

/** Type codes in their canonical spelling. */
export const DOCUMENT_TYPES: Record<string, string> = {
  NQ: 'Nghị quyết',
  QĐ: 'Quyết định',
  QĐi: 'Quy định',
  CT: 'Chỉ thị',
  KL: 'Kết luận',
  QC: 'Quy chế',
  HD: 'Hướng dẫn',
  TB: 'Thông báo',
  BC: 'Báo cáo',
  KH: 'Kế hoạch',
  CTr: 'Chương trình',
  ĐA: 'Đề án',
  TTr: 'Tờ trình',
  CV: 'Công văn',
  TT: 'Thông tri',
};

/** Issuer codes with a Đ, so that a typed D finds them. */
const ISSUERS_WITH_D = ['ĐU', 'ĐĐ', 'ĐTN', 'ĐCS'];

export interface DocumentNumber {
  /** As the user wrote it: NFC, spaces collapsed, without the introducing word, date or wrapping punctuation. */
  raw: string;
  number: number;
  /** Canonical type code, e.g. QĐ. */
  type: string;
  /** Issuer code, upper case, e.g. TW, TU, ĐU, BDVTU. */
  issuer: string;
  /** Canonical display form, e.g. 290-QĐ/TW. */
  normalized: string;
  /** Comparison key without diacritics: 290-QD/TW. */
  key: string;
}

/** Upper case ASCII without diacritics; Đ/đ become D. */
export function foldVietnamese(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐðÐɖƉ]/g, 'D')
    .toUpperCase();
}

const TYPE_BY_FOLD = new Map(Object.keys(DOCUMENT_TYPES).map((code) => [foldVietnamese(code), code]));
const ISSUER_BY_FOLD = new Map(ISSUERS_WITH_D.map((code) => [foldVietnamese(code), code]));

const PATTERN = /^(\d{1,6})\s*-\s*([\p{L}]{1,8})\s*\/\s*([\p{L}\d\-.]{1,20})$/u;

export type ParseResult = { ok: true; value: DocumentNumber } | { ok: false; reason: Text };

/** Names of document kinds that may come before "số", folded: "Quyết định số 290-QĐ/TW". */
const KIND_NAMES = new Set([...Object.values(DOCUMENT_TYPES), 'Văn bản', 'Công điện'].map(foldVietnamese));

/** "Số", "Số:", "số ký hiệu", "So", "No.", "Number", "№" before the digits. */
const INTRO =
  /^(?:(?<kind>\p{L}+(?:\s+\p{L}+){0,3})\s+)?(?:số|so|no|number|№)(?:\s+(?:ký|ky)\s+(?:hiệu|hieu)|\s+(?:hiệu|hieu))?\s*[.:]?\s*(?=\d)/iu;
/** A date cited after the number: "290-QĐ/TW ngày 28/7/2025", "…, ngày 28 tháng 7". */
const TRAILING_DATE = /[\s,;]+(?:ngày|ngay|dated)\s+\d.*$/iu;
const WRAPPING = /^[\s"'“”‘’«»()[\]]+|[\s"'“”‘’«»()[\].,;:!?]+$/gu;

/** The number alone, or null when the introducing text is not one we know. */
function clean(input: string): string | null {
  let text = input
    .normalize('NFC')
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/[ÐƉ]/g, 'Đ')
    .replace(/[ðɖ]/g, 'đ')
    .replace(/\s+/g, ' ')
    .replace(WRAPPING, '');
  text = text.replace(TRAILING_DATE, '').replace(WRAPPING, '');
  const intro = INTRO.exec(text);
  if (intro) {
    const kind = intro.groups?.kind;
    if (kind && !KIND_NAMES.has(foldVietnamese(kind))) return null;
    text = text.slice(intro[0].length);
  }
  return text.replace(WRAPPING, '');
}

const REFUSED = msg('documentNumber.expectedNumberTypeIssuer');

export function parseDocumentNumber(input: string): ParseResult {
  const raw = clean(input);
  if (raw === null) return { ok: false, reason: REFUSED };
  // Some keyboards give "–", "‐" or "−" for the hyphen and a full-width "／" for the slash.
  const match = PATTERN.exec(raw.replace(/[‐‑‒–—―−﹣－]/g, '-').replace(/[／⁄∕]/g, '/'));
  if (!match) return { ok: false, reason: REFUSED };
  const number = Number(match[1]);
  if (number < 1) return { ok: false, reason: msg('documentNumber.theNumberMustBePositive') };
  const foldedType = foldVietnamese(match[2]!);
  const type = TYPE_BY_FOLD.get(foldedType);
  if (!type) {
    return {
      ok: false,
      reason: msg('documentNumber.unknownDocumentType', {
        value: match[2],
        value2: Object.keys(DOCUMENT_TYPES).join(', '),
      }),
    };
  }
  const foldedIssuer = foldVietnamese(match[3]!);
  const issuer = ISSUER_BY_FOLD.get(foldedIssuer) ?? match[3]!.normalize('NFC').toUpperCase();
  const normalized = `${number}-${type}/${issuer}`;
  return { ok: true, value: { raw, number, type, issuer, normalized, key: foldVietnamese(normalized) } };
}

/** True when two spellings name the same document number ("Số: 290-QD/TW" and "290-QĐ/TW"). */
export function sameDocumentNumber(a: string, b: string): boolean {
  const left = parseDocumentNumber(a);
  const right = parseDocumentNumber(b);
  return left.ok && right.ok && left.value.key === right.value.key;
}
