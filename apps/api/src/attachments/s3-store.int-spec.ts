import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { startTestS3, TEST_BUCKET, type TestS3 } from '../../../../test/support/attachment-stores';
import { S3AttachmentStore, s3Client } from './s3-store';

const MIB = 1024 * 1024;
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const chunks = (...parts: Buffer[]) => Readable.from(parts);
/** Bytes that differ everywhere, so a part out of place would change the hash. */
const pattern = (size: number) => {
  const bytes = Buffer.alloc(size);
  for (let i = 0; i < size; i += 4) bytes.writeUInt32LE(i, i);
  return bytes;
};
const slices = (bytes: Buffer, size: number) => {
  const out: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) out.push(bytes.subarray(i, i + size));
  return out;
};

/**
 * The S3-compatible attachment store against a real SeaweedFS (decision 75, "S3-compatible
 * store"): multipart uploads streamed while hashing, content-addressed keys, nothing left by a
 * failed, refused or abandoned upload.
 */
describe('the S3-compatible attachment store on SeaweedFS', () => {
  let dir: string;
  let s3: TestS3;
  let store: S3AttachmentStore;
  const content = async () => (await s3.keys('')).filter((key) => !key.startsWith('tmp/'));
  const leftovers = async () => ({ staged: await s3.keys('tmp/'), uploads: await s3.uploads() });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dondoc-s3-store-'));
    s3 = await startTestS3(dir);
    store = new S3AttachmentStore(
      s3Client({
        endpoint: s3.endpoint,
        bucket: TEST_BUCKET,
        region: 'us-east-1',
        accessKey: s3.accessKey,
        secretKey: s3.secretKey,
        forcePathStyle: true,
        partBytes: 5 * MIB,
      }),
      { bucket: TEST_BUCKET, partBytes: 5 * MIB },
    );
    await store.init();
  });
  afterAll(async () => {
    store?.onModuleDestroy();
    await s3?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stages a small file while hashing, commits it under <2 hex>/<sha256> and streams it back', async () => {
    const bytes = Buffer.from('%PDF-1.4 Đôn Đốc\n');
    const staged = await store.stage(chunks(bytes.subarray(0, 5), bytes.subarray(5)));
    expect(staged).toMatchObject({ sha256: sha(bytes), size: bytes.length, text: true });
    expect((await staged.read(5, 4)).toString()).toBe('1.4 ');
    expect(await staged.read(bytes.length, 10)).toEqual(Buffer.alloc(0));
    expect(await content()).toEqual([]);
    expect(await staged.commit()).toEqual({ created: true });
    expect(await content()).toEqual([store.keyOf(sha(bytes))]);
    expect(store.keyOf(sha(bytes))).toBe(`${sha(bytes).slice(0, 2)}/${sha(bytes)}`);
    const opened = await store.open(sha(bytes));
    expect(opened?.size).toBe(bytes.length);
    const back: Buffer[] = [];
    for await (const chunk of opened!.stream) back.push(chunk as Buffer);
    expect(Buffer.concat(back).equals(bytes)).toBe(true);
    expect(await leftovers()).toEqual({ staged: [], uploads: 0 });
  });

  it('sends a 12 MB file as three parts (5 + 5 + 2 MB) in odd-sized chunks; its hash and bytes survive', async () => {
    const bytes = pattern(12 * MIB);
    const staged = await store.stage(Readable.from(slices(bytes, 100_003)));
    expect(staged).toMatchObject({ sha256: sha(bytes), size: bytes.length, text: false });
    expect(await staged.read(5 * MIB - 2, 4)).toEqual(bytes.subarray(5 * MIB - 2, 5 * MIB + 2));
    await staged.commit();
    expect(await store.head(sha(bytes))).toEqual({ size: bytes.length });
    const opened = await store.open(sha(bytes));
    const hash = createHash('sha256');
    for await (const chunk of opened!.stream) hash.update(chunk as Buffer);
    expect(hash.digest('hex')).toBe(sha(bytes));
    expect(await leftovers()).toEqual({ staged: [], uploads: 0 });
  });

  it('keeps identical content once', async () => {
    const bytes = Buffer.from('same bytes');
    expect(await (await store.stage(chunks(bytes))).commit()).toEqual({ created: true });
    expect(await (await store.stage(chunks(bytes))).commit()).toEqual({ created: false });
    expect((await content()).filter((key) => key.endsWith(sha(bytes)))).toHaveLength(1);
    expect(await leftovers()).toEqual({ staged: [], uploads: 0 });
  });

  it('stages an empty file (one empty part), which the service then refuses', async () => {
    const staged = await store.stage(chunks());
    expect(staged).toMatchObject({ size: 0, sha256: sha(Buffer.alloc(0)) });
    await staged.discard();
    expect(await leftovers()).toEqual({ staged: [], uploads: 0 });
  });

  it('an upload breaking off after its first part aborts the multipart upload: no part, no object', async () => {
    const before = await content();
    let sent = 0;
    const broken = new Readable({
      read() {
        if (sent < 6 * MIB) {
          sent += MIB;
          this.push(Buffer.alloc(MIB, 1));
        } else this.destroy(new Error('connection reset'));
      },
    });
    await expect(store.stage(broken)).rejects.toThrow('connection reset');
    expect(await leftovers()).toEqual({ staged: [], uploads: 0 });
    expect(await content()).toEqual(before);
  });

  it('a staged file refused (type, size) is discarded: nothing left', async () => {
    const before = await content();
    const staged = await store.stage(chunks(Buffer.from('MZ')));
    expect((await leftovers()).staged).toHaveLength(1);
    await staged.discard();
    await staged.discard();
    expect(await leftovers()).toEqual({ staged: [], uploads: 0 });
    expect(await content()).toEqual(before);
  });

  it('removes at start what a crash left staged an hour ago (objects and open uploads), keeping fresh ones', async () => {
    await s3.client.send(new PutObjectCommand({ Bucket: TEST_BUCKET, Key: 'tmp/crashed', Body: 'half' }));
    const { CreateMultipartUploadCommand } = await import('@aws-sdk/client-s3');
    await s3.client.send(new CreateMultipartUploadCommand({ Bucket: TEST_BUCKET, Key: 'tmp/crashed-upload' }));
    await store.init();
    expect(await leftovers()).toEqual({ staged: ['tmp/crashed'], uploads: 1 });
    await store.init(Date.now() + 2 * 3600_000);
    expect(await leftovers()).toEqual({ staged: [], uploads: 0 });
  });

  it('open and head answer null for content never stored, and keys are only SHA-256s', async () => {
    expect(await store.open('0'.repeat(64))).toBeNull();
    expect(await store.head('0'.repeat(64))).toBeNull();
    expect(() => store.keyOf('../x')).toThrow('not a SHA-256');
  });

  it('refuses to start on a bucket that is not there, naming the variable', async () => {
    const other = new S3AttachmentStore(store['client'], { bucket: 'absent-bucket', partBytes: 5 * MIB });
    await expect(other.init()).rejects.toThrow('ATTACHMENTS_S3_BUCKET');
  });

  it('the bytes at rest are the bytes sent', async () => {
    const bytes = Buffer.from('a,b\n1,2\n');
    await (await store.stage(chunks(bytes))).commit();
    const got = await s3.client.send(new GetObjectCommand({ Bucket: TEST_BUCKET, Key: store.keyOf(sha(bytes)) }));
    expect(Buffer.from(await got.Body!.transformToByteArray()).equals(bytes)).toBe(true);
  });
});
