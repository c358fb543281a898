import type { ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { get } from '../api/client';
import type { HistoryEntry } from '../api/types';
import { ErrorNote, Loading } from './ui';
import { fmtDateTime, Person, useI18n, Vi, type MessageKey } from '../i18n';

type T = ReturnType<typeof useI18n>['t'];
const text = (value: unknown) => (value === null || value === undefined || value === '' ? '—' : String(value));
const when = (value: unknown) => (typeof value === 'string' ? fmtDateTime(value) : text(value));
const coded = (prefix: string) => (value: unknown, t: T) =>
  value === null || value === undefined ? '—' : t(`${prefix}.${String(value)}` as MessageKey);

// The fields of a change worth a line, in words; the rest (ids, internal status) stay in the audit log.
const FIELDS: Record<string, { label: MessageKey; show: (value: unknown, t: T) => string }> = {
  phase: { label: 'task.phase', show: coded('phase') },
  deadline: { label: 'task.deadline', show: when },
  outcome: { label: 'timeline.outcome', show: coded('report') },
  comment: { label: 'report.comment', show: text },
  reason: { label: 'extension.reason', show: text },
  note: { label: 'leader.urgeNote', show: text },
  title: { label: 'directive.title', show: text },
  name: { label: 'admin.name', show: text },
};

/**
 * What happened, oldest first, as one of the API's history endpoints tells it (a task,
 * a directive, a unit, a user): who did what (audited changes) and what the system sent
 * (reminders, escalations with their level and the unit they went to). Polled while
 * open when `poll` is set, since workflows move on their own.
 */
/** Where each history lives; all four answer the same page of entries. */
const HISTORY = {
  tasks: '/tasks/{id}/history',
  directives: '/directives/{id}/history',
  units: '/units/{id}/history',
  users: '/users/{id}/history',
} as const;

export function HistoryList(props: {
  of: { entity: keyof typeof HISTORY; id: string };
  title: string;
  poll?: boolean;
  queryKey?: unknown[];
  actions?: ReactNode;
}) {
  const { of, title, poll } = props;
  const { lang, t, tx } = useI18n();
  const history = useQuery({
    queryKey: props.queryKey ?? ['history', of.entity, of.id],
    // One of four paths of the same shape: typed through the first.
    queryFn: () => get(HISTORY[of.entity] as (typeof HISTORY)['tasks'], { path: { id: of.id }, query: { limit: 500 } }),
    refetchInterval: poll ? 10_000 : false,
  });
  return (
    <section className="card">
      <div className="page-head">
        <h2>{title}</h2>
        {props.actions}
      </div>
      <ErrorNote error={history.error} />
      {history.isPending ? (
        <Loading />
      ) : (
        <ol className="timeline" data-testid="timeline">
          {(history.data?.items ?? []).map((entry, i) => (
            <li
              key={i}
              className={`ev-${entry.kind === 'notice' ? entry.action.slice(7) : entry.action.replace('.', '-')}`}
            >
              <time dateTime={entry.at}>{fmtDateTime(entry.at)}</time> <strong>{entry.label[lang]}</strong>
              <span className="line-meta"> · {actorText(entry, t)}</span>
              {entry.notice && (
                <div className="line-meta">
                  {entry.notice.level !== null && `${t('timeline.level', { level: entry.notice.level })} · `}
                  {entry.notice.targetUnit &&
                    entry.notice.targetUnit.name &&
                    tx('timeline.sentTo', { unit: <Vi>{entry.notice.targetUnit.name}</Vi> })}
                </div>
              )}
              {entry.handOver && (
                <div className="line-meta" data-testid="hand-over">
                  {tx('timeline.handOver', {
                    from: <Vi>{entry.handOver.from.name}</Vi>,
                    to: <Vi>{entry.handOver.to.name}</Vi>,
                  })}
                </div>
              )}
              {entry.changes.some((c) => FIELDS[c.field]) && (
                <ul className="changes">
                  {entry.changes
                    .filter((c) => FIELDS[c.field])
                    .map(({ field, before, after }) => (
                      // Free text (a title, a reason) is what someone wrote: data, marked as such.
                      <li key={field}>
                        {t(FIELDS[field].label)}:{' '}
                        {FIELDS[field].show === text ? (
                          <Vi>
                            {before === null ? '' : `${text(before)} → `}
                            {text(after)}
                          </Vi>
                        ) : (
                          <>
                            {before === null ? '' : `${FIELDS[field].show(before, t)} → `}
                            {FIELDS[field].show(after, t)}
                          </>
                        )}
                      </li>
                    ))}
                </ul>
              )}
            </li>
          ))}
          {history.data?.items.length === 0 && <li className="muted">{t('common.none')}</li>}
        </ol>
      )}
    </section>
  );
}

function actorText(entry: HistoryEntry, t: T): ReactNode {
  if (entry.actor.type === 'system') return t('timeline.system');
  const who = <Person fullName={entry.actor.fullName} username={entry.actor.username} />;
  return entry.actor.unit?.name ? (
    <>
      {who} (<Vi>{entry.actor.unit.name}</Vi>)
    </>
  ) : (
    who
  );
}
