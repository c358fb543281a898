import { Link, Route, Routes, useParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Attachments } from '../components/Attachments';
import { DecisionActions } from '../components/DraftDecision';
import { get, post } from '../api/client';
import type { Schema } from '../api/operations';
import { useUser } from '../auth';
import { ForRole } from '../components/NotForRole';
import { ErrorNote, Loading } from '../components/ui';
import { fmtDateTime, Person, useFmtDay, useI18n, Vi, type MessageKey } from '../i18n';
import { draftChanges, type ChangeValue, type ComparedBody } from '../lib/draft-changes';
import { mayDraft } from '../lib/roles';
import { DirectiveForm } from './NewDirective';

type Draft = Schema<'DraftDto'>;
type DraftSummary = Schema<'DraftSummaryDto'>;

/** "Dự thảo": drafts of directives on their way to a leader's approval (decision 74). */
export default function DraftsSection() {
  return (
    <Routes>
      <Route index element={<DraftsPage />} />
      <Route
        path="new"
        element={
          <ForRole allowed={mayDraft}>
            <DirectiveForm mode="draft" />
          </ForRole>
        }
      />
      <Route path=":id" element={<DraftPage />} />
    </Routes>
  );
}

function DraftsPage() {
  const { t } = useI18n();
  const user = useUser();
  const mine = useQuery({ queryKey: ['drafts', 'unit'], queryFn: () => get('/drafts', { query: { limit: 100 } }) });
  const awaiting = useQuery({
    queryKey: ['drafts', 'awaiting'],
    enabled: user.role === 'leader',
    queryFn: () => get('/drafts', { query: { awaitingMe: true, limit: 100 } }),
  });
  return (
    <>
      <h1>{t('drafts.title')}</h1>
      {mayDraft(user.role) && (
        <p>
          <Link to="/drafts/new" className="button primary">
            {t('drafts.new')}
          </Link>
        </p>
      )}
      {(awaiting.data?.items.length ?? 0) > 0 && (
        <section className="card" aria-labelledby="drafts-awaiting">
          <h2 id="drafts-awaiting">{t('drafts.awaitingMe')}</h2>
          <DraftList items={awaiting.data!.items} />
        </section>
      )}
      <section className="card" aria-labelledby="drafts-unit">
        <h2 id="drafts-unit">{t('drafts.ofMyUnit')}</h2>
        {mine.isPending ? (
          <Loading />
        ) : mine.data?.items.length ? (
          <DraftList items={mine.data.items} />
        ) : (
          <>
            <ErrorNote error={mine.error} />
            <p>{t('drafts.none')}</p>
          </>
        )}
      </section>
    </>
  );
}

