export type Lang = 'vi' | 'en';
const KEY = 'dondoc.lang';

/**
 * The dashboard's language before anything else is known: the one chosen in this browser
 * (the switch, or the signed-in person's stored choice), else the browser's own languages
 * (what Accept-Language says: the first we speak), else Vietnamese.
 */
export function currentLang(): Lang {
  const chosen = localStorage.getItem(KEY);
  if (chosen === 'vi' || chosen === 'en') return chosen;
  for (const tag of navigator.languages ?? [navigator.language]) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary === 'vi' || primary === 'en') return primary;
  }
  return 'vi';
}

/** Remembers a chosen language in this browser. */
export function rememberLang(lang: Lang): void {
  localStorage.setItem(KEY, lang);
}
