import { useEffect, useId, useRef, useState, type DragEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, download, fetchBlob } from '../api/client';
import { RESUMABLE_ABOVE, sendResumable, UploadCancelled, UploadInterrupted, uploadWithProgress } from '../api/uploads';
import type { Attachment } from '../api/types';
import { useFmtDay, useI18n, type MessageKey } from '../i18n';
import { formatVietnameseNumber } from '../lib/number';
import { ErrorNote, ProgressBar } from './ui';

/**
 * The owners the API takes files for (decision 75), as their route's first segment; `reviews`
 * is a report's return (`/reports/{id}/review/attachments`, the id the report's).
 */
export type AttachmentOwner = 'tasks' | 'directives' | 'reports' | 'explanations' | 'drafts' | 'reviews';

/** The owner's route, without `/attachments`. */
const ownerPath = (owner: AttachmentOwner, id: string) =>
  owner === 'reviews' ? `/reports/${id}/review` : `/${owner}/${id}`;

/**
 * What the pickers offer (the API decides by the bytes, decision 75; this only spares a
 * person choosing a file that will be refused).
 */
const ACCEPT = [
  'application/pdf',
  'image/*',
  '.pdf,.png,.jpg,.jpeg,.gif,.webp',
  '.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods,.odp,.csv,.txt,.zip',
].join(',');

const IMAGE = /^image\/(png|jpeg|gif|webp)$/;

/** 1.234,5 KB / 12,3 MB, in the reader's number format. */
function useFileSize() {
  const { t } = useI18n();
  return (bytes: number) =>
    bytes < 1024 * 1024
      ? t('attachments.sizeKb', { n: formatVietnameseNumber(Math.max(0.1, Math.round(bytes / 102.4) / 10)) })
      : t('attachments.sizeMb', { n: formatVietnameseNumber(Math.round(bytes / 104_857.6) / 10) });
}

/** The kind of file a person recognises ("Ảnh PNG", "Văn bản Word"), never the media type. */
function typeKey(mediaType: string): { key: MessageKey; format?: string } {
  if (mediaType === 'application/pdf') return { key: 'attachments.type.pdf' };
  const image = IMAGE.exec(mediaType);
  if (image) return { key: 'attachments.type.image', format: image[1] === 'jpeg' ? 'JPEG' : image[1].toUpperCase() };
  if (/wordprocessingml|msword/.test(mediaType)) return { key: 'attachments.type.word' };
  if (/spreadsheetml|ms-excel/.test(mediaType)) return { key: 'attachments.type.excel' };
  if (/presentationml|ms-powerpoint/.test(mediaType)) return { key: 'attachments.type.powerpoint' };
  if (mediaType.startsWith('application/vnd.oasis.opendocument')) return { key: 'attachments.type.odf' };
  if (mediaType === 'text/csv') return { key: 'attachments.type.csv' };
  if (mediaType === 'text/plain') return { key: 'attachments.type.text' };
  if (mediaType === 'application/zip') return { key: 'attachments.type.zip' };
  return { key: 'attachments.type.other' };
}

/** One file on its way up: its progress, then its answer (gone once listed) or its refusal. */
interface Sending {
  key: string;
  name: string;
  sent: number;
  total: number;
  /** The connection broke: waiting to send the rest (a resumable upload). */
  broken?: boolean;
  error?: unknown;
}

/**
 * The files of a directive, task, report, explanation request or draft (decision 75): each with its
 * kind and size, a download (fetched with the session's token, saved under its own name), a
 * preview for images and PDFs, and for the owning side drag-and-drop, a file picker, the
 * phone's camera, a progress bar per file and a removal asked twice. The API decides who
 * reads and who changes (the secret rule included); `canChange` only hides what it would refuse.
 */
