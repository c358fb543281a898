import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { randomUUID } from 'node:crypto';
import { ChunkLengthError } from './attachment-store';
import { EmbeddedAttachmentStore } from './embedded-store';

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const chunks = (...parts: Buffer[]) => Readable.from(parts);

describe('the embedded attachment store: content-addressed, written then renamed', () => {
  let dir: string;
  let store: EmbeddedAttachmentStore;
  const content = () => readdirSync(dir).filter((name) => name !== 'tmp' && name !== 'uploads');

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dondoc-store-'));
    store = new EmbeddedAttachmentStore(dir);
    await store.init();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('stages while hashing, commits under the SHA-256, and streams the bytes back', async () => {
    const bytes = Buffer.from('%PDF-1.4 Đôn Đốc\n');
    const staged = await store.stage(chunks(bytes.subarray(0, 5), bytes.subarray(5)));
    expect(staged).toMatchObject({ sha256: sha(bytes), size: bytes.length, text: true });
    expect(content()).toEqual([]);
    expect(await staged.commit()).toEqual({ created: true });
    expect(readFileSync(store.pathOf(sha(bytes))).equals(bytes)).toBe(true);
    const opened = await store.open(sha(bytes));
    expect(opened?.size).toBe(bytes.length);
    const back: Buffer[] = [];
    for await (const chunk of opened!.stream) back.push(chunk as Buffer);
    expect(Buffer.concat(back).equals(bytes)).toBe(true);
    expect(readdirSync(join(dir, 'tmp'))).toEqual([]);
  });

  it('keeps identical content once', async () => {
    const bytes = Buffer.from('same bytes');
    await (await store.stage(chunks(bytes))).commit();
    expect(await (await store.stage(chunks(bytes))).commit()).toEqual({ created: false });
    expect(readdirSync(join(dir, sha(bytes).slice(0, 2)))).toEqual([sha(bytes)]);
    expect(readdirSync(join(dir, 'tmp'))).toEqual([]);
  });

  it('leaves nothing when the upload breaks off midway', async () => {
    const broken = new Readable({
      read() {
        this.push(Buffer.alloc(64 * 1024, 1));
        this.destroy(new Error('connection reset'));
      },
    });
    await expect(store.stage(broken)).rejects.toThrow('connection reset');
    expect(content()).toEqual([]);
    expect(readdirSync(join(dir, 'tmp'))).toEqual([]);
  });

  it('leaves nothing when a staged file is discarded (a refused type or size)', async () => {
    const staged = await store.stage(chunks(Buffer.from('MZ')));
    await staged.discard();
    expect(content()).toEqual([]);
    expect(readdirSync(join(dir, 'tmp'))).toEqual([]);
  });

  it('removes at start the partial files a crash left, older than an hour, and keeps a fresh one', async () => {
    mkdirSync(join(dir, 'tmp'), { recursive: true });
    const stale = join(dir, 'tmp', 'old.part');
    const fresh = join(dir, 'tmp', 'new.part');
    writeFileSync(stale, 'half');
    writeFileSync(fresh, 'half');
    const twoHoursAgo = new Date(Date.now() - 2 * 3600_000);
    utimesSync(stale, twoHoursAgo, twoHoursAgo);
    await store.init();
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(fresh)).toBe(true);
  });

  it('keeps a resumable upload’s chunks at their places, in any order, and drops them', async () => {
    const small = new EmbeddedAttachmentStore(dir, 4);
    const id = randomUUID();
    await small.beginUpload(id);
    await small.putChunk(id, '', 1, chunks(Buffer.from('5678')), 4);
    await small.putChunk(id, '', 0, chunks(Buffer.from('1234')), 4);
    await small.putChunk(id, '', 2, chunks(Buffer.from('9')), 1);
    await small.putChunk(id, '', 0, chunks(Buffer.from('1234')), 4);
    await expect(small.putChunk(id, '', 1, chunks(Buffer.from('56')), 4)).rejects.toBeInstanceOf(ChunkLengthError);
    await expect(small.putChunk(id, '', 1, chunks(Buffer.from('567890')), 4)).rejects.toBeInstanceOf(ChunkLengthError);
    await small.putChunk(id, '', 1, chunks(Buffer.from('5678')), 4);
    const back: Buffer[] = [];
    for await (const chunk of await small.assembled(id)) back.push(chunk as Buffer);
    expect(Buffer.concat(back).toString()).toBe('123456789');
    await small.dropUpload(id);
    expect(readdirSync(join(dir, 'uploads'))).toEqual([]);
    await expect(small.dropUpload('../x')).rejects.toThrow('not an upload id');
  });

  it('refuses a key that is not a SHA-256 (no path can be named through it)', () => {
    expect(() => store.pathOf('../../etc/passwd')).toThrow('not a SHA-256');
  });
});
