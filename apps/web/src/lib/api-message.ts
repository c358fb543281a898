/** The languages a reader can choose (the dashboard's i18n speaks the same two). */
export type ReaderLang = 'vi' | 'en';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;

/**
 * The API's message in the reader's language only. The API answers in the language the
 * client asks for (api/client.ts sends Accept-Language; docs/decisions/0069); an old
 * "tiếng Việt / English" text is cut at the " / " after which no Vietnamese follows, so a
 * " / " inside data ("25 - QD / TU") is kept. A one-language message is returned whole.
 */
export function readerHalf(message: string, lang: ReaderLang): string {
  let cut = message.indexOf(' / ');
  while (cut >= 0 && VIETNAMESE.test(message.slice(cut + 3))) cut = message.indexOf(' / ', cut + 3);
  if (cut < 0 || !VIETNAMESE.test(message.slice(0, cut))) return message;
  return lang === 'vi' ? message.slice(0, cut) : message.slice(cut + 3);
}

/**
 * What a person is shown of one API message: the reader's half, without a leading
 * "field: " (the field is named by its label beside it) and without ids, which mean
 * nothing to a person. Undefined when nothing readable is left (a message that was only
 * an id): the caller then shows its catalogue's text for the field.
 */
export function pickApiMessage(message: string, lang: ReaderLang, field?: string): string | undefined {
  let text = readerHalf(message, lang).trim();
  if (field && text.startsWith(`${field}: `)) text = text.slice(field.length + 2);
  text = text.replace(/^[\w.]+: /, '');
  text = text
    .replace(UUID, '')
    // What held the id in place: "X — <id>", "(<id>)", "id: <id>".
    .replace(/\(\s*\)/g, '')
    .replace(/\s*[—–:,-]\s*$/u, '')
    .replace(/^\s*[—–:,-]\s*/u, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
  return /[\p{L}\p{N}]/u.test(text) ? text : undefined;
}

/**
 * A notice's title or body in the reader's language: notices are worded for their reader
 * by the API; a row written before that ("Nhiệm vụ mới: … / New task", lines labelled
 * "Hạn / deadline: …") is shown by its reader's halves, line by line, never glued.
 */
export function noticeText(text: string, lang: ReaderLang): string {
  return text
    .split('\n')
    .map((line) => {
      const labelled = /^([^/:]*\p{L}[^/:]*) \/ ([A-Za-z][A-Za-z ]*): (.*)$/u.exec(line);
      if (labelled) return `${lang === 'vi' ? labelled[1] : labelled[2]}: ${labelled[3]}`;
      return readerHalf(line, lang);
    })
    .join('\n');
}
