import { lazy, Suspense, useMemo } from 'react';
import { Link } from 'react-router';
import { useQueries, useQuery } from '@tanstack/react-query';
import { get } from '../api/client';
import { BUCKETS, type TaskListItem } from '../api/types';
import { BucketBadge, ErrorNote, Loading } from '../components/ui';
import { useUser } from '../auth';
import { fmtDate, fmtDateTime, todayVn, useI18n, Vi, type MessageKey } from '../i18n';
import { noticeText } from '../lib/api-message';

// Recharts is the heaviest library here: it loads with the chart, not with the app.
const OverdueChart = lazy(() => import('../components/OverdueChart'));
const DUE_SOON_WORKING_DAYS = 3;

// The overview counts the tasks of the reader's unit and every unit below it (GET /tasks
// is the reader's own unit unless asked for the subtree): what a leader follows up.
export function OverviewPage() {
  const { t } = useI18n();
  const counts = useQueries({
    queries: BUCKETS.map((bucket) => ({
      queryKey: ['tasks', 'count', bucket],
      queryFn: () => get('/tasks', { query: { bucket, subtree: true, limit: 1 } }),
    })),
  });
  const change = useWeekChange();
  return (
    <>
      <h1>{t('overview.title')}</h1>
      <section className="tiles" aria-label={t('overview.buckets')}>
        {BUCKETS.map((bucket, i) => (
          <Link
            key={bucket}
            to={`/directives?bucket=${bucket}`}
            className={`tile bucket-${bucket}`}
            data-testid={`tile-${bucket}`}
          >
            <span className="tile-count">{counts[i].data?.total ?? '…'}</span>
            <span className="tile-label">{t(`bucket.${bucket}` as MessageKey)}</span>
            <WeekChange change={change.data?.[bucket]} />
          </Link>
        ))}
      </section>
      <div className="grid-2">
        <OverdueByUnit />
        <DueSoon />
        <WaitingForReview />
        <Escalations />
      </div>
    </>
  );
}

const FIELD = {
  open_within_deadline: 'openWithinDeadline',
  open_overdue: 'openOverdue',
  completed_on_time: 'completedOnTime',
  completed_late: 'completedLate',
} as const;

/**
 * The change of each bucket since a week ago, from the statistics API: the same table
 * (every task assigned so far, the reader's unit and below) now and rebuilt `asOf` seven
 * days ago from the audit log, so both figures count by the same rules.
 */
function useWeekChange() {
  return useQuery({
    queryKey: ['stats', 'week-change', todayVn()],
    staleTime: 300_000,
    queryFn: async () => {
      const query = { from: '2000-01-01', to: todayVn() };
      const weekAgo = new Date(Date.now() - 7 * 86_400_000).toISOString();
      const [now, before] = await Promise.all([
        get('/stats/completion', { query }),
        get('/stats/completion', { query: { ...query, asOf: weekAgo } }),
      ]);
      return Object.fromEntries(BUCKETS.map((b) => [b, now.total[FIELD[b]] - before.total[FIELD[b]]])) as Record<
        (typeof BUCKETS)[number],
        number
      >;
    },
  });
}

function WeekChange({ change }: { change: number | undefined }) {
  const { t } = useI18n();
  if (change === undefined) return null;
  return (
    <span className="tile-change" data-testid="week-change">
      {change === 0
        ? t('overview.noChange')
        : t('overview.change', { sign: change > 0 ? '+' : '−', count: Math.abs(change) })}
    </span>
  );
}

