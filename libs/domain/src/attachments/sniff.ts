/**
 * What a file is, found from its bytes, never from its name (docs/decisions/0075-attachments.md).
 * The store hands in what it learnt while the bytes streamed past (the first bytes, whether
 * the whole is valid UTF-8 text) and, for containers, their listing (a ZIP's central
 * directory, an OLE2 file's first directory entries); this decides against the allow-list.
 */

/** How many of the first bytes the sniffer reads. */
export const SNIFF_HEAD_BYTES = 4096;

/** ZIPs (and office files, which are ZIPs) beyond these are refused as possible bombs. */
export const ZIP_LIMITS = { maxEntries: 2_000, maxRatio: 100, maxUncompressedBytes: 1024 * 1024 * 1024 };

export type AllowedType =
  | 'application/pdf'
  | 'image/png'
  | 'image/jpeg'
  | 'image/gif'
  | 'image/webp'
  | 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
  | 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
  | 'application/vnd.openxmlformats-officedocument.presentationml.presentation'
  | 'application/vnd.oasis.opendocument.text'
  | 'application/vnd.oasis.opendocument.spreadsheet'
  | 'application/vnd.oasis.opendocument.presentation'
  | 'application/msword'
  | 'application/vnd.ms-excel'
  | 'application/vnd.ms-powerpoint'
  | 'text/csv'
  | 'text/plain'
  | 'application/zip';

export const ALLOWED_TYPES: readonly AllowedType[] = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/vnd.oasis.opendocument.presentation',
  'application/msword',
  'application/vnd.ms-excel',
  'application/vnd.ms-powerpoint',
  'text/csv',
  'text/plain',
  'application/zip',
];

export interface ZipEntry {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
  encrypted: boolean;
}

export interface SniffInput {
  /** The first SNIFF_HEAD_BYTES bytes (fewer for a smaller file). */
  head: Uint8Array;
  /** The whole file is valid UTF-8 with no NUL and no control character but tab, line breaks and form feed. */
  text: boolean;
  /** The name as the uploader gave it (only to tell CSV from plain text). */
  name: string;
  /** A ZIP's entries from its central directory, or null when unreadable; absent if not asked. */
  zip?: ZipEntry[] | null;
  /** The stream names of an OLE2 file's directory, as far as read; absent if not asked. */
  oleStreams?: string[] | null;
}

export type SniffRefusal = 'unknown_type' | 'zip_unreadable' | 'zip_bomb' | 'nested_archive' | 'encrypted';

export type Sniffed = { ok: true; mediaType: AllowedType } | { ok: false; reason: SniffRefusal };

