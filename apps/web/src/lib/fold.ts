/**
 * Vietnamese folded for search, as the API's unit search does: no diacritics, đ → d,
 * lower case, so "dan van", "Dân vận" and "DÂN VẬN" all match.
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .trim();
}

export const matches = (haystack: string, needle: string) => fold(haystack).includes(fold(needle));
