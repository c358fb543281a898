import { randomUUID } from 'node:crypto';
import { Writable, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CopyObjectCommand,
  CreateMultipartUploadCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListMultipartUploadsCommand,
  ListPartsCommand,
  ListObjectsV2Command,
  S3Client,
  UploadPartCommand,
  type CompletedPart,
} from '@aws-sdk/client-s3';
import type { AttachmentsS3Config } from '@dondoc/config';
import { AttachmentStore, ExactLength, FileInspector, SHA256_HEX, type StagedFile } from './attachment-store';

/** Where uploads are staged before their SHA-256 is known. */
export const S3_TMP_PREFIX = 'tmp/';
/** Where resumable uploads keep their chunks (as the parts of one multipart upload). */
export const S3_UPLOADS_PREFIX = 'uploads/';
/** A staged object or multipart upload older than this is left from a crash and removed at start. */
const STALE_MS = 60 * 60 * 1000;

/** The SDK's client for the configured server (path-style and no default checksums: S3-compatible servers vary). */
export function s3Client(config: AttachmentsS3Config): S3Client {
  return new S3Client({
    region: config.region,
    ...(config.endpoint ? { endpoint: config.endpoint } : {}),
    forcePathStyle: config.forcePathStyle,
    ...(config.accessKey && config.secretKey
      ? { credentials: { accessKeyId: config.accessKey, secretAccessKey: config.secretKey } }
      : {}),
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}

/**
 * Content-addressed objects in an S3-compatible bucket (docs/decisions/0075-attachments.md,
 * "S3-compatible store"): `<first two hex digits>/<sha256>`, as the embedded store's paths.
 * An upload streams into a multipart upload under `tmp/<uuid>` (one part of ATTACHMENTS_S3_PART_BYTES
 * in memory at a time), hashed on the way; a failure or refusal before completion aborts it, so the
 * server keeps no part. Committing copies the staged object to its content key (server-side) and
 * deletes the staged one; a crash in between leaves only a `tmp/` object or upload, removed at
 * the next start once an hour old.
 */
export class S3AttachmentStore extends AttachmentStore {
  readonly chunkBytes: number;
  private readonly bucket: string;
  private readonly partBytes: number;

  constructor(
    private readonly client: S3Client,
    config: Pick<AttachmentsS3Config, 'bucket' | 'partBytes'>,
  ) {
    super();
    this.bucket = config.bucket;
    this.partBytes = config.partBytes;
    this.chunkBytes = config.partBytes;
  }

  /** Checks the bucket is there and removes what a crash left staged. */
  async init(now = Date.now()): Promise<void> {
    try {
      await this.client.send(new HeadBucketCommand({ Bucket: this.bucket }));
    } catch (error) {
      throw new Error(
        `ATTACHMENTS_S3_BUCKET: the bucket "${this.bucket}" cannot be reached (${describe(error)}); ` +
          'create it, or check ATTACHMENTS_S3_ENDPOINT and the keys',
        { cause: error },
      );
    }
    let keyMarker: string | undefined;
    let uploadIdMarker: string | undefined;
    do {
      const listed = await this.client.send(
        new ListMultipartUploadsCommand({
          Bucket: this.bucket,
          Prefix: S3_TMP_PREFIX,
          KeyMarker: keyMarker,
          UploadIdMarker: uploadIdMarker,
        }),
      );
      for (const upload of listed.Uploads ?? []) {
        if (upload.Initiated && now - upload.Initiated.getTime() > STALE_MS) {
          await this.abort(upload.Key!, upload.UploadId!);
        }
      }
      keyMarker = listed.IsTruncated ? listed.NextKeyMarker : undefined;
      uploadIdMarker = listed.IsTruncated ? listed.NextUploadIdMarker : undefined;
    } while (keyMarker);
    let token: string | undefined;
    do {
      const listed = await this.client.send(
        new ListObjectsV2Command({ Bucket: this.bucket, Prefix: S3_TMP_PREFIX, ContinuationToken: token }),
      );
      for (const object of listed.Contents ?? []) {
        if (object.LastModified && now - object.LastModified.getTime() > STALE_MS) await this.remove(object.Key!);
      }
      token = listed.IsTruncated ? listed.NextContinuationToken : undefined;
    } while (token);
  }

  /** Closes the client's kept-alive connections when the API stops. */
  onModuleDestroy(): void {
    this.client.destroy();
  }

  keyOf(sha256: string): string {
    if (!SHA256_HEX.test(sha256)) throw new Error(`not a SHA-256: ${sha256}`);
    return `${sha256.slice(0, 2)}/${sha256}`;
  }

  async stage(source: Readable): Promise<StagedFile> {
    const key = `${S3_TMP_PREFIX}${randomUUID()}`;
    let uploadId: string;
    try {
      uploadId = (await this.client.send(new CreateMultipartUploadCommand({ Bucket: this.bucket, Key: key })))
        .UploadId!;
    } catch (error) {
      source.destroy();
      throw error;
    }
    const inspector = new FileInspector();
    const parts = new PartUploader(this.client, this.bucket, key, uploadId, this.partBytes);
    try {
      await pipeline(source, inspector, parts);
      await this.client.send(
        new CompleteMultipartUploadCommand({
          Bucket: this.bucket,
          Key: key,
          UploadId: uploadId,
          MultipartUpload: { Parts: parts.completed },
        }),
      );
    } catch (error) {
      await parts.settled();
      await this.abort(key, uploadId);
      throw error;
    }
    const seen = inspector.result();
    let settled = false;
    return {
      ...seen,
      read: async (position, length) => {
        const end = Math.min(position + length, seen.size) - 1;
        if (end < position) return Buffer.alloc(0);
        const got = await this.client.send(
          new GetObjectCommand({ Bucket: this.bucket, Key: key, Range: `bytes=${position}-${end}` }),
        );
        return Buffer.from(await got.Body!.transformToByteArray());
      },
      commit: async () => {
        if (settled) throw new Error('staged file already committed or discarded');
        settled = true;
        const created = !(await this.head(seen.sha256));
        if (created) {
          await this.client.send(
            new CopyObjectCommand({
              Bucket: this.bucket,
              Key: this.keyOf(seen.sha256),
              CopySource: `${this.bucket}/${key}`,
            }),
          );
        }
        await this.remove(key);
        return { created };
      },
      discard: async () => {
        if (settled) return;
        settled = true;
        await this.remove(key);
      },
    };
  }

  async open(sha256: string): Promise<{ stream: Readable; size: number } | null> {
    try {
      const got = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: this.keyOf(sha256) }));
      return { stream: got.Body as Readable, size: got.ContentLength ?? 0 };
    } catch (error) {
      if (notFound(error)) return null;
      throw error;
    }
  }

  async head(sha256: string): Promise<{ size: number } | null> {
    try {
      const got = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: this.keyOf(sha256) }));
      return { size: got.ContentLength ?? 0 };
    } catch (error) {
      if (notFound(error)) return null;
      throw error;
    }
  }

  // Resumable uploads: chunk i is part i + 1 of a multipart upload under `uploads/<id>`
  // (parts of the part size but the last, as S3 wants); sending a part again replaces it.

  async beginUpload(id: string): Promise<string> {
    const created = await this.client.send(
      new CreateMultipartUploadCommand({ Bucket: this.bucket, Key: `${S3_UPLOADS_PREFIX}${id}` }),
    );
    return created.UploadId!;
  }

  async putChunk(id: string, ref: string, index: number, source: Readable, length: number): Promise<void> {
    // One chunk in memory at most (the SDK signs a body of known bytes).
    const body = Buffer.allocUnsafe(length);
    let filled = 0;
    const exact = new ExactLength(length);
    await pipeline(source, exact, async (chunks: AsyncIterable<Buffer>) => {
      for await (const chunk of chunks) filled += chunk.copy(body, filled);
    });
    await this.client.send(
      new UploadPartCommand({
        Bucket: this.bucket,
        Key: `${S3_UPLOADS_PREFIX}${id}`,
        UploadId: ref,
        PartNumber: index + 1,
        Body: body,
        ContentLength: length,
      }),
    );
  }

  async assembled(id: string, ref: string): Promise<Readable> {
    const key = `${S3_UPLOADS_PREFIX}${id}`;
    const parts: CompletedPart[] = [];
    let marker: string | undefined;
    try {
      do {
        const listed = await this.client.send(
          new ListPartsCommand({ Bucket: this.bucket, Key: key, UploadId: ref, PartNumberMarker: marker }),
        );
        for (const part of listed.Parts ?? []) parts.push({ PartNumber: part.PartNumber, ETag: part.ETag });
        marker = listed.IsTruncated ? listed.NextPartNumberMarker : undefined;
      } while (marker);
      parts.sort((a, b) => a.PartNumber! - b.PartNumber!);
      await this.client.send(
        new CompleteMultipartUploadCommand({
          Bucket: this.bucket,
          Key: key,
          UploadId: ref,
          MultipartUpload: { Parts: parts },
        }),
      );
    } catch (error) {
      // Completed already (a completion that failed after this step is tried again).
      if (!notFound(error)) throw error;
    }
    const got = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
    return got.Body as Readable;
  }

  async dropUpload(id: string, ref: string): Promise<void> {
    const key = `${S3_UPLOADS_PREFIX}${id}`;
    await this.abort(key, ref);
    await this.remove(key);
  }

  private async abort(key: string, uploadId: string): Promise<void> {
    await this.client
      .send(new AbortMultipartUploadCommand({ Bucket: this.bucket, Key: key, UploadId: uploadId }))
      .catch((error: unknown) => {
        if (!notFound(error)) throw error;
      });
  }

  private async remove(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }
}

