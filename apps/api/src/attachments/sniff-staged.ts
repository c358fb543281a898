import {
  containerOf,
  oleDirectoryOffset,
  oleStreamNames,
  sniff,
  zipDirectoryLocation,
  zipEntries,
  ZIP_LIMITS,
  type Sniffed,
} from '@dondoc/domain';
import type { StagedFile } from './attachment-store';

/** The end-of-central-directory record is within the file's last 22 + 65,535 bytes. */
const ZIP_TAIL = 22 + 0xffff;
/** A ZIP's central directory is read only up to this size (about 46 bytes + name per entry). */
const MAX_ZIP_DIRECTORY = ZIP_LIMITS.maxEntries * 400;
/** OLE2 directory bytes read from the first directory sector (32 entries of 128 bytes). */
const OLE_DIRECTORY_BYTES = 4096;

/** Sniffs a staged file: its first bytes, and for containers the listing sniff() needs. */
export async function sniffStaged(file: StagedFile, name: string): Promise<Sniffed> {
  const container = containerOf(file.head);
  if (container === 'zip') {
    const tailStart = Math.max(0, file.size - ZIP_TAIL);
    const location = zipDirectoryLocation(await file.read(tailStart, file.size - tailStart));
    let zip = null;
    if (location && location.entries > ZIP_LIMITS.maxEntries) return { ok: false, reason: 'zip_bomb' };
    if (location && location.size <= MAX_ZIP_DIRECTORY && location.offset + location.size <= file.size) {
      zip = zipEntries(await file.read(location.offset, location.size), location.entries);
    }
    return sniff({ head: file.head, text: false, name, zip });
  }
  if (container === 'ole2') {
    const offset = oleDirectoryOffset(file.head);
    const oleStreams = offset === null ? [] : oleStreamNames(await file.read(offset, OLE_DIRECTORY_BYTES));
    return sniff({ head: file.head, text: false, name, oleStreams });
  }
  return sniff({ head: file.head, text: file.text, name });
}
