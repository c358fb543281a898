import { Link, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { get } from '../api/client';
import type { TaskDetail } from '../api/types';
import { useUser } from '../auth';
import { BucketBadge, ErrorNote, Loading, ProgressBar, SecretMark } from '../components/ui';
import { useFmtDay, useI18n, Vi, type MessageKey } from '../i18n';
import { AssigningSideActions, LeadSideActions } from './TaskActions';
import { LeaderTaskActions, useLeadsOver } from './LeaderActions';
import { TaskTimeline } from './TaskTimeline';
import { formatVietnameseNumber } from '../lib/number';
import { DaysLeft, DeadlineHistory, DelegationTree, Requirement } from './TaskFacts';
import { Attachments } from '../components/Attachments';
import { LeadUnit } from '../components/LeadUnit';

export function TaskPage() {
  const { id = '' } = useParams(); // the route always has it
  const { t } = useI18n();
  const day = useFmtDay();
  const user = useUser();
  const leadsOver = useLeadsOver(user);
  const task = useQuery({
    queryKey: ['task', id],
    queryFn: () => get('/tasks/{id}', { path: { id } }),
    refetchInterval: 10_000,
  });
  const directiveId = task.data?.directive.id;
  const directive = useQuery({
    queryKey: ['directive', directiveId],
    enabled: !!directiveId,
    queryFn: () => get('/directives/{id}', { path: { id: directiveId ?? '' } }),
  });
  if (task.isPending) return <Loading />;
  if (!task.data) return <ErrorNote error={task.error} />;
  const tk = task.data;
  const indicators = tk.indicators;
  const isLead = user.unitId === tk.leadUnit.id;
  return (
    <>
      <p className="crumbs">
        <Link to={`/directives/${tk.directive.id}`}>{tk.directive.documentNumber}</Link>{' '}
        {directive.data && <SecretMark confidentiality={directive.data.confidentiality} />} ·{' '}
        <Vi>{tk.directive.title}</Vi>
      </p>
      <h1 lang="vi">{tk.title}</h1>
      <dl className="facts">
        <dt>{t('common.bucket')}</dt>
        <dd>
          <BucketBadge bucket={tk.bucket} />
        </dd>
        <dt>{t('task.phase')}</dt>
        <dd data-testid="task-phase">{t(`phase.${tk.phase}` as MessageKey)}</dd>
        <dt>{t('task.lead')}</dt>
        <dd data-testid="task-lead">
          <LeadUnit unit={tk.leadUnit} />
        </dd>
        <dt>{t('task.coordinating')}</dt>
        <dd data-testid="task-coordinating">
          {tk.coordinatingUnits.length === 0 ? (
            t('common.none')
          ) : (
            <ul className="plain">
              {tk.coordinatingUnits.map((u) => (
                <li key={u.id} lang="vi">
                  {u.name}
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>{t('task.assigning')}</dt>
        <dd lang="vi">{tk.assigningUnit.name}</dd>
        <dt>{t('task.deadline')}</dt>
        <dd data-testid="task-deadline">
          {day(tk.deadline, true)} <DaysLeft n={tk.workingDaysLeft} />
          {tk.originalDeadline !== tk.deadline && ` (${t('task.originalDeadline')}: ${day(tk.originalDeadline)})`}
        </dd>
        {tk.revisionDeadline && (
          <>
            <dt>{t('task.revisionDeadline')}</dt>
            <dd>{day(tk.revisionDeadline, true)}</dd>
          </>
        )}
        {tk.reviewDeadline && tk.phase === 'under_review' && (
          <>
            <dt>{t('task.reviewDeadline')}</dt>
            <dd>{day(tk.reviewDeadline, true)}</dd>
          </>
        )}
      </dl>
      {tk.progress && tk.progress.subtasks.total > 0 && (
        <ProgressBar ratio={tk.progress.ratio} label={t('task.progress')} />
      )}
      <Requirement task={tk} />
      {/* Each side sees its own actions only: the lead unit's users (auditors read), the assigning side's. */}
      {isLead
        ? user.role !== 'auditor' && <LeadSideActions task={tk} indicators={indicators} />
        : leadsOver(tk.assigningUnit.id) && <AssigningSideActions task={tk} />}
      {!isLead && leadsOver(tk.assigningUnit.id) && <LeaderTaskActions task={tk} />}
      <Reports
        task={tk}
        canAttach={(user.role === 'officer' || user.role === 'leader') && isLead}
        canAttachToReturn={(user.role === 'officer' || user.role === 'leader') && leadsOver(tk.assigningUnit.id)}
      />
      <Attachments
        owner="tasks"
        id={tk.id}
        // The lead unit's people and the assigning side add and remove files, as the API decides.
        canChange={(user.role === 'officer' || user.role === 'leader') && (isLead || leadsOver(tk.assigningUnit.id))}
      />
      {tk.extensions.length > 0 && (
        <section className="card">
          <h2>{t('task.extensions')}</h2>
          <ul className="lines">
            {tk.extensions.map((e) => (
              <li key={e.id}>
                {t('extension.line', {
                  date: day(e.requestedDeadline, true),
                  status: t(`extension.${e.status}` as MessageKey),
                })}{' '}
                — {e.reason}
                {e.decisionComment && (
                  <div className="line-meta" lang="vi">
                    {e.decisionComment}
                  </div>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <DeadlineHistory task={tk} />
      <DelegationTree task={tk} />
      <TaskTimeline taskId={tk.id} />
    </>
  );
}

/** The reports, newest version last, each with its evidence files (the reporting unit adds and removes them). */
function Reports({
  task,
  canAttach,
  canAttachToReturn,
}: {
  task: TaskDetail;
  canAttach: boolean;
  /** The reviewing side: files sent with a return (decision 75, "Drafts and returns as owners"). */
  canAttachToReturn: boolean;
}) {
  const { t } = useI18n();
  const day = useFmtDay();
  if (task.reports.length === 0) return null;
  return (
    <section className="card">
      <h2>{t('task.reports')}</h2>
      <ol className="reports">
        {task.reports.map((r) => (
          <li key={r.id} data-testid={`report-${r.version}`}>
            <div className="line-meta">
              {t('report.version', { n: r.version })} · <span translate="no">{r.submittedBy}</span> ·{' '}
              {day(r.submittedAt, true)}
              {r.late && <span className="badge bucket-open_overdue">{t('report.late')}</span>}
              {r.reviewOutcome && (
                <span className={`badge outcome-${r.reviewOutcome}`}>
                  {t(`report.${r.reviewOutcome}` as MessageKey)}
                </span>
              )}
            </div>
            <p className="report-text" lang="vi">
              {r.text}
            </p>
            {r.indicatorValues.length > 0 && (
              <ul>
                {r.indicatorValues.map((v) => (
                  <li key={v.name}>
                    <Vi>{v.name}</Vi>: <strong>{formatVietnameseNumber(v.value)}</strong>
                  </li>
                ))}
              </ul>
            )}
            {r.reviewComment && (
              <p className="comment">
                {t('report.comment')}: {r.reviewComment}
              </p>
            )}
            <Attachments owner="reports" id={r.id} canChange={canAttach} compact />
            {r.reviewOutcome === 'returned' && (
              <Attachments
                owner="reviews"
                id={r.id}
                canChange={canAttachToReturn}
                compact
                title="attachments.returnTitle"
              />
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
