import { isMessage, LEGACY_KEY, type FieldProblem, type Message, type Text } from '@dondoc/domain';
import { readerHalf, translate, type Language, type MessageParams } from '@dondoc/i18n';

/** A domain text in one language: a Message through the catalogues, a legacy glued string by its reader's half. */
export function renderText(text: Text, lang: Language): string {
  if (!isMessage(text)) return readerHalf(text, lang);
  return renderMessage(text, lang);
}

function renderMessage(message: Message, lang: Language): string {
  if (message.key === LEGACY_KEY) return readerHalf(String(message.params?.text ?? ''), lang);
  const params: MessageParams = {};
  for (const [name, value] of Object.entries(message.params ?? {})) {
    if (isMessage(value)) params[name] = renderMessage(value, lang);
    else if (typeof value === 'boolean') params[name] = String(value);
    else params[name] = value;
  }
  return translate(lang, message.key, params);
}

export interface RenderedFieldProblem {
  field: string;
  message: string;
}

export function renderProblems(problems: FieldProblem[], lang: Language): RenderedFieldProblem[] {
  return problems.map((p) => ({ field: p.field, message: renderText(p.message, lang) }));
}
