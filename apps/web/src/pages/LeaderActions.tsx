import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { post } from '../api/client';
import type { Schema } from '../api/operations';
import type { SessionUser, TaskDetail, Unit } from '../api/types';
import { useUnits } from '../api/units';
import { useUser } from '../auth';
import { requestKey } from '../lib/key';
import { ErrorNote, Field, useFieldError } from '../components/ui';
import { UnitPicker } from '../components/UnitPicker';
import { useDraftForm } from '../components/Draft';
import { fmtDate, fmtDateTime, useI18n, type MessageKey } from '../i18n';

type BulkResult = Schema<'BulkResultDto'>;

/**
 * Whether the user follows up tasks a unit assigned: people of that unit or of one above
 * it, auditors excepted (the API's rule; it judges again). Moving a deadline is further
 * kept to leaders and admins (`decides`).
 */
export function useLeadsOver(user: SessionUser): (assigningUnitId: string) => boolean {
  const units = useUnits();
  return (assigningUnitId) => {
    if (user.role === 'auditor') return false;
    if (user.role === 'admin') return true;
    const byId = new Map((units.data ?? []).map((u: Unit) => [u.id, u]));
    for (let id: string | null = assigningUnitId; id; id = byId.get(id)?.parentId ?? null)
      if (id === user.unitId) return true;
    return false;
  };
}

function useInvalidating<T, R>(taskId: string | null, action: (input: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: action,
    onSuccess: async () => {
      if (taskId) await queryClient.invalidateQueries({ queryKey: ['task', taskId] });
      await queryClient.invalidateQueries({ queryKey: ['tasks'] });
      await queryClient.invalidateQueries({ queryKey: ['directive'] });
      await queryClient.invalidateQueries({ queryKey: ['stats'] });
      await queryClient.invalidateQueries({ queryKey: ['history'] });
    },
  });
}

const at17 = (date: string) => (date ? `${date}T17:00:00+07:00` : '');

/**
 * A leader's actions on a task of the assigning side (issue 22): urge the lead unit with
 * a note, ask it to explain, move the deadline with a reason, cancel the task, add a task
 * to the running directive (the last two are amendments of the directive: POST
 * /directives/{id}/amendments). Each form says what went wrong beside its field.
 */
export function LeaderTaskActions({ task }: { task: TaskDetail }) {
  const { t } = useI18n();
  const user = useUser();
  const decides = user.role === 'leader' || user.role === 'admin';
  const open = task.phase !== 'completed' && task.phase !== 'cancelled';
  const late = task.bucket === 'open_overdue' || task.bucket === 'completed_late';
  if (!open && !late) return null;
  return (
    <section className="card actions-card" aria-labelledby="leader-actions">
      <h2 id="leader-actions">{t('leader.title')}</h2>
      {open && <UrgeForm task={task} />}
      {late && (
        <details>
          <summary>{t('leader.explain')}</summary>
          <ExplainForm task={task} />
        </details>
      )}
      {open && decides && (
        <details>
          <summary>{t('leader.changeDeadline')}</summary>
          <DeadlineForm task={task} />
        </details>
      )}
      {/* Amendments of the directive: its own tasks (depth 0), by the issuing side. */}
      {open && task.depth === 0 && (
        <details>
          <summary>{t('leader.cancelTask')}</summary>
          <CancelForm task={task} />
        </details>
      )}
      {task.depth === 0 && (
        <details>
          <summary>{t('leader.addTask')}</summary>
          <AddTaskForm task={task} />
        </details>
      )}
    </section>
  );
}

function UrgeForm({ task }: { task: TaskDetail }) {
  const { t } = useI18n();
  const draft = useDraftForm(`urge:${task.id}`, { note: '' });
  const { note } = draft.value;
  const setNote = (next: string) => draft.set({ note: next });
  const urge = useInvalidating(task.id, async () => {
    const sent = await post('/tasks/{id}/urge', { path: { id: task.id }, body: { note } });
    draft.forget();
    return sent;
  });
  const fieldError = useFieldError(urge.error);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    urge.mutate(undefined, { onSuccess: draft.reset });
  };
  return (
    <form noValidate onSubmit={onSubmit} data-testid="urge-form">
      <h3>{t('leader.urge')}</h3>
      {draft.note}
      <Field label={t('leader.urgeNote')} error={fieldError('note')} hint={t('leader.urgeHint')}>
        {(id, d) => (
          <textarea id={id} aria-describedby={d} rows={3} value={note} onChange={(e) => setNote(e.target.value)} />
        )}
      </Field>
      {!fieldError('note') && <ErrorNote error={urge.error} />}
      {urge.data && (
        <p className="ok" role="status">
          {t('leader.urged', { next: fmtDateTime(urge.data.nextAllowedAt) })}
        </p>
      )}
      <button type="submit" className="primary" disabled={urge.isPending}>
        {t('leader.urgeSend')}
      </button>
    </form>
  );
}