export function Attachments({
  owner,
  id,
  canChange,
  compact = false,
  title = 'attachments.title',
}: {
  owner: AttachmentOwner;
  id: string;
  canChange: boolean;
  /** The section's heading, when not "Tệp đính kèm". */
  title?: MessageKey;
  /** Inside another card (a report): a smaller heading, no card of its own. */
  compact?: boolean;
}) {
  const { t } = useI18n();
  const client = useQueryClient();
  const headingId = useId();
  const key = ['attachments', owner, id];
  const files = useQuery({
    queryKey: key,
    queryFn: () => api<Attachment[]>('GET', `${ownerPath(owner, id)}/attachments`),
  });
  const [sending, setSending] = useState<Sending[]>([]);
  const [over, setOver] = useState(false);
  const queue = useRef(Promise.resolve());
  /** Each file on its way, to cancel it. */
  const cancels = useRef(new Map<string, AbortController>());
  const drop = (entryKey: string) => setSending((now) => now.filter((s) => s.key !== entryKey));
  const send = (chosen: File[]) => {
    for (const file of chosen) {
      const entry: Sending = { key: `${Date.now()}-${Math.random()}`, name: file.name, sent: 0, total: file.size };
      const update = (change: Partial<Sending>) =>
        setSending((now) => now.map((s) => (s.key === entry.key ? { ...s, ...change } : s)));
      const cancel = new AbortController();
      cancels.current.set(entry.key, cancel);
      setSending((now) => [...now, entry]);
      const onProgress = (sent: number, total: number) => update({ sent, total });
      // A large file goes in chunks and survives a broken connection, even a reload (decision 82).
      const upload = () =>
        file.size > RESUMABLE_ABOVE
          ? sendResumable<Attachment>(ownerPath(owner, id), file, {
              onProgress,
              onBreak: (broken) => update({ broken }),
              signal: cancel.signal,
            })
          : uploadWithProgress<Attachment>(`${ownerPath(owner, id)}/attachments`, file, onProgress, cancel.signal);
      // One after another, in the order chosen: the list keeps that order, and a phone's
      // connection carries one file at a time at full speed.
      queue.current = queue.current.then(() =>
        upload()
          .then(async () => {
            await client.invalidateQueries({ queryKey: key });
            drop(entry.key);
          })
          .catch((error: unknown) => (error instanceof UploadCancelled ? drop(entry.key) : update({ error })))
          .finally(() => cancels.current.delete(entry.key)),
      );
    }
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    if (canChange) send([...event.dataTransfer.files]);
  };
  const list = files.data ?? [];
  const Heading = compact ? 'h3' : 'h2';
  return (
    <section
      className={compact ? 'attachments compact' : 'card attachments'}
      data-testid="attachments"
      data-owner={owner}
      aria-labelledby={headingId}
    >
      <Heading id={headingId}>{t(title)}</Heading>
      <ErrorNote error={files.error} />
      {list.length === 0 ? (
        <p className="muted">{t('attachments.none')}</p>
      ) : (
        <ul className="lines attachment-list" data-testid="attachment-list">
          {list.map((file) => (
            <AttachmentLine key={file.id} file={file} canChange={canChange} listKey={key} />
          ))}
        </ul>
      )}
      {sending.length > 0 && (
        <ul className="lines" data-testid="attachment-uploads">
          {sending.map((s) => (
            <li key={s.key}>
              <span lang="vi">{s.name}</span>
              {s.error ? (
                <>
                  {s.error instanceof UploadInterrupted ? (
                    <div className="error-note" role="alert">
                      {t('attachments.interrupted')}
                    </div>
                  ) : (
                    <ErrorNote error={s.error} />
                  )}
                  <button type="button" className="link" onClick={() => drop(s.key)}>
                    {t('attachments.dismiss')}
                  </button>
                </>
              ) : (
                <>
                  <ProgressBar
                    ratio={s.total > 0 ? s.sent / s.total : 0}
                    label={t('attachments.sending', { name: s.name })}
                  />
                  {s.broken && (
                    <p className="hint" role="status">
                      {t('attachments.resuming')}
                    </p>
                  )}
                  <button
                    type="button"
                    className="link"
                    onClick={() => cancels.current.get(s.key)?.abort()}
                    aria-label={t('attachments.cancelOf', { name: s.name })}
                  >
                    {t('attachments.cancel')}
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {canChange && (
        <div
          className={over ? 'dropzone over' : 'dropzone'}
          data-testid="dropzone"
          role="group"
          aria-label={t('attachments.add')}
          onDragOver={(event) => {
            event.preventDefault();
            setOver(true);
          }}
          onDragLeave={() => setOver(false)}
          onDrop={onDrop}
        >
          <p className="muted">{t('attachments.drop')}</p>
          <div className="actions">
            <Picker label={t('attachments.file')} accept={ACCEPT} multiple onFiles={send} />
            <Picker label={t('attachments.camera')} accept="image/*" capture onFiles={send} />
          </div>
          <p className="hint">{t('attachments.hint')}</p>
        </div>
      )}
    </section>
  );
}

/** A file input behind a label shown as a button (the label is its accessible name). */
function Picker({
  label,
  accept,
  multiple = false,
  capture = false,
  onFiles,
}: {
  label: string;
  accept: string;
  multiple?: boolean;
  capture?: boolean;
  onFiles: (files: File[]) => void;
}) {
  const inputId = useId();
  return (
    <label className="button picker" htmlFor={inputId}>
      {label}
      <input
        id={inputId}
        type="file"
        className="sr-only"
        accept={accept}
        multiple={multiple}
        // The phone's rear camera; a desktop browser ignores it and opens its file picker.
        capture={capture ? 'environment' : undefined}
        onChange={(event) => {
          const chosen = [...(event.target.files ?? [])];
          event.target.value = '';
          if (chosen.length) onFiles(chosen);
        }}
      />
    </label>
  );
}

function AttachmentLine({ file, canChange, listKey }: { file: Attachment; canChange: boolean; listKey: string[] }) {
  const { t } = useI18n();
  const day = useFmtDay();
  const size = useFileSize();
  const client = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const [previewing, setPreviewing] = useState(false);
  const image = IMAGE.test(file.mediaType);
  const pdf = file.mediaType === 'application/pdf';
  const remove = useMutation({
    mutationFn: () => api('DELETE', `/attachments/${file.id}`),
    onSuccess: () => void client.invalidateQueries({ queryKey: listKey }),
  });
  const fetchFile = useMutation({
    mutationFn: () => download(`/attachments/${file.id}/content`, {}, file.name),
  });
  const kind = typeKey(file.mediaType);
  return (
    <li className="attachment" data-testid="attachment">
      {image && <Preview file={file} thumbnail />}
      <div className="attachment-text">
        <button
          type="button"
          className="link"
          onClick={() => fetchFile.mutate()}
          aria-label={t('attachments.download', { name: file.name })}
        >
          {file.name}
        </button>
        <div className="line-meta">
          {t(kind.key, { format: kind.format ?? '' })} · {size(file.size)} ·{' '}
          <span translate="no">{file.uploadedBy}</span> · {day(file.createdAt, true)}
        </div>
        <div className="actions">
          {pdf && (
            <button type="button" className="link" onClick={() => setPreviewing((v) => !v)} aria-expanded={previewing}>
              {t(previewing ? 'attachments.hidePreview' : 'attachments.preview', { name: file.name })}
            </button>
          )}
          {canChange && !confirming && (
            <button
              type="button"
              className="danger"
              onClick={() => setConfirming(true)}
              aria-label={t('attachments.remove', { name: file.name })}
            >
              {t('attachments.removeShort')}
            </button>
          )}
        </div>
        {confirming && (
          <div className="confirm" role="group" aria-label={t('attachments.remove', { name: file.name })}>
            <p>{t('attachments.confirmRemove', { name: file.name })}</p>
            <div className="actions">
              <button type="button" className="danger" disabled={remove.isPending} onClick={() => remove.mutate()}>
                {t('attachments.confirmRemoveYes')}
              </button>
              <button type="button" onClick={() => setConfirming(false)}>
                {t('attachments.keep')}
              </button>
            </div>
          </div>
        )}
        <ErrorNote error={fetchFile.error ?? remove.error} />
        {pdf && previewing && <Preview file={file} />}
      </div>
    </li>
  );
}

/**
 * The file shown in the page from its bytes (fetched with the token: an address alone would
 * carry no authority): an image as an <img>, a PDF in the browser's own viewer. The object
 * URL is given the type the API found in the bytes, never one the name suggests.
 */
function Preview({ file, thumbnail = false }: { file: Attachment; thumbnail?: boolean }) {
  const { t } = useI18n();
  const [url, setUrl] = useState<string | null>(null);
  const [failed, setFailed] = useState<unknown>(null);
  useEffect(() => {
    let made: string | null = null;
    let live = true;
    fetchBlob(`/attachments/${file.id}/content`)
      .then((blob) => {
        if (!live) return;
        made = URL.createObjectURL(new Blob([blob], { type: file.mediaType }));
        setUrl(made);
      })
      .catch((error: unknown) => live && setFailed(error));
    return () => {
      live = false;
      if (made) URL.revokeObjectURL(made);
    };
  }, [file.id, file.mediaType]);
  if (failed) return <ErrorNote error={failed} />;
  if (!url) return <div className={thumbnail ? 'thumbnail' : 'pdf-preview'} aria-busy="true" />;
  return thumbnail ? (
    <a href={url} target="_blank" rel="noopener" className="thumbnail">
      <img src={url} alt={t('attachments.imageOf', { name: file.name })} />
    </a>
  ) : (
    <iframe className="pdf-preview" src={url} title={t('attachments.previewOf', { name: file.name })} />
  );
}
