import { resolve } from 'node:path';
import { ConfigError } from './config';
import { httpUrl, integer, oneOf, text, type Env } from './env-read';

/** Files attached to directives, tasks, reports and explanations (docs/decisions/0075-attachments.md). */
export interface AttachmentsConfig {
  /** `embedded`: content-addressed files under `dir`; `s3`: objects in an S3-compatible bucket (`s3`). */
  store: 'embedded' | 's3';
  /** ATTACHMENTS_DIR, by default `<DONDOC_DATA_DIR>/attachments`. */
  dir: string;
  /** The S3-compatible store's settings when `store` is `s3`, else null. */
  s3: AttachmentsS3Config | null;
  /** Largest file accepted, in bytes (413 beyond). */
  maxFileBytes: number;
  /** Files kept on one object at once (422 for one more). */
  maxPerObject: number;
  /** A resumable upload with no chunk for this long is removed (ATTACHMENT_UPLOAD_TTL_HOURS). */
  uploadTtlHours: number;
}

/** An S3-compatible bucket (AWS S3, SeaweedFS, Ceph RGW, Garage…): decision 75, "S3-compatible store". */
export interface AttachmentsS3Config {
  /** ATTACHMENTS_S3_ENDPOINT: the server's URL; null for AWS itself (the region's endpoint). */
  endpoint: string | null;
  /** ATTACHMENTS_S3_BUCKET (required). */
  bucket: string;
  /** ATTACHMENTS_S3_REGION, `us-east-1` by default (most S3-compatible servers ignore it). */
  region: string;
  /** ATTACHMENTS_S3_ACCESS_KEY / ATTACHMENTS_S3_SECRET_KEY: both or neither (neither: the SDK's default chain). */
  accessKey: string | null;
  secretKey: string | null;
  /** ATTACHMENTS_S3_FORCE_PATH_STYLE: `<endpoint>/<bucket>/<key>` URLs; true by default with an endpoint. */
  forcePathStyle: boolean;
  /** ATTACHMENTS_S3_PART_BYTES: the multipart upload's part size (5 MiB..512 MiB; 5 MiB, the least S3 takes, by default). */
  partBytes: number;
}

const MIB = 1024 * 1024;
/** S3's bucket names: 3-63 lower-case letters, digits, dots and hyphens. */
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

export function loadAttachmentsConfig(env: Env, dataDir: string): AttachmentsConfig {
  const store = oneOf(env, 'ATTACHMENTS_STORE', 'embedded', ['embedded', 's3'] as const);
  return {
    store,
    dir: resolve(text(env, 'ATTACHMENTS_DIR', resolve(dataDir, 'attachments'))),
    s3: store === 's3' ? loadS3(env) : null,
    maxFileBytes: integer(env, 'ATTACHMENT_MAX_BYTES', 50 * MIB, 1, 5 * 1024 * MIB),
    maxPerObject: integer(env, 'ATTACHMENTS_PER_OBJECT', 20, 1, 10_000),
    uploadTtlHours: integer(env, 'ATTACHMENT_UPLOAD_TTL_HOURS', 24, 1, 24 * 30),
  };
}

function loadS3(env: Env): AttachmentsS3Config {
  const bucket = text(env, 'ATTACHMENTS_S3_BUCKET', '');
  if (!bucket) throw new ConfigError('ATTACHMENTS_S3_BUCKET', 'required when ATTACHMENTS_STORE=s3');
  if (!BUCKET.test(bucket)) {
    throw new ConfigError('ATTACHMENTS_S3_BUCKET', `expected an S3 bucket name (3-63 of a-z 0-9 . -), got "${bucket}"`);
  }
  const rawEndpoint = text(env, 'ATTACHMENTS_S3_ENDPOINT', '');
  const endpoint = rawEndpoint ? httpUrl('ATTACHMENTS_S3_ENDPOINT', rawEndpoint) : null;
  const accessKey = text(env, 'ATTACHMENTS_S3_ACCESS_KEY', '') || null;
  const secretKey = text(env, 'ATTACHMENTS_S3_SECRET_KEY', '') || null;
  if ((accessKey === null) !== (secretKey === null)) {
    const missing = accessKey === null ? 'ATTACHMENTS_S3_ACCESS_KEY' : 'ATTACHMENTS_S3_SECRET_KEY';
    throw new ConfigError(missing, 'ATTACHMENTS_S3_ACCESS_KEY and ATTACHMENTS_S3_SECRET_KEY go together');
  }
  const region = text(env, 'ATTACHMENTS_S3_REGION', 'us-east-1');
  if (!/^[a-z0-9-]{1,40}$/.test(region)) {
    throw new ConfigError('ATTACHMENTS_S3_REGION', `expected a region name such as us-east-1, got "${region}"`);
  }
  const pathStyle = oneOf(env, 'ATTACHMENTS_S3_FORCE_PATH_STYLE', endpoint ? 'true' : 'false', ['true', 'false']);
  return {
    endpoint,
    bucket,
    region,
    accessKey,
    secretKey,
    forcePathStyle: pathStyle === 'true',
    partBytes: integer(env, 'ATTACHMENTS_S3_PART_BYTES', 5 * MIB, 5 * MIB, 512 * MIB),
  };
}
