import { ALLOWED_SAMPLES, SAMPLES, zip } from '../../../../test/support/files';
import {
  containerOf,
  oleDirectoryOffset,
  oleStreamNames,
  sniff,
  SNIFF_HEAD_BYTES,
  TextCheck,
  zipDirectoryLocation,
  zipEntries,
  ZIP_LIMITS,
  type Sniffed,
} from './sniff';

/** What the store does with a staged file, on bytes in memory. */
function sniffBytes(bytes: Buffer, name: string): Sniffed {
  const head = bytes.subarray(0, SNIFF_HEAD_BYTES);
  const check = new TextCheck();
  for (let at = 0; at < bytes.length; at += 3) check.push(bytes.subarray(at, at + 3));
  const text = check.end();
  const container = containerOf(head);
  if (container === 'zip') {
    const location = zipDirectoryLocation(bytes.subarray(Math.max(0, bytes.length - 65_557)));
    const zip =
      location && zipEntries(bytes.subarray(location.offset, location.offset + location.size), location.entries);
    return sniff({ head, text, name, zip });
  }
  if (container === 'ole2') {
    const offset = oleDirectoryOffset(head);
    return sniff({
      head,
      text,
      name,
      oleStreams: offset === null ? [] : oleStreamNames(bytes.subarray(offset, offset + 4096)),
    });
  }
  return sniff({ head, text, name });
}

describe('sniff: the type comes from the bytes, against the allow-list', () => {
  it.each([['a PDF without extension', SAMPLES.pdf, 'bao-cao', 'application/pdf'], ...ALLOWED_SAMPLES])(
    'accepts %s',
    (_what, bytes, name, type) => {
      expect(sniffBytes(bytes, name)).toEqual({ ok: true, mediaType: type });
    },
  );

  it.each([
    ['a Windows executable renamed .pdf', SAMPLES.exe, 'bao-cao.pdf', 'unknown_type'],
    ['an ELF executable renamed .txt', SAMPLES.elf, 'ghi-chu.txt', 'unknown_type'],
    ['an MSI installer (OLE2 without document streams) renamed .doc', SAMPLES.msi, 'cong-van.doc', 'unknown_type'],
    ['Latin-1 text (not UTF-8) renamed .csv', SAMPLES.latin1Text, 'so-lieu.csv', 'unknown_type'],
    ['text with a NUL', SAMPLES.nulText, 'ghi-chu.txt', 'unknown_type'],
    ['an empty file', Buffer.alloc(0), 'rong.txt', 'unknown_type'],
    ['a ZIP holding another ZIP', SAMPLES.nestedZip, 'lo.zip', 'nested_archive'],
    ['a ZIP holding a program', zip([{ name: 'setup.exe', data: SAMPLES.exe }]), 'lo.zip', 'nested_archive'],
    ['a ZIP bomb (4 MB of zeros in a few KB)', SAMPLES.zipBomb, 'bom.zip', 'zip_bomb'],
    ['a ZIP cut short (no central directory)', SAMPLES.zip.subarray(0, 40), 'cut.zip', 'zip_unreadable'],
  ])('refuses %s', (_what, bytes, name, reason) => {
    expect(sniffBytes(bytes, name)).toEqual({ ok: false, reason });
  });

  it('refuses a ZIP with more entries than the limit', () => {
    const entries = Array.from({ length: ZIP_LIMITS.maxEntries + 1 }, () => ({
      name: 'a',
      compressedSize: 1,
      uncompressedSize: 1,
      encrypted: false,
    }));
    expect(sniff({ head: SAMPLES.zip.subarray(0, 64), text: false, name: 'x.zip', zip: entries })).toEqual({
      ok: false,
      reason: 'zip_bomb',
    });
  });

  it('refuses an encrypted ZIP', () => {
    const entries = [{ name: 'a.pdf', compressedSize: 10, uncompressedSize: 10, encrypted: true }];
    expect(sniff({ head: SAMPLES.zip.subarray(0, 64), text: false, name: 'x.zip', zip: entries })).toEqual({
      ok: false,
      reason: 'encrypted',
    });
  });
});

describe('TextCheck: valid UTF-8 across chunk boundaries', () => {
  it('accepts a Vietnamese letter split between chunks and refuses a truncated one at the end', () => {
    const bytes = Buffer.from('Đôn Đốc', 'utf8');
    const whole = new TextCheck();
    whole.push(bytes.subarray(0, 1));
    whole.push(bytes.subarray(1));
    expect(whole.end()).toBe(true);
    const cut = new TextCheck();
    cut.push(bytes.subarray(0, 1));
    expect(cut.end()).toBe(false);
  });
});
