/**
 * Is a text shown to a person in one language only, with no code in it? A heuristic for
 * the tests (docs/decisions/0069-one-language-per-reader.md): the problems it finds, none
 * when the text is clean. Quoted data ("…") is not judged: a unit's name is what it is.
 */
export type Lang = 'vi' | 'en';

const VIETNAMESE_LETTER = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;
/** English words no Vietnamese sentence has ("an", "to" and "do" are Vietnamese too). */
const ENGLISH_WORDS =
  /\b(the|must|should|is|are|was|not|only|may|of|with|without|required|invalid|found|already|cannot|please|retry|too|unknown|expected|allowed|your|this|before|after)\b/i;

/** Codes that must never reach a person: catalogue keys, notice kinds, statuses, formats. */
const CODES: [RegExp, string][] = [
  [/\b[a-z]+(?:\.[a-z][A-Za-z0-9]*)+\b/, 'a dotted code (catalogue key, event kind)'],
  [/\bP(?:\d+[YMWD])*(?:T(?:\d+[HMS])+)?\b(?<=\d[YMWDHS])/, 'an ISO 8601 duration'],
  [/\b[a-z]+_[a-z_]+\b/, 'an enum value (snake_case)'],
  [/\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b/, 'an enum value (UPPER_CASE)'],
  [/\b[a-z]+[A-Z][A-Za-z]*\b/, 'a field or identifier (camelCase)'],
  [/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i, 'an id (UUID)'],
  [/\d{4}-\d\d-\d\dT\d\d:\d\d/, 'an ISO instant'],
  [/\{[A-Za-z_]\w*\}/, 'an unfilled placeholder'],
];

export function oneLanguageProblems(text: string, lang: Lang): string[] {
  const problems: string[] = [];
  // Abbreviations are not codes ("e.g.", "i.e.").
  // The product's own name is a name in every language.
  const judged = text
    .replace(/"[^"]*"|“[^”]*”/g, '""')
    .replace(/\b(e\.g|i\.e)\./g, '')
    .replace(/Đôn Đốc/g, 'Don Doc');
  if (/\S \/ \S/.test(judged)) problems.push('two texts glued with " / "');
  const letters = judged.replace(/[^\p{L}]/gu, '');
  if (lang === 'en' && VIETNAMESE_LETTER.test(judged)) problems.push('Vietnamese letters in an English text');
  if (lang === 'vi') {
    const english = ENGLISH_WORDS.exec(judged);
    if (english) problems.push(`the English word "${english[1]}" in a Vietnamese text`);
    if (letters.length >= 12 && !VIETNAMESE_LETTER.test(judged))
      problems.push('no Vietnamese letter in a Vietnamese text');
  }
  for (const [code, what] of CODES) {
    const found = code.exec(judged);
    if (found) problems.push(`${what}: ${found[0]}`);
  }
  return problems;
}
