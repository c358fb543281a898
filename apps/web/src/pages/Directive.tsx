import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { get, post } from '../api/client';
import type { DirectiveTask } from '../api/types';
import { BucketBadge, ErrorNote, Field, Loading, ProgressBar, SecretMark, useFieldError } from '../components/ui';
import { fmtDate, fmtDateTime, hasMessage, useI18n, Vi, type MessageKey } from '../i18n';
import { BucketPills } from './Directives';
import { ExportButtons } from '../components/ExportButtons';
import { HistoryList } from '../components/History';
import { formatVietnameseNumber } from '../lib/number';
import { useUser } from '../auth';
import { useLeadsOver } from './LeaderActions';
import { Attachments } from '../components/Attachments';
import { LeadUnit } from '../components/LeadUnit';

export function DirectivePage() {
  const { id = '' } = useParams(); // the route always has it
  const { t } = useI18n();
  // Cancelling is the issuing side's (auditors excepted), as the API decides.
  const user = useUser();
  const issuingSide = useLeadsOver(user);
  const directive = useQuery({
    queryKey: ['directive', id],
    queryFn: () => get('/directives/{id}', { path: { id } }),
    // While the tasks are still being assigned, the page follows along.
    refetchInterval: (query) => {
      const a = query.state.data?.assignment;
      return a && a.started < a.total ? 2_000 : false;
    },
  });
  const d = directive.data;
  const children = useMemo(() => {
    const map = new Map<string | null, DirectiveTask[]>();
    for (const task of d?.tasks ?? []) map.set(task.parentTaskId, [...(map.get(task.parentTaskId) ?? []), task]);
    return map;
  }, [d]);
  if (directive.isPending) return <Loading />;
  if (!d) return <ErrorNote error={directive.error} />;
  // A large directive's tasks start their follow-up one by one: a bar, not a half-live tree.
  const assigning =
    d.status === 'active' && d.assignment && d.assignment.started < d.assignment.total ? d.assignment : null;
  return (
    <>
      <p className="crumbs">
        <Link to="/directives">{t('directives.title')}</Link>
      </p>
      <h1>
        {d.documentNumber} <SecretMark confidentiality={d.confidentiality} />
        {d.urgency === 'urgent' && <span className="mark-urgent">{t('directive.urgent')}</span>}
      </h1>
      <p className="lead" lang="vi">
        {d.title}
      </p>
      <dl className="facts">
        <dt>{t('directive.type')}</dt>
        {/* The type's name in the reader's language; a type the catalogues lack, by the API's (Vietnamese) name. */}
        <dd>{hasMessage(`docType.${d.type}`) ? t(`docType.${d.type}` as MessageKey) : <Vi>{d.typeName}</Vi>}</dd>
        <dt>{t('directive.issuer')}</dt>
        <dd lang="vi">{d.issuingUnit.name}</dd>
        <dt>{t('directive.issueDate')}</dt>
        <dd>{fmtDate(d.issueDate)}</dd>
        <dt>{t('common.status')}</dt>
        <dd>{t(`directiveStatus.${d.status}` as MessageKey)}</dd>
        <dt>{t('directive.recorded')}</dt>
        <dd>
          {fmtDateTime(d.acceptedAt)} · <span translate="no">{d.createdBy}</span>
        </dd>
        <dt>{t('directive.progress')}</dt>
        <dd>
          <BucketPills counts={d.progress} />
        </dd>
      </dl>
      {d.summary && <p className="summary">{d.summary}</p>}
      {d.cancelReason && (
        <p className="error-note">
          {t('directive.cancelled')}: {d.cancelReason}
        </p>
      )}
      <section>
        <h2>{t('directive.tasks', { count: formatVietnameseNumber(d.taskCount) })}</h2>
        <p>
          <Link to={`/tasks?directiveId=${d.id}`}>{t('directive.taskList')}</Link>
        </p>
        {assigning ? (
          <div data-testid="assigning">
            <p>{t('directive.assigning', { assigned: assigning.started, total: assigning.total })}</p>
            <ProgressBar ratio={assigning.started / assigning.total} label={t('directive.assigningLabel')} />
          </div>
        ) : d.tasks.length < d.taskCount ? (
          <TaskPages directiveId={d.id} total={d.taskCount} />
        ) : (
          <ul className="task-tree" data-testid="task-tree">
            {(children.get(null) ?? []).map((task) => (
              <TaskNode key={task.id} task={task} tree={children} />
            ))}
          </ul>
        )}
      </section>
      <Attachments
        owner="directives"
        id={d.id}
        canChange={(user.role === 'officer' || user.role === 'leader') && issuingSide(d.issuingUnit.id)}
      />
      {d.status === 'active' && issuingSide(d.issuingUnit.id) && <CancelDirective id={d.id} />}
      <HistoryList
        of={{ entity: 'directives', id: d.id }}
        title={t('history.directive')}
        actions={<ExportButtons path={`/directives/${d.id}/history`} query={{}} fileName="lich-su-van-ban" print />}
      />
    </>
  );
}

