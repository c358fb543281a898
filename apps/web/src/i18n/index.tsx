import { useQueryClient } from '@tanstack/react-query';
import { Fragment, createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
// The texts live in libs/i18n with the API's (one set of catalogues; see libs/i18n/README.md).
import { translateWeb, translateWebParts, WEB_CATALOGUES, type WebKey } from '../../../../libs/i18n/src/web';
import { pickApiMessage, readerHalf } from '../lib/api-message';
import { fmtDay } from '../lib/dates';
import { currentLang, rememberLang, type Lang } from '../lib/lang';
import { hasToken, put } from '../api/client';

export type { Lang } from '../lib/lang';
export type MessageKey = WebKey;
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

interface I18n {
  lang: Lang;
  setLang(lang: Lang): void;
  t(key: MessageKey, params?: Record<string, string | number>): string;
  /** A text with elements among its values (a name in <Vi>): the parts, keyed, for JSX. */
  tx(key: MessageKey, params: Record<string, ReactNode>): ReactNode;
}
const Context = createContext<I18n | null>(null);

// The language outlives a session in this browser; a signed-in person's choice is also
// stored with their preferences (PUT /me/preferences) and applied at their next sign-in.

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(currentLang);
  const setLang = useCallback((next: Lang) => {
    rememberLang(next);
    document.documentElement.lang = next;
    setLangState(next);
  }, []);
  const t = useCallback(
    // ICU MessageFormat: plurals ("{count, plural, one {# task} other {# tasks}}") and numbers in the reader's convention.
    (key: MessageKey, params?: Record<string, string | number>) => translateWeb(lang, key, params),
    [lang],
  );
  const tx = useCallback(
    (key: MessageKey, params: Record<string, ReactNode>) =>
      translateWebParts<ReactNode>(lang, key, params as Record<string, string | number | ReactNode>).map((part, i) =>
        typeof part === 'string' ? part : <Fragment key={i}>{part}</Fragment>,
      ),
    [lang],
  );
  const value = useMemo(() => ({ lang, setLang, t, tx }), [lang, setLang, t, tx]);
  document.documentElement.lang = lang;
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

/** Whether the catalogues have a text for `key` (a key built from data, e.g. a document type's code). */
export const hasMessage = (key: string): key is MessageKey => Object.hasOwn(WEB_CATALOGUES.vi, key);

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
  const queryClient = useQueryClient();
  const other: Lang = lang === 'vi' ? 'en' : 'vi';
  const choose = () => {
    setLang(other);
    // Signed in: the choice is the person's, kept for their next sign-in, e-mails and notices.
    // Refused (an auditor's settings are read-only): the choice stays this browser's.
    if (hasToken())
      put('/me/preferences', { body: { locale: other } }).then(
        (saved) => queryClient.setQueryData(['preferences'], saved),
        () => undefined,
      );
  };
  return (
    <button type="button" className="link" onClick={choose} lang={other}>
      {other === 'en' ? 'English' : 'Tiếng Việt'}
    </button>
  );
}

/**
 * Vietnamese data (a unit's, a person's, a directive's name; a report's text) marked as
 * Vietnamese, so a screen reader reads it as such on an English page and the language
 * walk (test/browser/language-walk) tells data from the page's own words.
 */
export function Vi({ children }: { children: ReactNode }) {
  return <span lang="vi">{children}</span>;
}

/** A name kept in both languages (a holiday): the reader's; the Vietnamese one, marked, when there is no English. */
export function ReaderName({ vi, en }: { vi: string; en?: string | null }) {
  const { lang } = useI18n();
  if (lang === 'en' && en) return <>{en}</>;
  return <Vi>{vi}</Vi>;
}

/** A person as shown: their full name (Vietnamese data), else their username (an identifier, never translated). */
export function Person({ fullName, username }: { fullName?: string | null; username?: string | null }) {
  if (fullName) return <Vi>{fullName}</Vi>;
  return <span translate="no">{username ?? ''}</span>;
}
