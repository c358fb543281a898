import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { get, post } from '../api/client';
import type { Schema } from '../api/operations';
import type { Role } from '../api/types';
import { useUser } from '../auth';
import { Attachments } from '../components/Attachments';
import { DecisionActions } from '../components/DraftDecision';
import { ErrorNote, Field, Loading, SecretMark, useFieldError } from '../components/ui';
import { useDraftForm, useHasDraft } from '../components/Draft';
import { fmtDateTime, useI18n, Vi, type MessageKey } from '../i18n';

type Work = Schema<'MyWorkDto'>;
type Item = Schema<'MyWorkItemDto'>;
type ReasonCode = Schema<'AnswerExplanationDto'>['reasonCategory'];

/** Who has a "my work" page (GET /me/work gives the others nothing to do). */
export const hasMyWork = (role: Role) => role === 'officer' || role === 'leader';

/** GET /me/work: the page and the navigation's count share one answer. */
export function useMyWork(enabled = true) {
  return useQuery({
    queryKey: ['my-work'],
    enabled,
    queryFn: () => get('/me/work'),
    refetchInterval: 30_000,
  });
}

/** Invalidates what an action on an item changes: my work, the task, the lists and the inbox. */
function useRefresh() {
  const queryClient = useQueryClient();
  return async (taskId: string) => {
    await Promise.all(
      [['my-work'], ['task', taskId], ['tasks'], ['notifications']].map((queryKey) =>
        queryClient.invalidateQueries({ queryKey }),
      ),
    );
  };
}

/**
 * "Việc của tôi": what the signed-in officer or leader must do for their unit, most urgent
 * first, each item with its one next action in place: the top item is one click from
 * signing in (acknowledged here, or its report form opened).
 */
export function MyWorkPage() {
  const { t } = useI18n();
  const user = useUser();
  const work = useMyWork();
  const [done, setDone] = useState('');
  if (work.isPending) return <Loading />;
  if (!work.data) return <ErrorNote error={work.error} />;
  const { total, buckets, approvals } = work.data;
  return (
    <>
      <h1>{t('mywork.title')}</h1>
      <p className="sr-only" role="status">
        {done}
      </p>
      {total === 0 && approvals.count === 0 ? (
        <section className="card empty-state" data-testid="my-work-empty">
          <h2>{t('mywork.empty.title')}</h2>
          <p>{t(user.role === 'leader' ? 'mywork.empty.body' : 'mywork.empty.bodyOfficer')}</p>
          <Link to="/directives">{t('mywork.empty.link')}</Link>
        </section>
      ) : (
        total > 0 && (
          <p className="lead" data-testid="my-work-total">
            {t('mywork.summary', { count: total })}
          </p>
        )
      )}
      {approvals.count > 0 && <ApprovalsSection approvals={approvals} onDone={setDone} />}
      {buckets
        .filter((b) => b.count > 0)
        .map((b) => (
          <BucketSection key={b.bucket} bucket={b} onDone={setDone} />
        ))}
    </>
  );
}

/** The approval bucket: drafts submitted to me, approved, returned or rejected in place (decision 74). */
function ApprovalsSection({ approvals, onDone }: { approvals: Work['approvals']; onDone: (text: string) => void }) {
  const { t } = useI18n();
  return (
    <section className="card work-bucket work-approval" aria-labelledby="bucket-approval">
      <h2 id="bucket-approval">
        {t('mywork.bucket.approval')} <span className="work-count">{approvals.count}</span>
      </h2>
      <ul className="work-items" data-testid="work-approval">
        {approvals.items.map((draft) => (
          <li key={draft.id} className="work-item" data-testid="work-item">
            <div className="work-text">
              <Link to={`/drafts/${draft.id}`} className="work-title">
                {draft.title}
              </Link>
              <div className="line-meta">
                {draft.documentNumber} · {t('mywork.from.drafter', { by: draft.createdBy })}
              </div>
              {draft.submittedAt && (
                <div className="line-meta work-due">
                  {t('mywork.submitted', { date: fmtDateTime(draft.submittedAt) })}
                </div>
              )}
            </div>
            <DecisionActions draft={draft} onDone={onDone} />
          </li>
        ))}
      </ul>
      {approvals.count > approvals.items.length && (
        <Link to="/drafts">{t('mywork.more', { count: approvals.count })}</Link>
      )}
    </section>
  );
}

function BucketSection({ bucket, onDone }: { bucket: Work['buckets'][number]; onDone: (text: string) => void }) {
  const { t } = useI18n();
  const [all, setAll] = useState(false);
  const more = useQuery({
    queryKey: ['my-work', 'bucket', bucket.bucket],
    enabled: all,
    queryFn: () => get('/me/work', { query: { bucket: bucket.bucket, limit: 100 } }),
  });
  const items = (all && more.data?.buckets.find((b) => b.bucket === bucket.bucket)?.items) || bucket.items;
  const headingId = `bucket-${bucket.bucket}`;
  return (
    <section className={`card work-bucket work-${bucket.bucket}`} aria-labelledby={headingId}>
      <h2 id={headingId}>
        {t(`mywork.bucket.${bucket.bucket}` as MessageKey)} <span className="work-count">{bucket.count}</span>
      </h2>
      <ul className="work-items" data-testid={`work-${bucket.bucket}`}>
        {items.map((item) => (
          <WorkItem key={`${item.action}-${item.task.id}-${item.explanation?.id ?? ''}`} item={item} onDone={onDone} />
        ))}
      </ul>
      {bucket.count > items.length && (
        <button type="button" className="link" onClick={() => setAll(true)} disabled={all && more.isPending}>
          {t('mywork.more', { count: bucket.count })}
        </button>
      )}
    </section>
  );
}

