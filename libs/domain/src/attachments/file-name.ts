/**
 * A file's name as kept and as given back on download (docs/decisions/0075-attachments.md):
 * Unicode kept (NFC), path separators and control characters taken out; on the way out,
 * RFC 6266 Content-Disposition with an ASCII fallback and the UTF-8 name in RFC 5987
 * `filename*`.
 */

/** Longest name kept, in characters (a longer one keeps its extension). */
export const MAX_FILE_NAME = 200;

// eslint-disable-next-line no-control-regex -- control characters are exactly what this strips
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;

/**
 * The name to keep: the last path segment (a browser may send `C:\…\scan.pdf`), NFC,
 * without control or bidirectional-override characters, trimmed of spaces and dots, at
 * most MAX_FILE_NAME characters; "file" when nothing is left.
 */
export function cleanFileName(raw: string): string {
  const lastSegment = raw.split(/[\\/]/).pop() ?? '';
  let name = lastSegment
    .normalize('NFC')
    .replace(CONTROL, '')
    .replace(/^[\s.]+|[\s.]+$/gu, '');
  if (!name) return 'file';
  const chars = [...name];
  if (chars.length > MAX_FILE_NAME) {
    const dot = name.lastIndexOf('.');
    const ext = dot > 0 ? [...name.slice(dot)] : [];
    name =
      chars.slice(0, MAX_FILE_NAME - (ext.length <= 16 ? ext.length : 0)).join('') +
      (ext.length <= 16 ? ext.join('') : '');
  }
  return name;
}

/** An ASCII stand-in: Vietnamese letters without their marks, đ as d, anything else as _. */
export function asciiFileName(name: string): string {
  const folded = name
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
  const ascii = folded.replace(/[^\x20-\x7e]/g, '_').replace(/["\\%;]/g, '_');
  return ascii.trim() || 'file';
}

/** RFC 5987 ext-value: UTF-8, percent-encoded but for attr-chars. */
function encodeExtValue(name: string): string {
  return encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** `attachment; filename="ascii"; filename*=UTF-8''utf8` (the second only when they differ). */
export function contentDisposition(name: string, disposition: 'attachment' | 'inline' = 'attachment'): string {
  const ascii = asciiFileName(name);
  const base = `${disposition}; filename="${ascii}"`;
  return ascii === name ? base : `${base}; filename*=UTF-8''${encodeExtValue(name)}`;
}
