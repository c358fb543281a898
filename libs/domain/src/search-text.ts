import { foldVietnamese } from './document-number';

/**
 * Search that ignores diacritics and case and knows the usual abbreviations of unit
 * names, both ways. The rule is split so the database needs no dictionary:
 *
 * - what is stored (`unitSearchText`, `directiveSearchText`): the folded words of the
 *   name, each abbreviation written in capitals followed by its full form ("MTTQ" →
 *   "MTTQ MAT TRAN TO QUOC") and each full form followed by its abbreviation ("Ủy ban
 *   nhân dân" → "UY BAN NHAN DAN UBND");
 * - what is asked (`searchTerms`): the folded words of the query; a row matches when
 *   every term occurs in its stored text, in any order (SQL: one `LIKE '%term%'` per
 *   term, which a trigram index answers).
 *
 * Since the stored text carries both forms, "mttq ia grai", "mat tran ia grai" and
 * "Ủy ban MTTQ Việt Nam xã Ia Grai" all find "Ủy ban MTTQ Việt Nam xã Ia Grai", and
 * "ubnd chu se" finds "Ủy ban nhân dân xã Chư Sê".
 */

/** Abbreviation (folded) and its full form (folded words). Longer forms first where one contains another. */
export const UNIT_ABBREVIATIONS: readonly (readonly [abbreviation: string, full: string])[] = [
  ['UBMTTQ', 'UY BAN MAT TRAN TO QUOC'],
  ['MTTQ', 'MAT TRAN TO QUOC'],
  ['UBND', 'UY BAN NHAN DAN'],
  ['HDND', 'HOI DONG NHAN DAN'],
  ['BCHQS', 'BO CHI HUY QUAN SU'],
  ['BCH', 'BAN CHAP HANH'],
  ['BTV', 'BAN THUONG VU'],
  ['BDV', 'BAN DAN VAN'],
  ['DU', 'DANG UY'],
  ['TU', 'TINH UY'],
  ['HU', 'HUYEN UY'],
  ['HND', 'HOI NONG DAN'],
  ['HLHPN', 'HOI LIEN HIEP PHU NU'],
  ['DTN', 'DOAN THANH NIEN'],
  ['TNCS', 'THANH NIEN CONG SAN'],
  ['HCCB', 'HOI CUU CHIEN BINH'],
  ['CCB', 'CUU CHIEN BINH'],
  ['LDLD', 'LIEN DOAN LAO DONG'],
  ['BDBP', 'BO DOI BIEN PHONG'],
  ['QS', 'QUAN SU'],
  ['CA', 'CONG AN'],
  ['NHNN', 'NGAN HANG NHA NUOC'],
  ['DTTS', 'DAN TOC THIEU SO'],
];

const FULL_BY_ABBREVIATION = new Map(UNIT_ABBREVIATIONS.map(([abbreviation, full]) => [abbreviation, full]));
const FULL_FORMS = UNIT_ABBREVIATIONS.map(([abbreviation, full]) => ({ abbreviation, words: full.split(' ') }));

/** At most this many terms are taken from a query (the rest is ignored): bounds the SQL. */
export const MAX_SEARCH_TERMS = 8;

/** Words of a text: letters and digits, anything else separates. */
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The folded words of a name with the abbreviations both ways. An abbreviation is
 * expanded only when written in capitals in the name ("Công an" and "CA" are the
 * police; "Cà Mau" is not), a full form is contracted whatever its case.
 */
export function expandedSearchWords(name: string): string[] {
  const original = name.match(WORD) ?? [];
  const words = original.map(foldVietnamese);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    out.push(word);
    const full = FULL_BY_ABBREVIATION.get(word);
    if (full && original[i] === original[i]!.toUpperCase() && /\p{Lu}/u.test(original[i]!)) out.push(full);
    for (const { abbreviation, words: fullWords } of FULL_FORMS) {
      const start = i - fullWords.length + 1;
      if (start >= 0 && fullWords.every((w, k) => words[start + k] === w)) out.push(abbreviation);
    }
  }
  return out.flatMap((word) => word.split(' '));
}

/** What a unit's search column holds: its name folded, abbreviations both ways. */
export function unitSearchText(name: string): string {
  return expandedSearchWords(name).join(' ');
}

/**
 * What a directive's search column holds. Its first space-separated token is the folded
 * document number, alone: a secret directive the reader may not read is found by that
 * token only (docs/secret-content.md); the title follows, as a unit name does.
 */
export function directiveSearchText(documentNumber: string, title: string): string {
  const number = foldVietnamese(documentNumber).replace(/\s+/g, '');
  const words = expandedSearchWords(title);
  return words.length ? `${number} ${words.join(' ')}` : number;
}

/**
 * The terms of a query: folded, split at white space, commas, semicolons, quotes and
 * brackets (a code or document number such as "MTTQ-GL" or "25-KH/TU" stays one term),
 * without repeats and without terms contained in a longer one, at most MAX_SEARCH_TERMS.
 */
export function searchTerms(query: string): string[] {
  const raw = foldVietnamese(query)
    .split(/[\s,;"'“”‘’«»()[\]{}]+/u)
    .map((term) => term.replace(/^[.:!?-]+|[.:!?-]+$/g, ''))
    .filter((term) => term !== '');
  const unique = [...new Set(raw)];
  return unique
    .filter((term) => !unique.some((other) => other !== term && other.includes(term)))
    .slice(0, MAX_SEARCH_TERMS);
}
