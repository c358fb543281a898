import type { Language } from './language';

/**
 * The reader's half of a legacy text glued "tiếng Việt / English" (a message not yet moved
 * to the catalogues, e.g. one merged from another branch or a workflow's refusal carried
 * over Temporal). A text without the separator is returned whole. New code uses keys;
 * scripts/i18n-extract.mjs turns a glued literal into one (docs/decisions/0069-one-language-per-reader.md).
 */
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;

export function readerHalf(text: string, lang: Language): string {
  // The separator is the " / " after which no Vietnamese follows: a " / " inside data
  // (a document number written "25 - QD / TU") is not one.
  let cut = text.indexOf(' / ');
  while (cut >= 0 && VIETNAMESE.test(text.slice(cut + 3))) cut = text.indexOf(' / ', cut + 3);
  if (cut < 0 || !VIETNAMESE.test(text.slice(0, cut))) return text;
  const vietnamese = text.slice(0, cut);
  let english = text.slice(cut + 3);
  // "field: tiếng Việt / English" keeps its field name in front of both halves.
  const field = /^([\w.[\]]+): /.exec(vietnamese)?.[0];
  if (field && !english.startsWith(field)) english = field + english;
  return lang === 'vi' ? vietnamese : english;
}
