import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
// The texts live in libs/i18n with the API's (one set of catalogues; see libs/i18n/README.md).
import { translateWeb, type WebKey } from '../../../../libs/i18n/src/web';
import { pickApiMessage, readerHalf } from '../lib/api-message';
import { fmtDay } from '../lib/dates';

export type Lang = 'vi' | 'en';
export type MessageKey = WebKey;
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

interface I18n {
  lang: Lang;
  setLang(lang: Lang): void;
  t(key: MessageKey, params?: Record<string, string | number>): string;
}
const Context = createContext<I18n | null>(null);

// The language is a preference of the browser, not data: it may outlive a session.
const stored = (): Lang => (localStorage.getItem('dondoc.lang') === 'en' ? 'en' : 'vi');

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(stored);
  const setLang = useCallback((next: Lang) => {
    localStorage.setItem('dondoc.lang', next);
    document.documentElement.lang = next;
    setLangState(next);
  }, []);
  const t = useCallback(
    // ICU MessageFormat: plurals ("{count, plural, one {# task} other {# tasks}}") and numbers in the reader's convention.
    (key: MessageKey, params?: Record<string, string | number>) => translateWeb(lang, key, params),
    [lang],
  );
  const value = useMemo(() => ({ lang, setLang, t }), [lang, setLang, t]);
  document.documentElement.lang = lang;
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(Context);
  if (!value) throw new Error('I18nProvider missing');
  return value;
}

/** The API answers "tiếng Việt / English": the half in the reader's language, without a "field: " prefix or ids. */
export function apiText(message: string, lang: Lang, field?: string): string {
  return pickApiMessage(message, lang, field) ?? readerHalf(message, lang);
}

const parts = (iso: string, options: Intl.DateTimeFormatOptions) =>
  Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, hourCycle: 'h23', ...options })
      .formatToParts(new Date(iso))
      .map((p) => [p.type, p.value]),
  );

/** dd/MM/yyyy in Asia/Ho_Chi_Minh; a civil date (YYYY-MM-DD) is shown as it is. */
export function fmtDate(value: string | null | undefined): string {
  if (!value) return '—';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value.split('-').reverse().join('/');
  const p = parts(value, { day: '2-digit', month: '2-digit', year: 'numeric' });
  return `${p.day}/${p.month}/${p.year}`;
}

/** HH:mm dd/MM/yyyy in Asia/Ho_Chi_Minh. */
export function fmtDateTime(value: string | null | undefined): string {
  if (!value) return '—';
  const p = parts(value, { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' });
  return `${p.hour}:${p.minute} ${p.day}/${p.month}/${p.year}`;
}

export { fmtDay } from '../lib/dates';

/** fmtDay in the reader's language. */
export function useFmtDay() {
  const { lang } = useI18n();
  return useCallback((value: string | null | undefined, time = false) => fmtDay(value, lang, time), [lang]);
}

/** Today's civil date in Asia/Ho_Chi_Minh (YYYY-MM-DD). */
export const todayVn = () => new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(new Date());

/** The other language's name, in that language: the switch people look for. */
export function LanguageSwitch() {
  const { lang, setLang } = useI18n();
  const other: Lang = lang === 'vi' ? 'en' : 'vi';
  return (
    <button type="button" className="link" onClick={() => setLang(other)} lang={other}>
      {other === 'en' ? 'English' : 'Tiếng Việt'}
    </button>
  );
}