function ExplainForm({ task }: { task: TaskDetail }) {
  const { t } = useI18n();
  const draft = useDraftForm(`explain:${task.id}`, { note: '' });
  const { note } = draft.value;
  const setNote = (next: string) => draft.set({ note: next });
  const [days, setDays] = useState('3');
  const ask = useInvalidating(task.id, async () => {
    const asked = await post('/tasks/{id}/explanations', {
      path: { id: task.id },
      body: { note, workingDays: Number(days) || undefined },
    });
    draft.forget();
    return asked;
  });
  const fieldError = useFieldError(ask.error);
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        ask.mutate(undefined);
      }}
    >
      {draft.note}
      <Field label={t('leader.explainNote')} error={fieldError('note')}>
        {(id, d) => <textarea id={id} aria-describedby={d} value={note} onChange={(e) => setNote(e.target.value)} />}
      </Field>
      <Field label={t('leader.explainDays')} error={fieldError('workingDays')}>
        {(id, d) => (
          <input
            id={id}
            aria-describedby={d}
            inputMode="numeric"
            value={days}
            onChange={(e) => setDays(e.target.value)}
          />
        )}
      </Field>
      {!fieldError('note') && !fieldError('workingDays') && <ErrorNote error={ask.error} />}
      {ask.data && <p className="ok">{t('leader.explainSent', { date: fmtDate(ask.data.dueAt) })}</p>}
      <button type="submit">{t('leader.explainSend')}</button>
    </form>
  );
}

function DeadlineForm({ task }: { task: TaskDetail }) {
  const { t } = useI18n();
  const draft = useDraftForm(`deadline:${task.id}`, { date: '', reason: '' });
  const { date, reason } = draft.value;
  const setDate = (next: string) => draft.set({ date: next });
  const setReason = (next: string) => draft.set({ reason: next });
  const change = useInvalidating(task.id, async () => {
    const changed = await post('/tasks/{id}/deadline', {
      path: { id: task.id },
      body: { deadline: at17(date), reason },
    });
    draft.forget();
    return changed;
  });
  const fieldError = useFieldError(change.error);
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        change.mutate(undefined);
      }}
    >
      {draft.note}
      <Field label={t('leader.newDeadline')} error={fieldError('deadline')} hint={date ? fmtDate(date) : undefined}>
        {(id, d) => (
          <input id={id} aria-describedby={d} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        )}
      </Field>
      <Field label={t('leader.deadlineReason')} error={fieldError('reason')}>
        {(id, d) => (
          <textarea id={id} aria-describedby={d} value={reason} onChange={(e) => setReason(e.target.value)} />
        )}
      </Field>
      {!fieldError('deadline') && !fieldError('reason') && <ErrorNote error={change.error} />}
      {change.data && <p className="ok">{t('leader.deadlineChanged', { date: fmtDateTime(change.data.deadline) })}</p>}
      <button type="submit">{t('leader.changeDeadline')}</button>
    </form>
  );
}

function CancelForm({ task }: { task: TaskDetail }) {
  const { t } = useI18n();
  const draft = useDraftForm(`cancel:${task.id}`, { reason: '' });
  const { reason } = draft.value;
  const setReason = (next: string) => draft.set({ reason: next });
  const cancel = useInvalidating(task.id, async () => {
    const cancelled = await post('/directives/{id}/amendments', {
      path: { id: task.directive.id },
      body: { kind: 'cancel_task', taskId: task.id, reason },
    });
    draft.forget();
    return cancelled;
  });
  const fieldError = useFieldError(cancel.error);
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        cancel.mutate(undefined);
      }}
    >
      {draft.note}
      <Field label={t('leader.cancelReason')} error={fieldError('reason')}>
        {(id, d) => (
          <textarea id={id} aria-describedby={d} value={reason} onChange={(e) => setReason(e.target.value)} />
        )}
      </Field>
      {!fieldError('reason') && <ErrorNote error={cancel.error} />}
      {cancel.isSuccess && <p className="ok">{t('leader.cancelled')}</p>}
      <button type="submit" className="danger" disabled={cancel.isPending}>
        {t('leader.cancelTask')}
      </button>
    </form>
  );
}

