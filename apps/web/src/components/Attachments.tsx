import { useRef, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { del, download, get, uploadFile } from '../api/client';
import type { Attachment } from '../api/types';
import { useFmtDay, useI18n } from '../i18n';
import { formatVietnameseNumber } from '../lib/number';
import { ApiForm, ErrorNote, Field, useFieldError } from './forms';

/** 1.234,5 KB / 12,3 MB, in the reader's number format. */
function useFileSize() {
  const { t } = useI18n();
  return (bytes: number) =>
    bytes < 1024 * 1024
      ? t('attachments.sizeKb', { n: formatVietnameseNumber(Math.max(0.1, Math.round(bytes / 102.4) / 10)) })
      : t('attachments.sizeMb', { n: formatVietnameseNumber(Math.round(bytes / 104_857.6) / 10) });
}

/**
 * The files of a task or directive (decision 75): each a download (fetched with the
 * session's token, saved under its own name), and for the owning side a file input to add
 * one and a button to remove one.
 */
export function Attachments({
  owner,
  id,
  canChange,
}: {
  owner: 'tasks' | 'directives';
  id: string;
  canChange: boolean;
}) {
  const { t } = useI18n();
  const day = useFmtDay();
  const size = useFileSize();
  const client = useQueryClient();
  const key = ['attachments', owner, id];
  const files = useQuery({
    queryKey: key,
    queryFn: () =>
      owner === 'tasks'
        ? get('/tasks/{id}/attachments', { path: { id } })
        : get('/directives/{id}/attachments', { path: { id } }),
  });
  const input = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState<File | null>(null);
  const add = useMutation({
    mutationFn: () => {
      if (!chosen) throw new Error('no file');
      return uploadFile<Attachment>(`/${owner}/${id}/attachments`, chosen);
    },
    onSuccess: () => {
      setChosen(null);
      if (input.current) input.current.value = '';
      void client.invalidateQueries({ queryKey: key });
    },
  });
  const remove = useMutation({
    mutationFn: (attachmentId: string) => del('/attachments/{id}', { path: { id: attachmentId } }),
    onSuccess: () => void client.invalidateQueries({ queryKey: key }),
  });
  const fetchFile = useMutation({
    mutationFn: (file: Attachment) => download(`/attachments/${file.id}/content`, {}, file.name),
  });
  const fieldError = useFieldError(add.error);
  const list = files.data ?? [];
  return (
    <section className="card" data-testid="attachments" aria-labelledby={`attachments-${id}`}>
      <h2 id={`attachments-${id}`}>{t('attachments.title')}</h2>
      <ErrorNote error={files.error ?? fetchFile.error ?? remove.error} />
      {list.length === 0 ? (
        <p className="muted">{t('attachments.none')}</p>
      ) : (
        <ul className="lines" data-testid="attachment-list">
          {list.map((file) => (
            <li key={file.id}>
              <button
                type="button"
                className="link"
                onClick={() => fetchFile.mutate(file)}
                aria-label={t('attachments.download', { name: file.name })}
              >
                {file.name}
              </button>{' '}
              <span className="line-meta">
                {size(file.size)} · {file.uploadedBy} · {day(file.createdAt, true)}
              </span>{' '}
              {canChange && (
                <button
                  type="button"
                  className="danger"
                  disabled={remove.isPending}
                  onClick={() => remove.mutate(file.id)}
                  aria-label={t('attachments.remove', { name: file.name })}
                >
                  {t('attachments.removeShort')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canChange && (
        <ApiForm
          title={t('attachments.add')}
          mutation={add}
          fieldError={fieldError}
          fields={['file']}
          submit={t('attachments.upload')}
        >
          <Field label={t('attachments.file')} error={fieldError('file')} hint={t('attachments.hint')}>
            {(fieldId, describedBy) => (
              <input
                ref={input}
                id={fieldId}
                type="file"
                aria-describedby={describedBy}
                onChange={(e) => setChosen(e.target.files?.[0] ?? null)}
              />
            )}
          </Field>
        </ApiForm>
      )}
    </section>
  );
}
