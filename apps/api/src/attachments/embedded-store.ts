import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AttachmentStore, ExactLength, FileInspector, SHA256_HEX, type StagedFile } from './attachment-store';

/** A partial file older than this is left from a crash and removed at start. */
const STALE_PART_MS = 60 * 60 * 1000;
/** Resumable uploads' chunk size. */
export const EMBEDDED_CHUNK_BYTES = 8 * 1024 * 1024;

/**
 * Content-addressed files under ATTACHMENTS_DIR (by default `<DONDOC_DATA_DIR>/attachments`):
 * `<dir>/<first two hex digits>/<sha256>`. An upload is written to `<dir>/tmp/<uuid>.part`
 * (the same file system, so the rename is atomic), flushed to disk, then renamed to its
 * name and the directory flushed: a crash leaves at most a `.part` file, never a half file
 * under a content name.
 */
export class EmbeddedAttachmentStore extends AttachmentStore {
  readonly chunkBytes: number;
  private readonly tmp: string;
  private readonly uploads: string;

  constructor(
    private readonly dir: string,
    chunkBytes = EMBEDDED_CHUNK_BYTES,
  ) {
    super();
    this.chunkBytes = chunkBytes;
    this.tmp = join(dir, 'tmp');
    this.uploads = join(dir, 'uploads');
  }

  /** Makes the directories and removes partial files a crash left behind. */
  async init(now = Date.now()): Promise<void> {
    await mkdir(this.tmp, { recursive: true, mode: 0o700 });
    await mkdir(this.uploads, { recursive: true, mode: 0o700 });
    for (const name of await readdir(this.tmp)) {
      const path = join(this.tmp, name);
      const info = await stat(path).catch(() => null);
      if (info && now - info.mtimeMs > STALE_PART_MS) await rm(path, { force: true });
    }
  }

  pathOf(sha256: string): string {
    if (!SHA256_HEX.test(sha256)) throw new Error(`not a SHA-256: ${sha256}`);
    return join(this.dir, sha256.slice(0, 2), sha256);
  }

  async stage(source: Readable): Promise<StagedFile> {
    const part = join(this.tmp, `${randomUUID()}.part`);
    const inspector = new FileInspector();
    try {
      // flush: fsync before close, so the rename below never names bytes still in the page cache.
      await pipeline(source, inspector, createWriteStream(part, { flags: 'wx', mode: 0o600, flush: true }));
    } catch (error) {
      await rm(part, { force: true });
      throw error;
    }
    const seen = inspector.result();
    const final = this.pathOf(seen.sha256);
    let settled = false;
    return {
      ...seen,
      read: async (position, length) => {
        const handle = await open(part, 'r');
        try {
          const buffer = Buffer.alloc(Math.max(0, Math.min(length, seen.size - position)));
          await handle.read(buffer, 0, buffer.length, position);
          return buffer;
        } finally {
          await handle.close();
        }
      },
      commit: async () => {
        if (settled) throw new Error('staged file already committed or discarded');
        settled = true;
        if (await this.head(seen.sha256)) {
          await rm(part, { force: true });
          return { created: false };
        }
        const shard = join(this.dir, seen.sha256.slice(0, 2));
        await mkdir(shard, { recursive: true, mode: 0o700 });
        await rename(part, final);
        await syncDirectory(shard);
        return { created: true };
      },
      discard: async () => {
        if (settled) return;
        settled = true;
        await rm(part, { force: true });
      },
    };
  }

  async open(sha256: string): Promise<{ stream: Readable; size: number } | null> {
    const found = await this.head(sha256);
    if (!found) return null;
    return { stream: createReadStream(this.pathOf(sha256)), size: found.size };
  }

  async head(sha256: string): Promise<{ size: number } | null> {
    const info = await stat(this.pathOf(sha256)).catch(() => null);
    return info?.isFile() ? { size: info.size } : null;
  }

  /** A resumable upload's chunks are one file, `<dir>/uploads/<id>`, each written at its place. */
  private uploadPath(id: string): string {
    if (!/^[0-9a-f-]{36}$/.test(id)) throw new Error(`not an upload id: ${id}`);
    return join(this.uploads, id);
  }

  async beginUpload(id: string): Promise<string> {
    await writeFile(this.uploadPath(id), '', { flag: 'wx', mode: 0o600 });
    return '';
  }

  async putChunk(id: string, _ref: string, index: number, source: Readable, length: number): Promise<void> {
    await pipeline(
      source,
      new ExactLength(length),
      createWriteStream(this.uploadPath(id), { flags: 'r+', start: index * this.chunkBytes, flush: true }),
    );
  }

  async assembled(id: string): Promise<Readable> {
    return createReadStream(this.uploadPath(id));
  }

  async dropUpload(id: string): Promise<void> {
    await rm(this.uploadPath(id), { force: true });
  }
}

/** fsync a directory, so a rename into it survives a crash. */
async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