function TaskNode({ task, tree }: { task: DirectiveTask; tree: Map<string | null, DirectiveTask[]> }) {
  const { t } = useI18n();
  const below = tree.get(task.id) ?? [];
  return (
    <li className={`task-node bucket-edge-${task.bucket}`}>
      <div className="task-head">
        <Link to={`/tasks/${task.id}`} lang="vi">
          {task.title}
        </Link>
        <BucketBadge bucket={task.bucket} />
      </div>
      <div className="line-meta">
        {t('task.lead')}: <LeadUnit unit={task.leadUnit} />
        {task.coordinatingUnits.length > 0 && (
          <>
            {' · '}
            {t('task.coordinating')}: <Vi>{task.coordinatingUnits.map((u) => u.name).join(', ')}</Vi>
          </>
        )}
        {' · '}
        {t('task.deadline')}: {fmtDate(task.deadline)}
        {task.originalDeadline !== task.deadline &&
          ` (${t('task.originalDeadline')}: ${fmtDate(task.originalDeadline)})`}
      </div>
      {task.progress.subtasks.total > 0 && <ProgressBar ratio={task.progress.ratio} label={t('task.progress')} />}
      {below.length > 0 && (
        <ul>
          {below.map((sub) => (
            <TaskNode key={sub.id} task={sub} tree={tree} />
          ))}
        </ul>
      )}
    </li>
  );
}

function CancelDirective({ id }: { id: string }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const cancel = useMutation({
    mutationFn: () => post('/directives/{id}/cancel', { path: { id }, body: { reason } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['directive', id] }),
  });
  const fieldError = useFieldError(cancel.error);
  if (!open)
    return (
      <button type="button" className="danger" onClick={() => setOpen(true)}>
        {t('directive.cancel')}
      </button>
    );
  return (
    <form
      className="card"
      onSubmit={(e) => {
        e.preventDefault();
        cancel.mutate();
      }}
    >
      <Field label={t('directive.cancelReason')} error={fieldError('reason')}>
        {(fid, described) => (
          <textarea id={fid} aria-describedby={described} value={reason} onChange={(e) => setReason(e.target.value)} />
        )}
      </Field>
      {!fieldError('reason') && <ErrorNote error={cancel.error} />}
      <button type="submit" className="danger" disabled={cancel.isPending}>
        {t('directive.cancel')}
      </button>
    </form>
  );
}

/**
 * A directive with more tasks than its view carries (an expansion to every commune): the
 * tasks as pages of the task list, by deadline, instead of a tree of thousands.
 */
function TaskPages({ directiveId, total }: { directiveId: string; total: number }) {
  const { t } = useI18n();
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const after = cursors[cursors.length - 1];
  const page = useQuery({
    queryKey: ['tasks', 'directive', directiveId, after],
    queryFn: () => get('/tasks', { query: { directiveId, subtree: true, role: 'lead', limit: 100, after } }),
  });
  return (
    <div data-testid="task-pages">
      <p>{t('directive.taskPages', { total: formatVietnameseNumber(total) })}</p>
      {page.isPending ? (
        <Loading />
      ) : !page.data ? (
        <ErrorNote error={page.error} />
      ) : (
        <ul className="task-tree">
          {page.data.items.map((task) => (
            <li key={task.id} className={`task-node bucket-edge-${task.bucket}`}>
              <div className="task-head">
                <Link to={`/tasks/${task.id}`} lang="vi">
                  {task.title}
                </Link>
                <BucketBadge bucket={task.bucket} />
              </div>
              <div className="line-meta">
                {t('task.lead')}: <LeadUnit unit={task.leadUnit} /> · {t('task.deadline')}: {fmtDate(task.deadline)}
              </div>
            </li>
          ))}
        </ul>
      )}
      <nav className="pager" aria-label={t('common.pages')}>
        <button type="button" disabled={cursors.length < 2} onClick={() => setCursors(cursors.slice(0, -1))}>
          {t('common.previous')}
        </button>
        <button
          type="button"
          disabled={!page.data?.nextCursor}
          onClick={() => page.data?.nextCursor && setCursors([...cursors, page.data.nextCursor])}
        >
          {t('common.next')}
        </button>
      </nav>
    </div>
  );
}
