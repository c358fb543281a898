import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useLocation } from 'react-router';
import { requestKey } from '../lib/key';
import { formatVietnameseNumber, numberForApi } from '../lib/number';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { post } from '../api/client';
import type { Indicator, TaskDetail } from '../api/types';
import { useUnits } from '../api/units';
import { ErrorNote, Field, useFieldError } from '../components/ui';
import { UnitPicker } from '../components/UnitPicker';
import { DraftNote, useDraft, useDraftForm, useKeepDraft } from '../components/Draft';
import { fmtDate, useI18n } from '../i18n';

function useAction<T>(taskId: string, action: (input: T) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: action,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['task', taskId] });
      await queryClient.invalidateQueries({ queryKey: ['tasks'] });
      await queryClient.invalidateQueries({ queryKey: ['directive'] });
      await queryClient.invalidateQueries({ queryKey: ['notifications'] });
    },
  });
}

const OPEN = ['in_progress', 'revising', 'awaiting_ack'];

/** The lead unit: acknowledge, report, ask for more time, delegate below. */
export function LeadSideActions({ task, indicators }: { task: TaskDetail; indicators: Indicator[] }) {
  const { t } = useI18n();
  const acknowledge = useAction(task.id, () => post('/tasks/{id}/acknowledge', { path: { id: task.id } }));
  if (!OPEN.includes(task.phase)) return null;
  return (
    <section className="card actions-card">
      <h2>{t('task.actions')}</h2>
      {task.phase === 'awaiting_ack' && (
        <>
          <button
            type="button"
            className="primary"
            onClick={() => acknowledge.mutate(undefined)}
            disabled={acknowledge.isPending}
          >
            {t('action.acknowledge')}
          </button>
          <ErrorNote error={acknowledge.error} />
        </>
      )}
      {task.phase !== 'awaiting_ack' && <ReportForm key={task.id} task={task} indicators={indicators} />}
      <details>
        <summary>{t('action.requestExtension')}</summary>
        <ExtensionForm task={task} />
      </details>
      <details>
        <summary>{t('action.delegate')}</summary>
        <DelegateForm task={task} />
      </details>
    </section>
  );
}

interface ReportDraft {
  text: string;
  values: Record<string, string>;
  override: string;
}
const reportIsEmpty = (d: ReportDraft) =>
  !d.text.trim() && !d.override.trim() && !Object.values(d.values).some((v) => v.trim());