function DraftList({ items }: { items: DraftSummary[] }) {
  return (
    <ul className="work-items" data-testid="draft-list">
      {items.map((d) => (
        <li key={d.id} className="work-item">
          <div className="work-text">
            <Link to={`/drafts/${d.id}`} className="work-title" lang="vi">
              {d.title}
            </Link>
            <div className="line-meta">
              {d.documentNumber} · <DraftStatus status={d.status} /> · {fmtDateTime(d.updatedAt)}
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}

function DraftStatus({ status }: { status: Draft['status'] }) {
  const { t } = useI18n();
  return (
    <span className={`badge draft-${status}`} data-testid="draft-status">
      {t(`drafts.status.${status}` as MessageKey)}
    </span>
  );
}

function DraftPage() {
  const { t } = useI18n();
  const { id } = useParams();
  const user = useUser();
  const queryClient = useQueryClient();
  const draft = useQuery({ queryKey: ['drafts', id], queryFn: () => get('/drafts/{id}', { path: { id: id! } }) });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['drafts'] });
  const submit = useMutation({
    mutationFn: () => post('/drafts/{id}/submit', { path: { id: id! }, body: {} }),
    onSuccess: refresh,
  });
  if (draft.isPending) return <Loading />;
  if (!draft.data) return <ErrorNote error={draft.error} />;
  const d = draft.data;
  const editable = d.kind === 'directive' && d.status === 'draft' && d.unitId === user.unitId && mayDraft(user.role);
  const resubmittable =
    d.kind === 'amendment' && d.status === 'draft' && d.unitId === user.unitId && mayDraft(user.role);
  // Its files: added and removed while it is being drafted, by its unit; they go with the directive it issues.
  const attachable = d.status === 'draft' && d.unitId === user.unitId && mayDraft(user.role);
  return (
    <>
      <h1 lang="vi">{d.title}</h1>
      <section className="card">
        <p className="line-meta">
          {d.documentNumber} · {t(`drafts.kind.${d.kind}` as MessageKey)} · <DraftStatus status={d.status} />
        </p>
        <dl className="facts">
          <dt>{t('drafts.createdBy')}</dt>
          <dd>
            <Person username={d.createdBy} />
          </dd>
          {d.approverName && (
            <>
              <dt>{t('drafts.approver')}</dt>
              <dd>
                <Vi>{d.approverName}</Vi>
              </dd>
            </>
          )}
          {d.submittedAt && (
            <>
              <dt>{t('drafts.submittedAt')}</dt>
              <dd>{fmtDateTime(d.submittedAt)}</dd>
            </>
          )}
        </dl>
        {d.rejectReason && (
          <p data-testid="draft-reject-reason">
            {t('drafts.rejectedBecause')} {d.rejectReason}
          </p>
        )}
        {d.directiveId && (
          <p>
            <Link to={`/directives/${d.directiveId}`}>{t('drafts.openDirective')}</Link>
          </p>
        )}
      </section>
      <Attachments owner="drafts" id={d.id} canChange={attachable} />
      {attachable && <p className="hint">{t('drafts.filesGoWithDirective')}</p>}
      {d.comments.length > 0 && (
        <section className="card" aria-labelledby="draft-comments">
          <h2 id="draft-comments">{t('drafts.comments')}</h2>
          <ul data-testid="draft-comments">
            {d.comments.map((c) => (
              <li key={`${c.submission}-${c.at}`}>
                <div className="line-meta">
                  {t('drafts.commentBy', { by: c.by, date: fmtDateTime(c.at), submission: c.submission })}
                </div>
                <p>{c.comments}</p>
              </li>
            ))}
          </ul>
        </section>
      )}
      {d.returnedBody && d.body && (d.status === 'draft' || d.status === 'submitted') && (
        <DraftChanges
          returned={d.returnedBody as ComparedBody}
          now={d.body as ComparedBody}
          submission={d.comments.at(-1)?.submission ?? d.submission}
        />
      )}
      {d.status === 'submitted' && d.approverId === user.id && (
        <section className="card" aria-labelledby="draft-decide">
          <h2 id="draft-decide">{t('drafts.decide')}</h2>
          <DecisionActions draft={d} onDone={refresh} />
        </section>
      )}
      {resubmittable && (
        <section className="card">
          <button type="button" className="primary" onClick={() => submit.mutate()} disabled={submit.isPending}>
            {t('drafts.submit')}
          </button>
          <ErrorNote error={submit.error} />
        </section>
      )}
      {editable && (
        <section className="card">
          <DirectiveForm mode="draft" draft={d} onSaved={() => void refresh()} key={d.version} />
          <div className="actions">
            <button
              type="button"
              className="primary"
              onClick={() => submit.mutate()}
              disabled={submit.isPending}
              data-testid="draft-submit"
            >
              {t('drafts.submit')}
            </button>
          </div>
          <ErrorNote error={submit.error} />
        </section>
      )}
    </>
  );
}

/**
 * The version the approver returned beside the draft as saved now (lib/draft-changes.ts):
 * the drafter sees what is left to do against the comments, the approver what was done.
 */
function DraftChanges({
  returned,
  now,
  submission,
}: {
  returned: ComparedBody;
  now: ComparedBody;
  submission: number;
}) {
  const { t } = useI18n();
  const day = useFmtDay();
  const changes = draftChanges(returned, now);
  const show = (value: ChangeValue | null, deadline: boolean) => {
    if (value === null) return deadline ? t('drafts.changes.noDeadline') : t('drafts.changes.empty');
    if (typeof value === 'string') return value;
    return 'date' in value ? day(value.date, true) : t('drafts.changes.workingDays', { count: value.workingDays });
  };
  return (
    <section className="card" aria-labelledby="draft-changes" data-testid="draft-changes">
      <h2 id="draft-changes">{t('drafts.changes.title')}</h2>
      <p className="muted">{t('drafts.changes.intro', { submission })}</p>
      {changes.length === 0 ? (
        <p>{t('drafts.changes.none')}</p>
      ) : (
        <ul className="changes">
          {changes.map((c, i) => {
            const deadline = c.field === 'taskDeadline' || c.field === 'taskAdded' || c.field === 'taskRemoved';
            const opaque = c.field === 'other' || c.field === 'taskOther';
            return (
              <li key={`${c.field}-${i}`} className="change" data-testid="draft-change">
                <div className="change-field">
                  {t(`drafts.changes.field.${c.field}` as MessageKey, { task: c.task ?? '' })}
                </div>
                {opaque ? (
                  <div className="change-after">{t('drafts.changes.changed')}</div>
                ) : (
                  <div className="change-sides">
                    <div className="change-before">
                      <span className="change-label">{t('drafts.changes.before')}</span>
                      {c.field === 'taskAdded' ? (
                        <span lang="vi">—</span>
                      ) : (
                        <del lang="vi">{show(c.before, deadline)}</del>
                      )}
                    </div>
                    <div className="change-after">
                      <span className="change-label">{t('drafts.changes.after')}</span>
                      {c.field === 'taskRemoved' ? (
                        <span lang="vi">—</span>
                      ) : (
                        <ins lang="vi">{show(c.after, deadline)}</ins>
                      )}
                    </div>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
