import { createHash, type Hash } from 'node:crypto';
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import { SNIFF_HEAD_BYTES, TextCheck } from '@dondoc/domain';
import { transferMemory } from './transfer-memory';

/**
 * Where attachments' bytes live (docs/decisions/0075-attachments.md). Bytes stream in and
 * out, never whole in memory; they are kept under their SHA-256, so identical content is
 * stored once. The embedded store (files under the data directory) is the default; an
 * S3-compatible one fits the same shape: stage to a temporary key while hashing, read
 * ranges for sniffing, commit by copying to the content key, open as a GET stream.
 */
export abstract class AttachmentStore {
  /** Streams `source` to a temporary place, hashing and inspecting it on the way. */
  abstract stage(source: Readable): Promise<StagedFile>;
  /** The stored bytes of this SHA-256 as a stream, with their size; null when absent. */
  abstract open(sha256: string): Promise<{ stream: Readable; size: number } | null>;
  /** Whether (and how large) the bytes of this SHA-256 are stored. */
  abstract head(sha256: string): Promise<{ size: number } | null>;

  // Resumable uploads (decision 75, "Resumable uploads"): a file sent in chunks of
  // `chunkBytes` (the last one shorter), kept apart until it is complete, then staged as above.

  /** The chunk size of resumable uploads (an S3 multipart upload's part size). */
  abstract readonly chunkBytes: number;
  /** Makes room for upload `id`; answers the store's handle on it (kept with the session). */
  abstract beginUpload(id: string): Promise<string>;
  /** Keeps chunk `index` (exactly `length` bytes from `source`); a chunk sent again replaces itself. */
  abstract putChunk(id: string, ref: string, index: number, source: Readable, length: number): Promise<void>;
  /** The chunks in order as one stream (all of them have arrived). */
  abstract assembled(id: string, ref: string): Promise<Readable>;
  /** Removes the chunks (completed, abandoned or expired). */
  abstract dropUpload(id: string, ref: string): Promise<void>;
}

/** Passes exactly `length` bytes; fails on more or fewer (a chunk cut short or padded). */
export class ExactLength extends Transform {
  private seen = 0;

  constructor(private readonly length: number) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    transferMemory.moved(chunk.length);
    this.seen += chunk.length;
    if (this.seen > this.length) done(new ChunkLengthError(this.length));
    else done(null, chunk);
  }

  override _flush(done: TransformCallback): void {
    done(this.seen === this.length ? null : new ChunkLengthError(this.length));
  }
}

export class ChunkLengthError extends Error {
  constructor(readonly length: number) {
    super(`the chunk is not ${length} bytes long`);
  }
}

/** Bytes received and inspected, not yet kept. Either committed or discarded, once. */
export interface StagedFile {
  readonly sha256: string;
  readonly size: number;
  /** The first SNIFF_HEAD_BYTES bytes. */
  readonly head: Buffer;
  /** All of it valid UTF-8 text (TextCheck). */
  readonly text: boolean;
  /** Bytes at a position of the staged file (a ZIP's directory, an OLE2 directory sector). */
  read(position: number, length: number): Promise<Buffer>;
  /** Keeps the bytes under their SHA-256; `created` false when identical bytes were already there. */
  commit(): Promise<{ created: boolean }>;
  discard(): Promise<void>;
}

/** Hashes, counts and inspects the bytes passing through, holding none but the first few. */
export class FileInspector extends Transform {
  private readonly hash: Hash = createHash('sha256');
  private readonly textCheck = new TextCheck();
  private readonly headChunks: Buffer[] = [];
  private headLength = 0;
  size = 0;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    transferMemory.moved(chunk.length);
    this.hash.update(chunk);
    this.textCheck.push(chunk);
    this.size += chunk.length;
    if (this.headLength < SNIFF_HEAD_BYTES) {
      const part = chunk.subarray(0, SNIFF_HEAD_BYTES - this.headLength);
      this.headChunks.push(Buffer.from(part));
      this.headLength += part.length;
    }
    done(null, chunk);
  }

  /** After the stream ended: what was seen. */
  result(): { sha256: string; size: number; head: Buffer; text: boolean } {
    return {
      sha256: this.hash.digest('hex'),
      size: this.size,
      head: Buffer.concat(this.headChunks),
      text: this.textCheck.end(),
    };
  }
}

export const SHA256_HEX = /^[0-9a-f]{64}$/;
