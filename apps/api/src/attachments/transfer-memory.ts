import { pipeline, Transform, type Readable } from 'node:stream';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * What a file transfer leaves behind (docs/decisions/0085-transfer-memory.md). Each 64 KB
 * read from a socket or a file is a buffer outside V8's heap, garbage once passed on; its
 * JavaScript handle is tiny, so the young generation fills slowly and V8 collects it only
 * when such memory has grown by about 64 MB. A 50 MB upload thus grew the API by 52 MB, a
 * 200 MB one by 74 MB, whatever the code held. A young generation of 1 MB for the whole
 * process (--max-semi-space-size=1) bounds that but costs every request 10–45 % more CPU
 * (bench/README.md, "attachments"). So the transfers alone ask for a young-generation
 * collection (a scavenge: the few live objects copied, ~1 ms) every COLLECT_EVERY_BYTES
 * they move, counted across all of them: the garbage stays within that, and requests that
 * move no file pay nothing.
 */
export const COLLECT_EVERY_BYTES = 8 * 1024 * 1024;

type Collect = (options: { type: 'minor' | 'major' }) => void;

/**
 * V8's gc() in a context of its own: --expose-gc set now applies to contexts made after it,
 * so the process's own global stays as it was. Null where the runtime refuses (the
 * transfers then move as before, collected by V8 alone).
 */
function youngCollector(): Collect | null {
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    return typeof gc === 'function' ? (gc as Collect) : null;
  } catch {
    return null;
  }
}

export class TransferMemory {
  private sinceCollection = 0;
  collections = 0;

  constructor(
    private readonly collect: Collect | null = youngCollector(),
    private readonly every = COLLECT_EVERY_BYTES,
  ) {}

  /** Counts bytes a transfer moved; past the threshold, a young-generation collection. */
  moved(bytes: number): void {
    if (!this.collect) return;
    this.sinceCollection += bytes;
    if (this.sinceCollection < this.every) return;
    this.sinceCollection = 0;
    this.collections++;
    this.collect({ type: 'minor' });
  }
}

/** The API's one counter: every upload, chunk and download of the process counts in it. */
export const transferMemory = new TransferMemory();

/** `source` as it is, its bytes counted on the way (a download, a verification). */
export function counted(source: Readable, memory = transferMemory): Readable {
  const through = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      memory.moved(chunk.length);
      done(null, chunk);
    },
  });
  // An error on either side ends both: a broken store read fails the response, a client gone stops the read.
  return pipeline(source, through, () => undefined);
}