function OverdueByUnit() {
  const { t } = useI18n();
  const user = useUser();
  const leads = user.role === 'leader' || user.role === 'admin';
  const overdue = useQuery({
    queryKey: ['tasks', 'list', 'open_overdue'],
    queryFn: () => get('/tasks', { query: { bucket: 'open_overdue', subtree: true, limit: 500 } }),
  });
  const rows = useMemo(() => {
    const byUnit = new Map<string, { id: string; name: string; count: number }>();
    for (const task of overdue.data?.items ?? []) {
      const row = byUnit.get(task.leadUnit.id) ?? { id: task.leadUnit.id, name: task.leadUnit.name, count: 0 };
      row.count += 1;
      byUnit.set(task.leadUnit.id, row);
    }
    return [...byUnit.values()].sort((a, b) => b.count - a.count);
  }, [overdue.data]);
  return (
    <section className="card">
      <h2>{t('overview.overdueByUnit')}</h2>
      {leads && rows.length > 0 && (
        <p>
          <Link to="/stats/overdue" data-testid="act-on-overdue">
            {t('leader.actOnOverdue')}
          </Link>
        </p>
      )}
      <ErrorNote error={overdue.error} />
      {overdue.isPending ? (
        <Loading />
      ) : rows.length === 0 ? (
        <p className="muted">{t('overview.noOverdue')}</p>
      ) : (
        <>
          <Suspense fallback={<Loading />}>
            <OverdueChart rows={rows.slice(0, 10)} label={t('overview.overdueCount')} />
          </Suspense>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('common.unit')}</th>
                <th scope="col">{t('overview.overdueCount')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <td>
                    <Link to={`/directives?bucket=open_overdue&unitId=${row.id}`}>{row.name}</Link>
                  </td>
                  <td className="num">{row.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

function DueSoon() {
  const { t } = useI18n();
  const cutoff = useQuery({
    queryKey: ['calendar', 'working-days', todayVn(), DUE_SOON_WORKING_DAYS],
    queryFn: () => get('/calendar/working-days', { query: { from: todayVn(), days: DUE_SOON_WORKING_DAYS } }),
    staleTime: 3_600_000,
  });
  const open = useQuery({
    queryKey: ['tasks', 'list', 'open_within_deadline'],
    queryFn: () => get('/tasks', { query: { bucket: 'open_within_deadline', subtree: true, limit: 500 } }),
  });
  const soon = (open.data?.items ?? [])
    .filter((task) => cutoff.data && task.deadline.slice(0, 10) <= cutoff.data.date)
    .sort((a, b) => a.deadline.localeCompare(b.deadline));
  return (
    <section className="card">
      <h2>{t('overview.dueSoon', { days: DUE_SOON_WORKING_DAYS })}</h2>
      <ErrorNote error={open.error ?? cutoff.error} />
      {open.isPending ? <Loading /> : <TaskLines tasks={soon} empty={t('overview.noneDueSoon')} />}
    </section>
  );
}

export function TaskLines({
  tasks,
  empty,
}: {
  // A sub-task's deadline can be unset (it follows its parent's): shown as "—".
  tasks: (Pick<TaskListItem, 'id' | 'title' | 'bucket' | 'leadUnit'> & { deadline: string | null })[];
  empty: string;
}) {
  if (tasks.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="lines">
      {tasks.slice(0, 20).map((task) => (
        <li key={task.id}>
          <Link to={`/tasks/${task.id}`} lang="vi">
            {task.title}
          </Link>
          <div className="line-meta">
            <BucketBadge bucket={task.bucket} /> <Vi>{task.leadUnit.name}</Vi> · {fmtDate(task.deadline)}
          </div>
        </li>
      ))}
    </ul>
  );
}

function useNotices() {
  return useQuery({
    queryKey: ['notifications', 'list', 'overview'],
    queryFn: () => get('/notifications', { query: { limit: 200 } }),
  });
}

function WaitingForReview() {
  const { t } = useI18n();
  const notices = useNotices();
  const taskIds = [
    ...new Set(
      (notices.data?.items ?? []).filter((n) => n.kind === 'report_submitted' && n.taskId).map((n) => n.taskId!),
    ),
  ].slice(0, 20);
  const tasks = useQueries({
    queries: taskIds.map((id) => ({ queryKey: ['task', id], queryFn: () => get('/tasks/{id}', { path: { id } }) })),
  });
  const waiting = tasks.flatMap((q) => (q.data && q.data.phase === 'under_review' ? [q.data] : []));
  return (
    <section className="card">
      <h2>{t('overview.waitingReview')}</h2>
      {notices.isPending ? <Loading /> : <TaskLines tasks={waiting} empty={t('overview.noneWaiting')} />}
    </section>
  );
}

function Escalations() {
  const { t, lang } = useI18n();
  const notices = useNotices();
  const escalations = (notices.data?.items ?? []).filter((n) => n.kind === 'escalation').slice(0, 10);
  return (
    <section className="card">
      <h2>{t('overview.escalations')}</h2>
      {notices.isPending ? (
        <Loading />
      ) : escalations.length === 0 ? (
        <p className="muted">{t('overview.noEscalations')}</p>
      ) : (
        <ul className="lines">
          {escalations.map((n) => (
            <li key={n.id} data-names>
              {n.taskId ? (
                <Link to={`/tasks/${n.taskId}`}>{noticeText(n.title, lang)}</Link>
              ) : (
                noticeText(n.title, lang)
              )}
              <div className="line-meta">{fmtDateTime(n.createdAt)}</div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