function WorkItem({ item, onDone }: { item: Item; onDone: (text: string) => void }) {
  const { t, tx } = useI18n();
  const { task, directive, counterpart } = item;
  const unit = <Vi>{counterpart.name}</Vi>;
  const from =
    item.action === 'review'
      ? tx('mywork.from.reporting', { unit })
      : item.action === 'answer_explanation'
        ? tx('mywork.from.asking', { unit })
        : tx('mywork.from.assigning', { unit });
  return (
    <li className="work-item" data-testid="work-item">
      <div className="work-text">
        <Link to={`/tasks/${task.id}`} className="work-title" lang="vi">
          {task.title}
        </Link>
        <div className="line-meta">
          {directive.documentNumber} <SecretMark confidentiality={directive.confidentiality} />
          {directive.urgency === 'urgent' && <span className="mark-urgent">{t('directive.urgent')}</span>} · {from}
        </div>
        <div className="line-meta work-due">{t('mywork.due', { date: fmtDateTime(item.dueAt) })}</div>
        {item.explanation && (
          <p className="work-note" lang="vi">
            {item.explanation.note}
          </p>
        )}
      </div>
      <NextAction item={item} onDone={onDone} />
    </li>
  );
}

/** The item's one next action: done in place (acknowledge, explain) or its form opened (report, review). */
function NextAction({ item, onDone }: { item: Item; onDone: (text: string) => void }) {
  const { t } = useI18n();
  const refresh = useRefresh();
  const acknowledge = useMutation({
    mutationFn: () => post('/tasks/{id}/acknowledge', { path: { id: item.task.id } }),
    onSuccess: async () => {
      onDone(t('mywork.acknowledged', { title: item.task.title }));
      await refresh(item.task.id);
    },
  });
  // An answer begun before (a reload, an ended session) opens its form again with the draft.
  const drafted = useHasDraft(item.explanation ? `explanation:${item.explanation.id}` : null);
  const [explaining, setExplaining] = useState(drafted);
  switch (item.action) {
    case 'acknowledge':
      return (
        <div className="work-action">
          <button
            type="button"
            className="primary"
            onClick={() => acknowledge.mutate()}
            disabled={acknowledge.isPending}
          >
            {t('mywork.action.acknowledge')}
          </button>
          <ErrorNote error={acknowledge.error} />
        </div>
      );
    case 'report':
    case 'answer_round':
      return (
        <div className="work-action">
          <Link to={`/tasks/${item.task.id}#report`} className="button primary">
            {item.task.phase === 'revising'
              ? t('mywork.action.revise')
              : t(`mywork.action.${item.action}` as MessageKey)}
          </Link>
        </div>
      );
    case 'review':
      return (
        <div className="work-action">
          <Link to={`/tasks/${item.task.id}`} className="button primary">
            {t('mywork.action.review')}
          </Link>
        </div>
      );
    case 'answer_explanation':
      return (
        <div className="work-action">
          {explaining && item.explanation ? (
            <>
              <ExplanationForm
                explanationId={item.explanation.id}
                onSent={async () => {
                  onDone(t('mywork.explain.sent'));
                  await refresh(item.task.id);
                }}
              />
              {/* The evidence travels with the answer: the answering unit attaches it here. */}
              <Attachments owner="explanations" id={item.explanation.id} canChange compact />
            </>
          ) : (
            <button type="button" className="primary" onClick={() => setExplaining(true)}>
              {t('mywork.action.answer_explanation')}
            </button>
          )}
        </div>
      );
  }
}

function ExplanationForm({ explanationId, onSent }: { explanationId: string; onSent: () => Promise<void> }) {
  const { t, lang } = useI18n();
  const reasons = useQuery({
    queryKey: ['explanation-reasons'],
    staleTime: Infinity,
    queryFn: () => get('/explanations/reasons'),
  });
  // Kept in this browser until sent: a reload or an ended session loses nothing typed.
  const draft = useDraftForm(`explanation:${explanationId}`, { reason: '', answer: '' });
  const { reason, answer } = draft.value;
  const setReason = (next: string) => draft.set({ reason: next });
  const setAnswer = (next: string) => draft.set({ answer: next });
  const send = useMutation({
    mutationFn: async () => {
      const sent = await post('/explanations/{id}/answer', {
        path: { id: explanationId },
        body: { reasonCategory: reason as ReasonCode, answer },
      });
      draft.forget();
      return sent;
    },
    onSuccess: onSent,
  });
  const fieldError = useFieldError(send.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    send.mutate();
  };
  return (
    <form onSubmit={submit} noValidate className="work-form">
      {draft.note}
      <Field label={t('mywork.explain.reason')} error={fieldError('reasonCategory')}>
        {(id, d) => (
          // Mounted again once the reasons arrive: a restored draft's reason then has its option.
          <select
            key={reasons.data ? 'loaded' : 'loading'}
            id={id}
            aria-describedby={d}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          >
            <option value="">{t('mywork.explain.choose')}</option>
            {(reasons.data ?? []).map((r) => (
              <option key={r.code} value={r.code}>
                {lang === 'en' ? r.label.en : r.label.vi}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('mywork.explain.answer')} error={fieldError('answer')}>
        {(id, d) => (
          <textarea id={id} aria-describedby={d} rows={3} value={answer} onChange={(e) => setAnswer(e.target.value)} />
        )}
      </Field>
      {!fieldError('reasonCategory') && !fieldError('answer') && <ErrorNote error={send.error} />}
      <button type="submit" className="primary" disabled={send.isPending}>
        {t('mywork.explain.send')}
      </button>
    </form>
  );
}