function AddTaskForm({ task }: { task: TaskDetail }) {
  const { t } = useI18n();
  const units = useUnits();
  const [title, setTitle] = useState('');
  const [unitIds, setUnitIds] = useState<string[]>([]);
  const [date, setDate] = useState('');
  const below = new Set<string>();
  for (const u of units.data ?? [])
    if (u.parentId && (u.parentId === task.assigningUnit.id || below.has(u.parentId))) below.add(u.id);
  const add = useInvalidating(null, () =>
    post('/directives/{id}/amendments', {
      path: { id: task.directive.id },
      body: { kind: 'add_task', task: { title, leadUnitId: unitIds[0] ?? '', deadline: at17(date) || undefined } },
    }),
  );
  const fieldError = useFieldError(add.error);
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        add.mutate(undefined);
      }}
    >
      <Field label={t('task.title')} error={fieldError('task.title')}>
        {(id, d) => <input id={id} aria-describedby={d} value={title} onChange={(e) => setTitle(e.target.value)} />}
      </Field>
      <Field label={t('task.lead')} error={fieldError('task.leadUnitId')}>
        {(id, d) => (
          <UnitPicker
            id={id}
            describedBy={d}
            label={t('task.lead')}
            value={unitIds}
            onChange={(ids) => setUnitIds(ids.slice(-1))}
            filter={(u) => below.has(u.id)}
          />
        )}
      </Field>
      <Field label={t('task.deadline')} error={fieldError('task.deadline')} hint={date ? fmtDate(date) : undefined}>
        {(id, d) => (
          <input id={id} aria-describedby={d} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        )}
      </Field>
      {!fieldError('task.title') && !fieldError('task.leadUnitId') && !fieldError('task.deadline') && (
        <ErrorNote error={add.error} />
      )}
      {add.isSuccess && <p className="ok">{t('leader.added')}</p>}
      <button type="submit">{t('leader.addTask')}</button>
    </form>
  );
}

/**
 * Urge or ask to explain every selected task at once; the answer for each id (done, or
 * refused and why) comes back beside its row through `onResult`. One Idempotency-Key per
 * selection and action, so a double click or a retry acts once.
 */
export function BulkLeaderActions({
  taskIds,
  onResult,
}: {
  taskIds: string[];
  onResult: (result: BulkResult, action: 'urge' | 'explain') => void;
}) {
  const { t } = useI18n();
  // The note is kept in this browser until sent (the selection is not: it follows the list).
  const draft = useDraftForm('bulk-note', { note: '' });
  const { note } = draft.value;
  const setNote = (next: string) => draft.set({ note: next });
  const [key, setKey] = useState(requestKey);
  const urge = useInvalidating(null, async () => {
    const result = await post('/tasks/urge', {
      body: { taskIds, note },
      headers: { 'idempotency-key': `urge-${key}` },
    });
    draft.forget();
    return result;
  });
  const explain = useInvalidating(null, async () => {
    const result = await post('/tasks/explanations', {
      body: { taskIds, note },
      headers: { 'idempotency-key': `explain-${key}` },
    });
    draft.forget();
    return result;
  });
  const error = urge.error ?? explain.error;
  const fieldError = useFieldError(error);
  const done = (action: 'urge' | 'explain') => (result: BulkResult) => {
    onResult(result, action);
    setKey(requestKey());
  };
  const last = urge.data ?? explain.data;
  const busy = urge.isPending || explain.isPending;
  return (
    <form className="bulk-actions" noValidate onSubmit={(e) => e.preventDefault()} data-testid="bulk-actions">
      <p className="muted" aria-live="polite">
        {t('leader.selected', { count: taskIds.length })}
      </p>
      {draft.note}
      <Field label={t('leader.bulkNote')} error={fieldError('note') ?? fieldError('taskIds')}>
        {(id, d) => (
          <textarea id={id} aria-describedby={d} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
        )}
      </Field>
      {!fieldError('note') && !fieldError('taskIds') && <ErrorNote error={error} />}
      {last && (
        <p className="ok" role="status">
          {t('leader.bulkDone', { done: last.done, refused: last.refused })}
        </p>
      )}
      <div className="actions">
        <button
          type="button"
          className="primary"
          disabled={busy || taskIds.length === 0}
          onClick={() => urge.mutate(undefined, { onSuccess: done('urge') })}
        >
          {t('leader.bulkUrge')}
        </button>
        <button
          type="button"
          disabled={busy || taskIds.length === 0}
          onClick={() => explain.mutate(undefined, { onSuccess: done('explain') })}
        >
          {t('leader.bulkExplain')}
        </button>
      </div>
    </form>
  );
}

/** A bulk answer for one row, in words. */
export function BulkOutcome({ item }: { item: BulkResult['results'][number] | undefined }) {
  const { t } = useI18n();
  if (!item) return null;
  return (
    <span className={`badge ${item.status === 'done' ? 'outcome-accepted' : 'outcome-returned'}`}>
      {item.status === 'done'
        ? t('leader.outcome.done')
        : t(`leader.outcome.${item.reason ?? 'not_found'}` as MessageKey, {
            date: item.nextAllowedAt ? fmtDateTime(item.nextAllowedAt) : '',
          })}
    </span>
  );
}
