import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { post } from '../api/client';
import type { Schema } from '../api/operations';
import { useI18n } from '../i18n';
import { ErrorNote, Field, useFieldError } from './ui';

type DraftSummary = Schema<'DraftSummaryDto'>;

/** Approve, return with comments, or reject with a reason: in place, on the draft's page and in my work. */
export function DecisionActions({
  draft,
  onDone,
}: {
  draft: Pick<DraftSummary, 'id' | 'title'>;
  onDone: (text: string) => unknown;
}) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [mode, setMode] = useState<'none' | 'return' | 'reject'>('none');
  const [text, setText] = useState('');
  const done = async (message: string) => {
    await Promise.all(
      [['drafts'], ['my-work'], ['directives'], ['tasks']].map((queryKey) =>
        queryClient.invalidateQueries({ queryKey }),
      ),
    );
    onDone(message);
  };
  const approve = useMutation({
    mutationFn: () => post('/drafts/{id}/approve', { path: { id: draft.id } }),
    onSuccess: () => done(t('drafts.approved', { title: draft.title })),
  });
  const decide = useMutation({
    mutationFn: () =>
      mode === 'return'
        ? post('/drafts/{id}/return', { path: { id: draft.id }, body: { comments: text } })
        : post('/drafts/{id}/reject', { path: { id: draft.id }, body: { reason: text } }),
    onSuccess: () => done(t(mode === 'return' ? 'drafts.returned' : 'drafts.rejected', { title: draft.title })),
  });
  const fieldError = useFieldError(decide.error);
  const send = (event: FormEvent) => {
    event.preventDefault();
    decide.mutate();
  };
  return (
    <div className="work-action">
      {mode === 'none' ? (
        <div className="actions">
          <button type="button" className="primary" onClick={() => approve.mutate()} disabled={approve.isPending}>
            {t('drafts.approve')}
          </button>
          <button type="button" onClick={() => setMode('return')}>
            {t('drafts.return')}
          </button>
          <button type="button" onClick={() => setMode('reject')}>
            {t('drafts.reject')}
          </button>
        </div>
      ) : (
        <form onSubmit={send} noValidate className="work-form">
          <Field
            label={t(mode === 'return' ? 'drafts.returnComments' : 'drafts.rejectReason')}
            error={fieldError(mode === 'return' ? 'comments' : 'reason')}
          >
            {(id, d) => (
              <textarea id={id} aria-describedby={d} rows={3} value={text} onChange={(e) => setText(e.target.value)} />
            )}
          </Field>
          {!fieldError('comments') && !fieldError('reason') && <ErrorNote error={decide.error} />}
          <div className="actions">
            <button type="submit" className="primary" disabled={decide.isPending}>
              {t(mode === 'return' ? 'drafts.sendReturn' : 'drafts.sendReject')}
            </button>
            <button type="button" onClick={() => setMode('none')}>
              {t('drafts.cancel')}
            </button>
          </div>
        </form>
      )}
      <ErrorNote error={approve.error} />
    </div>
  );
}