export type Container = 'zip' | 'ole2' | null;

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0) =>
  bytes.length >= at + prefix.length && prefix.every((b, i) => bytes[at + i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Which container listing the store must read before sniff() can decide. */
export function containerOf(head: Uint8Array): Container {
  if (startsWith(head, ZIP_MAGIC) || startsWith(head, EMPTY_ZIP)) return 'zip';
  if (startsWith(head, OLE2_MAGIC)) return 'ole2';
  return null;
}

const ODF_TYPES: Record<string, AllowedType> = {
  'application/vnd.oasis.opendocument.text': 'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet': 'application/vnd.oasis.opendocument.spreadsheet',
  'application/vnd.oasis.opendocument.presentation': 'application/vnd.oasis.opendocument.presentation',
};

/** Archives and executables never accepted inside a ZIP (a nested archive hides what it holds). */
const NESTED = /\.(zip|rar|7z|gz|tgz|bz2|xz|tar|jar|cab|iso|exe|dll|msi|bat|cmd|com|scr|ps1|vbs|js|sh|apk)$/i;

export function sniff(input: SniffInput): Sniffed {
  const { head } = input;
  if (startsWith(head, ascii('%PDF-'))) return { ok: true, mediaType: 'application/pdf' };
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { ok: true, mediaType: 'image/png' };
  if (startsWith(head, [0xff, 0xd8, 0xff])) return { ok: true, mediaType: 'image/jpeg' };
  if (startsWith(head, ascii('GIF87a')) || startsWith(head, ascii('GIF89a')))
    return { ok: true, mediaType: 'image/gif' };
  if (startsWith(head, ascii('RIFF')) && startsWith(head, ascii('WEBP'), 8))
    return { ok: true, mediaType: 'image/webp' };
  const container = containerOf(head);
  if (container === 'zip') return sniffZip(input);
  if (container === 'ole2') return sniffOle(input.oleStreams ?? []);
  if (input.text && head.length > 0) {
    return { ok: true, mediaType: /\.csv$/i.test(input.name) ? 'text/csv' : 'text/plain' };
  }
  return { ok: false, reason: 'unknown_type' };
}

function sniffZip(input: SniffInput): Sniffed {
  const entries = input.zip;
  if (!entries) return { ok: false, reason: 'zip_unreadable' };
  if (entries.length > ZIP_LIMITS.maxEntries) return { ok: false, reason: 'zip_bomb' };
  let packed = 0;
  let unpacked = 0;
  for (const entry of entries) {
    if (entry.encrypted) return { ok: false, reason: 'encrypted' };
    packed += entry.compressedSize;
    unpacked += entry.uncompressedSize;
  }
  if (unpacked > ZIP_LIMITS.maxUncompressedBytes || unpacked > Math.max(packed, 1) * ZIP_LIMITS.maxRatio) {
    return { ok: false, reason: 'zip_bomb' };
  }
  const names = new Set(entries.map((e) => e.name));
  const odf = odfMimetype(input.head);
  if (odf && names.has('mimetype')) return { ok: true, mediaType: odf };
  if (names.has('[Content_Types].xml')) {
    const under = (folder: string) => entries.some((e) => e.name.startsWith(folder));
    if (under('word/'))
      return { ok: true, mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' };
    if (under('xl/'))
      return { ok: true, mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };
    if (under('ppt/')) {
      return { ok: true, mediaType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation' };
    }
  }
  if (entries.some((e) => NESTED.test(e.name))) return { ok: false, reason: 'nested_archive' };
  return { ok: true, mediaType: 'application/zip' };
}

/** An ODF package starts with an uncompressed `mimetype` entry naming its type. */
function odfMimetype(head: Uint8Array): AllowedType | null {
  if (!startsWith(head, ZIP_MAGIC) || head.length < 30) return null;
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  const method = view.getUint16(8, true);
  const size = view.getUint32(18, true);
  const nameLength = view.getUint16(26, true);
  const extraLength = view.getUint16(28, true);
  const name = new TextDecoder().decode(head.subarray(30, 30 + nameLength));
  const start = 30 + nameLength + extraLength;
  if (method !== 0 || name !== 'mimetype' || size > 100 || start + size > head.length) return null;
  const type = new TextDecoder().decode(head.subarray(start, start + size));
  return ODF_TYPES[type] ?? null;
}

function sniffOle(streams: string[]): Sniffed {
  const has = (name: string) => streams.some((s) => s.toLowerCase() === name.toLowerCase());
  if (has('WordDocument')) return { ok: true, mediaType: 'application/msword' };
  if (has('Workbook') || has('Book')) return { ok: true, mediaType: 'application/vnd.ms-excel' };
  if (has('PowerPoint Document')) return { ok: true, mediaType: 'application/vnd.ms-powerpoint' };
  return { ok: false, reason: 'unknown_type' };
}

/**
 * Where a ZIP's central directory is, from its last bytes (the end-of-central-directory
 * record is within the last 65,557). Null when there is none (not a ZIP, or truncated).
 */
export function zipDirectoryLocation(tail: Uint8Array): { offset: number; size: number; entries: number } | null {
  const view = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
  for (let at = tail.length - 22; at >= 0; at--) {
    if (view.getUint32(at, true) !== 0x06054b50) continue;
    const entries = view.getUint16(at + 10, true);
    const size = view.getUint32(at + 12, true);
    const offset = view.getUint32(at + 16, true);
    // ZIP64 markers: the real values are elsewhere; such sizes are beyond our limits anyway.
    if (entries === 0xffff || size === 0xffffffff || offset === 0xffffffff) return null;
    return { offset, size, entries };
  }
  return null;
}

/** The entries of a central directory; null when it is malformed. */
export function zipEntries(directory: Uint8Array, count: number): ZipEntry[] | null {
  const view = new DataView(directory.buffer, directory.byteOffset, directory.byteLength);
  const entries: ZipEntry[] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > directory.length || view.getUint32(at, true) !== 0x02014b50) return null;
    const flags = view.getUint16(at + 8, true);
    const compressedSize = view.getUint32(at + 20, true);
    const uncompressedSize = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength > directory.length) return null;
    const name = new TextDecoder().decode(directory.subarray(at + 46, at + 46 + nameLength));
    entries.push({ name, compressedSize, uncompressedSize, encrypted: (flags & 1) === 1 });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Where an OLE2 file's first directory sector starts, from its header. */
export function oleDirectoryOffset(head: Uint8Array): number | null {
  if (!startsWith(head, OLE2_MAGIC) || head.length < 512) return null;
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  const sectorShift = view.getUint16(0x1e, true);
  if (sectorShift !== 9 && sectorShift !== 12) return null;
  const first = view.getUint32(0x30, true);
  if (first >= 0xfffffffa) return null;
  return (first + 1) * (1 << sectorShift);
}

/** Stream names of the 128-byte directory entries in these bytes (UTF-16LE names). */
export function oleStreamNames(directory: Uint8Array): string[] {
  const view = new DataView(directory.buffer, directory.byteOffset, directory.byteLength);
  const names: string[] = [];
  for (let at = 0; at + 128 <= directory.length; at += 128) {
    const length = view.getUint16(at + 64, true);
    if (length < 2 || length > 64) continue;
    let name = '';
    for (let i = 0; i < length - 2; i += 2) name += String.fromCharCode(view.getUint16(at + i, true));
    names.push(name);
  }
  return names;
}

/**
 * Feeds a file's bytes chunk by chunk: whether it is all valid UTF-8 text (no NUL, no
 * control character but tab, line breaks and form feed).
 */
export class TextCheck {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  private valid = true;

  push(chunk: Uint8Array): void {
    if (!this.valid) return;
    for (const byte of chunk) {
      if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) {
        this.valid = false;
        return;
      }
    }
    try {
      this.decoder.decode(chunk, { stream: true });
    } catch {
      this.valid = false;
    }
  }

  end(): boolean {
    if (!this.valid) return false;
    try {
      this.decoder.decode();
      return true;
    } catch {
      return false;
    }
  }
}