/**
 * The sink of a multipart upload: bytes gathered into one reused buffer of the part size and
 * sent as a part when it is full (the stream waits meanwhile: backpressure), the rest as the
 * last part at the end. At most one part is in memory and in flight.
 */
class PartUploader extends Writable {
  readonly completed: CompletedPart[] = [];
  private buffer: Buffer;
  private filled = 0;
  private inFlight: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly client: S3Client,
    private readonly bucket: string,
    private readonly key: string,
    private readonly uploadId: string,
    private readonly partBytes: number,
  ) {
    super();
    // 64 KiB, then the part size once a file is larger: a small file costs a small buffer.
    this.buffer = Buffer.allocUnsafe(Math.min(64 * 1024, partBytes));
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    void this.take(chunk).then(() => done(), done);
  }

  override _final(done: (error?: Error | null) => void): void {
    // An empty file is still one (empty) part: a multipart upload completes with at least one.
    const last = this.filled > 0 || this.completed.length === 0 ? this.send() : Promise.resolve();
    void last.then(() => done(), done);
  }

  /** Resolves once no part is being sent (before the upload is aborted). */
  settled(): Promise<void> {
    return this.inFlight.then(
      () => undefined,
      () => undefined,
    );
  }

  private async take(chunk: Buffer): Promise<void> {
    let offset = 0;
    while (offset < chunk.length) {
      if (this.filled === this.buffer.length && this.buffer.length < this.partBytes) {
        // Straight to the part size: doubling would leave as much again as garbage.
        const grown = Buffer.allocUnsafe(this.partBytes);
        this.buffer.copy(grown, 0, 0, this.filled);
        this.buffer = grown;
      }
      const copied = chunk.copy(this.buffer, this.filled, offset);
      this.filled += copied;
      offset += copied;
      if (this.filled === this.partBytes) await this.send();
    }
  }

  private async send(): Promise<void> {
    const partNumber = this.completed.length + 1;
    const sending = this.client.send(
      new UploadPartCommand({
        Bucket: this.bucket,
        Key: this.key,
        UploadId: this.uploadId,
        PartNumber: partNumber,
        Body: this.buffer.subarray(0, this.filled),
        ContentLength: this.filled,
      }),
    );
    this.inFlight = sending;
    const { ETag } = await sending;
    this.completed.push({ PartNumber: partNumber, ETag });
    this.filled = 0;
  }
}

function notFound(error: unknown): boolean {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return (
    e?.name === 'NoSuchKey' ||
    e?.name === 'NotFound' ||
    e?.name === 'NoSuchUpload' ||
    e?.$metadata?.httpStatusCode === 404
  );
}

function describe(error: unknown): string {
  const e = error as { name?: string; message?: string; $metadata?: { httpStatusCode?: number } };
  const status = e?.$metadata?.httpStatusCode;
  return [e?.name, status ? `HTTP ${status}` : undefined, e?.message].filter(Boolean).join(': ');
}
