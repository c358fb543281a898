import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { get } from '../api/client';
import type { HistoryEntry, TaskDetail } from '../api/types';
import { BucketBadge } from '../components/ui';
import { Person, useFmtDay, useI18n, Vi } from '../i18n';
import { formatVietnameseNumber } from '../lib/number';
import { LeadUnit } from '../components/LeadUnit';

/** "còn N ngày làm việc" / "quá hạn N ngày làm việc", from the API's count on the business calendar. */
export function DaysLeft({ n }: { n: number | null }) {
  const { t } = useI18n();
  if (n === null) return null;
  const text =
    n > 1
      ? t('task.daysLeft', { n })
      : n === 1
        ? t('task.daysLeftOne')
        : n === 0
          ? t('task.dueToday')
          : n === -1
            ? t('task.daysLateOne')
            : t('task.daysLate', { n: -n });
  return (
    <span className={n < 0 ? 'days-left late' : 'days-left'} data-testid="days-left">
      {text}
    </span>
  );
}

/** What the lead unit must report, and the indicators with their targets (Vietnamese numbers). */
export function Requirement({ task }: { task: TaskDetail }) {
  const { t } = useI18n();
  return (
    <section className="card" data-testid="task-requirement">
      <h2>{t('task.requirement')}</h2>
      {task.description && (
        <p className="report-text" lang="vi">
          {task.description}
        </p>
      )}
      <dl className="facts">
        <dt>{t('task.reports')}</dt>
        <dd>{task.reportRequired ? t('task.reportRequired') : t('task.reportNotRequired')}</dd>
        <dt>{t('task.template')}</dt>
        <dd data-testid="report-template">{task.reportTemplate ?? t('task.noTemplate')}</dd>
      </dl>
      {task.indicators.length === 0 ? (
        <p className="muted">{t('task.noIndicators')}</p>
      ) : (
        <table className="indicators-table" data-testid="task-indicators">
          <caption className="sr-only">{t('task.indicators')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('indicator.name')}</th>
              <th scope="col">{t('indicator.target')}</th>
              <th scope="col">{t('indicator.unit')}</th>
            </tr>
          </thead>
          <tbody>
            {task.indicators.map((ind) => (
              <tr key={ind.name}>
                <td>{ind.name}</td>
                <td className="num">{ind.target === null ? '—' : formatVietnameseNumber(ind.target)}</td>
                <td>{ind.unitOfMeasure}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

type Descendant = TaskDetail['descendants'][number];

/** Expanded at first: every node when the tree is small, else only the task's own sub-tasks. */
const SMALL_TREE = 30;

/**
 * Where the task sits: the task it was delegated from, itself, and every task below it
 * (sub-tasks of sub-tasks too) with its unit, state and deadline. A nested list; a node with
 * tasks below it has a disclosure button (aria-expanded, aria-controls) that shows or hides them.
 */
export function DelegationTree({ task }: { task: TaskDetail }) {
  const { t } = useI18n();
  const day = useFmtDay();
  const below = useMemo(() => {
    const map = new Map<string, Descendant[]>();
    for (const d of task.descendants) map.set(d.parentTaskId, [...(map.get(d.parentTaskId) ?? []), d]);
    return map;
  }, [task.descendants]);
  const parents = useMemo(() => [...below.keys()].filter((id) => id !== task.id), [below, task.id]);
  const [open, setOpen] = useState<ReadonlySet<string>>(
    () => new Set(task.descendants.length <= SMALL_TREE ? parents : []),
  );
  const toggle = (id: string) =>
    setOpen((now) => {
      const next = new Set(now);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const progress = new Map(task.subtasks.map((sub) => [sub.id, sub.progress]));

  const node = (d: Descendant): React.ReactNode => {
    const children = below.get(d.id) ?? [];
    const shown = open.has(d.id);
    const listId = `tree-below-${d.id}`;
    const p = progress.get(d.id);
    return (
      <li key={d.id}>
        <Link to={`/tasks/${d.id}`} lang="vi">
          {d.title}
        </Link>
        <div className="line-meta">
          <BucketBadge bucket={d.bucket} /> <LeadUnit unit={d.leadUnit} /> · {day(d.deadline)}
          {p &&
            p.subtasks.total > 0 &&
            ` · ${t('task.below', { total: p.subtasks.total, completed: p.subtasks.completed })}`}
        </div>
        {children.length > 0 && (
          <>
            <button
              type="button"
              className="link tree-toggle"
              aria-expanded={shown}
              aria-controls={listId}
              onClick={() => toggle(d.id)}
            >
              {shown ? t('task.treeHide') : t('task.treeShow', { n: children.length })}
            </button>
            <ul className="tree lines" id={listId} hidden={!shown}>
              {children.map(node)}
            </ul>
          </>
        )}
      </li>
    );
  };

  const roots = below.get(task.id) ?? [];
  const self = (
    <li aria-current="true">
      <strong>
        {t('task.thisTask')}: <Vi>{task.title}</Vi>
      </strong>
      <div className="line-meta">
        <BucketBadge bucket={task.bucket} /> <LeadUnit unit={task.leadUnit} /> · {day(task.deadline)}
      </div>
      {roots.length === 0 ? (
        <p className="muted">{t('task.noSubtasks')}</p>
      ) : (
        <>
          <h3>{t('task.subtasks')}</h3>
          {parents.length > 0 && (
            <div className="actions">
              <button type="button" className="link tree-toggle" onClick={() => setOpen(new Set(parents))}>
                {t('task.treeExpandAll')}
              </button>
              <button type="button" className="link tree-toggle" onClick={() => setOpen(new Set())}>
                {t('task.treeCollapseAll')}
              </button>
            </div>
          )}
          <ul className="tree lines" aria-label={t('task.subtasks')}>
            {roots.map(node)}
          </ul>
          {task.descendantsTruncated && <p className="muted">{t('task.treeTruncated')}</p>}
        </>
      )}
    </li>
  );
  return (
    <section className="card" data-testid="task-tree">
      <h2>{t('task.tree')}</h2>
      <ul className="tree">
        {task.parent ? (
          <li>
            {t('task.parent')}:{' '}
            <Link to={`/tasks/${task.parent.id}`} lang="vi">
              {task.parent.title}
            </Link>
            <div className="line-meta">
              <BucketBadge bucket={task.parent.bucket} /> <LeadUnit unit={task.parent.leadUnit} /> ·{' '}
              {day(task.parent.deadline)}
            </div>
            <ul className="tree">{self}</ul>
          </li>
        ) : (
          self
        )}
      </ul>
    </section>
  );
}

const MOVES = ['task.deadline_changed', 'task.extension_decided'];

/**
 * Every deadline the task has had: the original one, then each move (a change with its
 * reason, an approved extension with the request's reason), from the history the timeline
 * reads (the same query: fetched once).
 */
export function DeadlineHistory({ task }: { task: TaskDetail }) {
  const { t } = useI18n();
  const day = useFmtDay();
  const history = useQuery({
    queryKey: ['task', task.id, 'history'],
    queryFn: () => get('/tasks/{id}/history', { path: { id: task.id }, query: { limit: 500 } }),
    refetchInterval: 10_000,
  });
  const moves = (history.data?.items ?? []).filter(
    (e) => MOVES.includes(e.action) && e.changes.some((c) => c.field === 'deadline' && c.before !== c.after),
  );
  const reasonOf = (e: HistoryEntry) => {
    const said = e.changes.find((c) => c.field === 'reason')?.after;
    if (typeof said === 'string' && said) return said;
    const to = e.changes.find((c) => c.field === 'deadline')?.after;
    const asked = task.extensions.find(
      (x) =>
        x.status === 'approved' &&
        typeof to === 'string' &&
        x.requestedDeadline &&
        Date.parse(x.requestedDeadline) === Date.parse(to),
    );
    return asked?.reason ?? null;
  };
  const who = (e: HistoryEntry) =>
    e.actor.type === 'system' ? (
      t('timeline.system')
    ) : (
      <Person fullName={e.actor.fullName} username={e.actor.username} />
    );
  return (
    <section className="card" data-testid="deadline-history">
      <h2>{t('task.deadlines')}</h2>
      <p>
        {t('task.deadlineCurrent')}: <strong>{day(task.deadline, true)}</strong> <DaysLeft n={task.workingDaysLeft} />
      </p>
      <ol className="timeline">
        <li>
          <strong>{t('task.deadlineOriginal')}</strong>: {day(task.originalDeadline, true)}
        </li>
        {moves.map((e, i) => {
          const change = e.changes.find((c) => c.field === 'deadline')!;
          const reason = reasonOf(e);
          return (
            <li key={i} data-testid="deadline-move">
              <strong>
                {e.action === 'task.deadline_changed' ? t('task.deadlineChanged') : t('task.deadlineExtended')}
              </strong>
              : {day(typeof change.before === 'string' ? change.before : null, true)} →{' '}
              {day(typeof change.after === 'string' ? change.after : null, true)}
              <div className="line-meta">
                {who(e)} · <time dateTime={e.at}>{day(e.at, true)}</time>
                {reason && ` · ${t('extension.reason')}: ${reason}`}
              </div>
            </li>
          );
        })}
        {history.data && moves.length === 0 && <li className="muted">{t('task.deadlineUnchanged')}</li>}
      </ol>
    </section>
  );
}
