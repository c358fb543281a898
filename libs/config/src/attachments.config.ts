import { resolve } from 'node:path';
import { integer, oneOf, text, type Env } from './env-read';

/** Files attached to directives, tasks, reports and explanations (docs/decisions/0075-attachments.md). */
export interface AttachmentsConfig {
  /** `embedded`: content-addressed files under `dir`. (An S3-compatible store is a later choice.) */
  store: 'embedded';
  /** ATTACHMENTS_DIR, by default `<DONDOC_DATA_DIR>/attachments`. */
  dir: string;
  /** Largest file accepted, in bytes (413 beyond). */
  maxFileBytes: number;
  /** Files kept on one object at once (422 for one more). */
  maxPerObject: number;
}

export function loadAttachmentsConfig(env: Env, dataDir: string): AttachmentsConfig {
  return {
    store: oneOf(env, 'ATTACHMENTS_STORE', 'embedded', ['embedded'] as const),
    dir: resolve(text(env, 'ATTACHMENTS_DIR', resolve(dataDir, 'attachments'))),
    maxFileBytes: integer(env, 'ATTACHMENT_MAX_BYTES', 50 * 1024 * 1024, 1, 5 * 1024 * 1024 * 1024),
    maxPerObject: integer(env, 'ATTACHMENTS_PER_OBJECT', 20, 1, 10_000),
  };
}
