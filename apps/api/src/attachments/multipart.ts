import type { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import busboy from 'busboy';
import { msg, UnsupportedMediaTypeError, ValidationError } from '@dondoc/domain';
import type { StagedFile } from './attachment-store';

/** The multipart field that carries the file. */
export const FILE_FIELD = 'file';

/**
 * Reads the multipart body: the field `file` streamed to the store (busboy stops passing
 * bytes at the limit and marks the part truncated; the rest of the body is read and dropped,
 * so the client gets its 413 rather than a reset connection). Other parts are drained.
 */
export function receiveMultipart(
  request: IncomingMessage,
  maxFileBytes: number,
  stage: (part: Readable) => Promise<StagedFile>,
): Promise<{ staged: StagedFile; name: string; truncated: boolean }> {
  const notMultipart = () =>
    new UnsupportedMediaTypeError(msg('attachments.notMultipart'), [
      { field: FILE_FIELD, message: msg('attachments.notMultipart') },
    ]);
  if (!/^multipart\/form-data\b/i.test(request.headers['content-type'] ?? '')) return Promise.reject(notMultipart());
  return new Promise((resolve, reject) => {
    let parser: ReturnType<typeof busboy>;
    try {
      parser = busboy({
        headers: request.headers,
        defParamCharset: 'utf8',
        limits: { files: 1, fileSize: maxFileBytes, fields: 20, parts: 25 },
      });
    } catch {
      reject(notMultipart());
      return;
    }
    let staging: Promise<StagedFile> | null = null;
    let part: Readable | null = null;
    let name = '';
    let truncated = false;
    let failed = false;
    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      request.unpipe(parser);
      request.resume();
      // The part being staged ends here, so staging fails and removes its partial file.
      part?.destroy(error instanceof Error ? error : new Error('upload failed'));
      void staging?.then(
        (staged) => staged.discard(),
        () => undefined,
      );
      reject(error);
    };
    parser.on('file', (field, stream, info) => {
      if (field !== FILE_FIELD || staging) {
        stream.resume();
        return;
      }
      name = info.filename ?? '';
      part = stream;
      stream.on('limit', () => {
        truncated = true;
      });
      staging = stage(stream);
      staging.catch(fail);
    });
    parser.on('close', () => {
      if (failed) return;
      if (!staging) {
        fail(
          new ValidationError([{ field: FILE_FIELD, message: msg('attachments.noFile') }], msg('attachments.noFile')),
        );
        return;
      }
      staging.then((staged) => (failed ? staged.discard() : resolve({ staged, name, truncated })), fail);
    });
    // busboy's own refusals (a malformed part header, a part cut off): the body's fault, a 400.
    parser.on('error', () =>
      fail(
        new ValidationError(
          [{ field: FILE_FIELD, message: msg('attachments.malformedMultipart') }],
          msg('attachments.malformedMultipart'),
        ),
      ),
    );
    // A client that breaks off mid-upload: nothing of it is kept.
    request.on('close', () => {
      if (!request.complete) fail(new ValidationError([{ field: FILE_FIELD, message: msg('attachments.noFile') }]));
    });
    request.pipe(parser);
  });
}