function ReportForm({ task, indicators }: { task: TaskDetail; indicators: Indicator[] }) {
  const { t } = useI18n();
  // Kept in this browser until sent: a reload or an ended session loses nothing typed.
  const draft = useDraft<ReportDraft>(`report:${task.id}`, reportIsEmpty);
  const [form, setForm] = useState<ReportDraft>(() => draft.initial ?? { text: '', values: {}, override: '' });
  useKeepDraft(draft, form);
  const { text, values, override } = form;
  const setText = (next: string) => setForm({ ...form, text: next });
  const setValues = (next: Record<string, string>) => setForm({ ...form, values: next });
  const setOverride = (next: string) => setForm({ ...form, override: next });
  const clear = () => {
    draft.forget();
    setForm({ text: '', values: {}, override: '' });
  };
  const submit = useAction(task.id, async () => {
    const report = await post('/tasks/{id}/reports', {
      path: { id: task.id },
      body: {
        text,
        indicatorValues: indicators
          .filter((i) => values[i.name]?.trim())
          .map((i) => ({ name: i.name, value: numberForApi(values[i.name]!) })),
        subtaskOverrideReason: override.trim() || undefined,
      },
    });
    // Sent: the draft goes now, even if the form is gone by the time the answer is shown.
    draft.forget();
    return report;
  });
  const fieldError = useFieldError(submit.error);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    submit.mutate(undefined, { onSuccess: clear });
  };
  // Opened from "Việc của tôi" (#report): the form is where the reader starts.
  const { hash } = useLocation();
  const textArea = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (hash === '#report') textArea.current?.focus();
  }, [hash]);
  const openSubtasks = task.subtasks.some((s) => s.phase !== 'completed' && s.phase !== 'cancelled');
  return (
    <form onSubmit={onSubmit} noValidate id="report">
      <h3>{task.phase === 'revising' ? t('action.revise') : t('action.report')}</h3>
      <DraftNote savedAt={draft.restoredAt} onDiscard={clear} />
      <Field label={t('report.text')} error={fieldError('text')}>
        {(id, d) => (
          <textarea
            id={id}
            ref={textArea}
            aria-describedby={d}
            rows={5}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        )}
      </Field>
      {indicators.map((ind, i) => (
        <Field
          key={ind.name}
          label={`${ind.name} (${ind.unitOfMeasure})`}
          error={fieldError(`indicatorValues.${i}`)}
          hint={
            ind.target !== null ? t('indicator.targetIs', { target: formatVietnameseNumber(ind.target) }) : undefined
          }
        >
          {(id, d) => (
            <input
              id={id}
              aria-describedby={d}
              inputMode="decimal"
              value={values[ind.name] ?? ''}
              onChange={(e) => setValues({ ...values, [ind.name]: e.target.value })}
            />
          )}
        </Field>
      ))}
      {openSubtasks && (
        <Field label={t('report.overrideReason')} error={fieldError('subtaskOverrideReason')}>
          {(id, d) => (
            <input id={id} aria-describedby={d} value={override} onChange={(e) => setOverride(e.target.value)} />
          )}
        </Field>
      )}
      {!fieldError('text') && <ErrorNote error={submit.error} />}
      <button type="submit" className="primary" disabled={submit.isPending}>
        {t('action.submitReport')}
      </button>
    </form>
  );
}

function ExtensionForm({ task }: { task: TaskDetail }) {
  const { t } = useI18n();
  const draft = useDraftForm(`extension:${task.id}`, { date: '', reason: '' });
  const { date, reason } = draft.value;
  const setDate = (next: string) => draft.set({ date: next });
  const setReason = (next: string) => draft.set({ reason: next });
  const request = useAction(task.id, async () => {
    const sent = await post('/tasks/{id}/extensions', {
      path: { id: task.id },
      body: { deadline: date ? `${date}T17:00:00+07:00` : '', reason },
    });
    draft.forget();
    return sent;
  });
  const fieldError = useFieldError(request.error);
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        request.mutate(undefined);
      }}
    >
      {draft.note}
      <Field label={t('extension.newDeadline')} error={fieldError('deadline')} hint={date ? fmtDate(date) : undefined}>
        {(id, d) => (
          <input id={id} aria-describedby={d} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        )}
      </Field>
      <Field label={t('extension.reason')} error={fieldError('reason')}>
        {(id, d) => (
          <textarea id={id} aria-describedby={d} value={reason} onChange={(e) => setReason(e.target.value)} />
        )}
      </Field>
      {!fieldError('deadline') && !fieldError('reason') && <ErrorNote error={request.error} />}
      {request.isSuccess && <p className="ok">{t('extension.sent')}</p>}
      <button type="submit">{t('action.requestExtension')}</button>
    </form>
  );
}

