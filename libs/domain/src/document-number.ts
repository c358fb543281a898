/**
 * Document numbers (số ký hiệu) such as `290-QĐ/TW`, `20-NQ/TU`, `08-BC/TU`,
 * `2824-CV/TU`: `<number>-<type>/<issuer>`. Parsed tolerantly (spaces, "QD" for
 * "QĐ", "Đ" typed as "D" or as a decomposed letter), stored normalised, shown as
 * written (docs/architecture.md#domain-rules). Numbers restart each term, so unique is
 * (issuer, type, number, year), never the number alone.
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
  /** As the user wrote it (NFC, trimmed). */
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
    .replace(/[đĐ]/g, 'D')
    .toUpperCase();
}

const TYPE_BY_FOLD = new Map(Object.keys(DOCUMENT_TYPES).map((code) => [foldVietnamese(code), code]));
const ISSUER_BY_FOLD = new Map(ISSUERS_WITH_D.map((code) => [foldVietnamese(code), code]));

const PATTERN = /^(\d{1,6})\s*-\s*([\p{L}]{1,8})\s*\/\s*([\p{L}\d\-.]{1,20})$/u;

export type ParseResult = { ok: true; value: DocumentNumber } | { ok: false; reason: string };

export function parseDocumentNumber(input: string): ParseResult {
  const raw = input.normalize('NFC').trim().replace(/\s+/g, ' ');
  // Some keyboards give "–" or "‐" for the hyphen.
  const match = PATTERN.exec(raw.replace(/[‐‑–—]/g, '-'));
  if (!match) {
    return {
      ok: false,
      reason: 'Số ký hiệu phải có dạng <số>-<loại>/<cơ quan>, ví dụ 290-QĐ/TW / expected <number>-<type>/<issuer>',
    };
  }
  const number = Number(match[1]);
  if (number < 1) return { ok: false, reason: 'Số văn bản phải lớn hơn 0 / the number must be positive' };
  const foldedType = foldVietnamese(match[2]!);
  const type = TYPE_BY_FOLD.get(foldedType);
  if (!type) {
    return {
      ok: false,
      reason: `Loại văn bản "${match[2]}" không được hỗ trợ (${Object.keys(DOCUMENT_TYPES).join(', ')}) / unknown document type`,
    };
  }
  const foldedIssuer = foldVietnamese(match[3]!);
  const issuer = ISSUER_BY_FOLD.get(foldedIssuer) ?? match[3]!.normalize('NFC').toUpperCase();
  const normalized = `${number}-${type}/${issuer}`;
  return { ok: true, value: { raw, number, type, issuer, normalized, key: foldVietnamese(normalized) } };
}
