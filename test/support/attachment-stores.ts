import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ListMultipartUploadsCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';

/** Both attachment stores the tests run on (decision 75): the embedded one and the S3-compatible one. */
export const STORE_KINDS = ['embedded', 's3'] as const;
export type StoreKind = (typeof STORE_KINDS)[number];

/** A store the system under test is configured with, and what a test may look at in it. */
export interface StoreUnderTest {
  kind: StoreKind;
  /** The configuration to start the system with. */
  env: Record<string, string>;
  /** The SHA-256 names of the content kept. */
  stored(): Promise<string[]>;
  /** Uploads being staged: partial files (embedded), `tmp/` objects and open multipart uploads (S3). */
  staging(): Promise<number>;
  /** Resumable uploads' chunk areas: files under `uploads/` (embedded), `uploads/` objects and multipart uploads (S3). */
  chunkAreas(): Promise<number>;
  /** Overwrites the bytes kept under a SHA-256 behind the system's back (a disk or bucket tampered with). */
  tamper(sha256: string, bytes: Buffer): Promise<void>;
  stop(): Promise<void>;
}

export const TEST_BUCKET = 'dondoc-test';

/**
 * A fresh store of this kind: a temporary directory, or a real SeaweedFS (the binary global
 * setup found or built, in SEAWEEDFS) with one bucket, on free ports, its data in a temporary directory.
 */
export async function startStore(kind: StoreKind): Promise<StoreUnderTest> {
  const dir = mkdtempSync(join(tmpdir(), `dondoc-${kind}-store-`));
  if (kind === 'embedded') {
    const shards = () =>
      readdirSync(dir, { withFileTypes: true }).filter(
        (e) => e.isDirectory() && e.name !== 'tmp' && e.name !== 'uploads',
      );
    return {
      kind,
      env: { ATTACHMENTS_DIR: dir },
      stored: async () => shards().flatMap((shard) => readdirSync(join(dir, shard.name))),
      staging: async () => readdirSync(join(dir, 'tmp')).length,
      chunkAreas: async () => readdirSync(join(dir, 'uploads')).length,
      tamper: async (sha256, bytes) => writeFileSync(join(dir, sha256.slice(0, 2), sha256), bytes),
      stop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const s3 = await startTestS3(dir);
  return {
    kind,
    env: {
      ATTACHMENTS_STORE: 's3',
      ATTACHMENTS_S3_ENDPOINT: s3.endpoint,
      ATTACHMENTS_S3_BUCKET: TEST_BUCKET,
      ATTACHMENTS_S3_ACCESS_KEY: s3.accessKey,
      ATTACHMENTS_S3_SECRET_KEY: s3.secretKey,
    },
    stored: async () => (await s3.keys('')).filter((key) => !key.startsWith('tmp/')).map((key) => key.split('/')[1]),
    staging: async () => (await s3.keys('tmp/')).length + (await s3.uploads('tmp/')),
    chunkAreas: async () => (await s3.keys('uploads/')).length + (await s3.uploads('uploads/')),
    tamper: async (sha256, bytes) => {
      const key = `${sha256.slice(0, 2)}/${sha256}`;
      await s3.client.send(new PutObjectCommand({ Bucket: TEST_BUCKET, Key: key, Body: bytes }));
    },
    stop: async () => {
      await s3.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface TestS3 {
  endpoint: string;
  accessKey: string;
  secretKey: string;
  client: S3Client;
  /** Object keys under a prefix. */
  keys(prefix: string): Promise<string[]>;
  /** Multipart uploads begun and neither completed nor aborted (under a prefix). */
  uploads(prefix?: string): Promise<number>;
  stop(): Promise<void>;
}

/** SeaweedFS with the bucket TEST_BUCKET, and an SDK client to look into it. */
export async function startTestS3(dir: string): Promise<TestS3> {
  const bin = process.env.SEAWEEDFS;
  if (!bin) throw new Error('No SeaweedFS for the S3 store tests: global setup builds it (needs Go), or set SEAWEEDFS');
  const { startSeaweedfs } = await import('../../scripts/lib/seaweedfs.mjs');
  const server = await startSeaweedfs({ bin, dir, buckets: [TEST_BUCKET], quiet: true, name: 'seaweedfs-test' });
  const client = new S3Client({
    endpoint: server.endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: server.accessKey, secretAccessKey: server.secretKey },
  });
  return {
    endpoint: server.endpoint,
    accessKey: server.accessKey,
    secretKey: server.secretKey,
    client,
    async keys(prefix) {
      const keys: string[] = [];
      let token: string | undefined;
      do {
        const listed = await client.send(
          new ListObjectsV2Command({ Bucket: TEST_BUCKET, Prefix: prefix || undefined, ContinuationToken: token }),
        );
        keys.push(...(listed.Contents ?? []).map((object) => object.Key!));
        token = listed.IsTruncated ? listed.NextContinuationToken : undefined;
      } while (token);
      return keys;
    },
    async uploads(prefix) {
      const listed = await client.send(new ListMultipartUploadsCommand({ Bucket: TEST_BUCKET, Prefix: prefix }));
      return (listed.Uploads ?? []).length;
    },
    async stop() {
      client.destroy();
      await server.stop();
    },
  };
}