function DelegateForm({ task }: { task: TaskDetail }) {
  const { t } = useI18n();
  const units = useUnits();
  const [unitIds, setUnitIds] = useState<string[]>([]);
  const [title, setTitle] = useState(task.title);
  const [date, setDate] = useState('');
  const [key] = useState(requestKey);
  const below = new Set<string>();
  for (const u of units.data ?? [])
    if (u.parentId && (u.parentId === task.leadUnit.id || below.has(u.parentId))) below.add(u.id);
  const delegate = useAction(task.id, () =>
    post('/tasks/{id}/delegations', {
      path: { id: task.id },
      body: {
        subtasks: unitIds.map((leadUnitId) => ({
          leadUnitId,
          title,
          deadline: date ? `${date}T17:00:00+07:00` : undefined,
        })),
      },
      headers: { 'idempotency-key': key },
    }),
  );
  const fieldError = useFieldError(delegate.error);
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        delegate.mutate(undefined);
      }}
    >
      <Field label={t('delegate.units')} error={fieldError('subtasks')}>
        {(id, d) => (
          <UnitPicker
            id={id}
            describedBy={d}
            multiple
            label={t('delegate.units')}
            value={unitIds}
            onChange={setUnitIds}
            filter={(u) => below.has(u.id)}
          />
        )}
      </Field>
      <Field label={t('task.title')}>
        {(id) => <input id={id} value={title} onChange={(e) => setTitle(e.target.value)} />}
      </Field>
      <Field label={t('delegate.deadline')} hint={t('delegate.deadlineHint')}>
        {(id) => <input id={id} type="date" value={date} onChange={(e) => setDate(e.target.value)} />}
      </Field>
      {!fieldError('subtasks') && <ErrorNote error={delegate.error} />}
      {delegate.isSuccess && <p className="ok">{t('delegate.done')}</p>}
      <button type="submit">{t('action.delegate')}</button>
    </form>
  );
}

/** The assigning side: review the waiting report, decide extension requests. */
export function AssigningSideActions({ task }: { task: TaskDetail }) {
  const { t } = useI18n();
  const waiting = task.phase === 'under_review' ? task.reports.find((r) => r.reviewOutcome === null) : undefined;
  const pending = task.extensions.filter((e) => e.status === 'pending');
  // The comment (what to revise, when returned) is kept in this browser until the review is sent.
  const draft = useDraftForm(`review:${waiting?.id ?? task.id}`, { comment: '' });
  const { comment } = draft.value;
  const setComment = (next: string) => draft.set({ comment: next });
  const review = useAction(task.id, async (outcome: 'accepted' | 'returned') => {
    const reviewed = await post('/reports/{id}/review', {
      path: { id: waiting!.id },
      body: { outcome, comment: comment.trim() || undefined },
    });
    draft.forget();
    return reviewed;
  });
  const decide = useAction(task.id, (input: { id: string; approve: boolean }) =>
    post('/tasks/{id}/extensions/{requestId}/decision', {
      path: { id: task.id, requestId: input.id },
      body: { approve: input.approve },
    }),
  );
  const fieldError = useFieldError(review.error);
  if (!waiting && pending.length === 0) return null;
  return (
    <section className="card actions-card">
      <h2>{t('task.actions')}</h2>
      {waiting && (
        <form noValidate onSubmit={(e) => e.preventDefault()}>
          <h3>{t('review.title', { n: waiting.version })}</h3>
          {draft.note}
          <Field label={t('review.comment')} error={fieldError('comment')}>
            {(id, d) => (
              <textarea id={id} aria-describedby={d} value={comment} onChange={(e) => setComment(e.target.value)} />
            )}
          </Field>
          {!fieldError('comment') && <ErrorNote error={review.error} />}
          <div className="actions">
            <button
              type="button"
              className="primary"
              disabled={review.isPending}
              onClick={() => review.mutate('accepted', { onSuccess: draft.reset })}
            >
              {t('review.accept')}
            </button>
            <button
              type="button"
              className="danger"
              disabled={review.isPending}
              onClick={() => review.mutate('returned', { onSuccess: draft.reset })}
            >
              {t('review.return')}
            </button>
          </div>
        </form>
      )}
      {pending.map((e) => (
        <div key={e.id} className="extension-decision">
          <p>{t('extension.asks', { date: fmtDate(e.requestedDeadline), reason: e.reason })}</p>
          <button type="button" onClick={() => decide.mutate({ id: e.id, approve: true })}>
            {t('extension.approve')}
          </button>
          <button type="button" className="danger" onClick={() => decide.mutate({ id: e.id, approve: false })}>
            {t('extension.reject')}
          </button>
        </div>
      ))}
      <ErrorNote error={decide.error} />
    </section>
  );
}
