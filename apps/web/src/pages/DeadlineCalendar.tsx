import { Link, useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { get } from '../api/client';
import type { Schema } from '../api/operations';
import type { Bucket } from '../api/types';
import { ErrorNote, Loading } from '../components/ui';
import { UnitSelect } from '../components/UnitSelect';
import { fmtDate, ReaderName, todayVn, useI18n, Vi, type MessageKey } from '../i18n';

type Day = Schema<'DeadlineDayDto'>;
type View = 'month' | 'week';
const COUNTED: Bucket[] = ['open_overdue', 'open_within_deadline', 'completed_late', 'completed_on_time'];
/** Titles a month's day shows before "+N"; a week's day shows all the API lists. */
const MONTH_TITLES = 3;

// Civil dates (YYYY-MM-DD) computed at noon UTC: no time zone moves them across a day.
const at = (date: string) => new Date(`${date}T12:00:00Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);
const plusDays = (date: string, days: number) => iso(new Date(at(date).getTime() + days * 86_400_000));
/** Monday 1 … Sunday 7: the Vietnamese week starts on Monday. */
const isoWeekday = (date: string) => at(date).getUTCDay() || 7;
const monday = (date: string) => plusDays(date, 1 - isoWeekday(date));
const firstOfMonth = (date: string) => `${date.slice(0, 7)}-01`;
/** The same day of another month (the month's last when it is shorter): a week view opened after keeps its place. */
const plusMonths = (date: string, months: number) => {
  const first = at(firstOfMonth(date));
  first.setUTCMonth(first.getUTCMonth() + months);
  const last = at(plusDays(iso(new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 1, 12))), -1));
  return iso(
    new Date(
      Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(Number(date.slice(8, 10)), last.getUTCDate()), 12),
    ),
  );
};

/** The days a view shows: a week from Monday, or the month's weeks from Monday to Sunday (at most 42 days). */
export function viewRange(view: View, date: string): { from: string; to: string } {
  if (view === 'week') return { from: monday(date), to: plusDays(monday(date), 6) };
  const first = firstOfMonth(date);
  const last = plusDays(plusMonths(first, 1), -1); // first + 1 month is the next month's first
  return { from: monday(first), to: plusDays(monday(last), 6) };
}

const WEEKDAYS: MessageKey[] = [
  'deadlines.mon',
  'deadlines.tue',
  'deadlines.wed',
  'deadlines.thu',
  'deadlines.fri',
  'deadlines.sat',
  'deadlines.sun',
];

/**
 * The calendar of deadlines (GET /calendar/deadlines): a month or a week of a unit's (and
 * its subtree's) task deadlines, each day with its count per bucket and the tasks' titles,
 * days off marked. Unit, view and date live in the address.
 */
export default function DeadlineCalendarPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const view: View = params.get('view') === 'week' ? 'week' : 'month';
  const date = /^\d{4}-\d{2}-\d{2}$/.test(params.get('date') ?? '') ? params.get('date')! : todayVn();
  const unitId = params.get('unitId') ?? '';
  const subtree = params.get('subtree') !== '0';
  const set = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null || value === '') next.delete(key);
      else next.set(key, value);
    }
    setParams(next, { replace: true });
  };
  const { from, to } = viewRange(view, date);
  const deadlines = useQuery({
    queryKey: ['calendar-deadlines', from, to, unitId, subtree],
    queryFn: () => get('/calendar/deadlines', { query: { from, to, unitId: unitId || undefined, subtree } }),
  });
  const step = (direction: 1 | -1) =>
    set({ date: view === 'week' ? plusDays(date, 7 * direction) : plusMonths(date, direction) });
  const month = date.slice(0, 7);
  const heading =
    view === 'week'
      ? t('deadlines.weekOf', { from: fmtDate(from), to: fmtDate(to) })
      : t('deadlines.monthOf', { month: String(Number(date.slice(5, 7))), year: date.slice(0, 4) });
  const today = todayVn();
  return (
    <>
      <h1>{t('deadlines.title')}</h1>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <UnitSelect
          label={t('common.unit')}
          value={unitId}
          emptyLabel={t('deadlines.myUnit')}
          onChange={(id) => set({ unitId: id })}
        />
        <label className="check">
          <input type="checkbox" checked={subtree} onChange={(e) => set({ subtree: e.target.checked ? null : '0' })} />
          {t('deadlines.subtree')}
        </label>
        <div className="radios" role="radiogroup" aria-label={t('deadlines.view')}>
          {(['month', 'week'] as const).map((v) => (
            <label key={v}>
              <input
                type="radio"
                name="calendar-view"
                checked={view === v}
                onChange={() => set({ view: v === 'month' ? null : v })}
              />
              {t(v === 'month' ? 'deadlines.month' : 'deadlines.week')}
            </label>
          ))}
        </div>
      </form>
      <div className="calendar-nav">
        <button type="button" onClick={() => step(-1)}>
          {t(view === 'week' ? 'deadlines.prevWeek' : 'deadlines.prevMonth')}
        </button>
        <h2 data-testid="calendar-heading">{heading}</h2>
        <button type="button" onClick={() => step(1)}>
          {t(view === 'week' ? 'deadlines.nextWeek' : 'deadlines.nextMonth')}
        </button>
        <button type="button" className="link" onClick={() => set({ date: null })}>
          {t('deadlines.today')}
        </button>
      </div>
      {deadlines.isPending ? (
        <Loading />
      ) : !deadlines.data ? (
        <ErrorNote error={deadlines.error} />
      ) : (
        <>
          <div className={`calendar-weekdays calendar-${view}`} aria-hidden="true">
            {WEEKDAYS.map((key) => (
              <span key={key}>{t(key)}</span>
            ))}
          </div>
          <ol className={`calendar-grid calendar-${view}`} data-testid="calendar-grid">
            {deadlines.data.days.map((day) => (
              <CalendarDay
                key={day.date}
                day={day}
                view={view}
                outside={view === 'month' && day.date.slice(0, 7) !== month}
                today={day.date === today}
              />
            ))}
          </ol>
        </>
      )}
    </>
  );
}

function CalendarDay({ day, view, outside, today }: { day: Day; view: View; outside: boolean; today: boolean }) {
  const { t } = useI18n();
  const shown = view === 'month' ? day.tasks.slice(0, MONTH_TITLES) : day.tasks;
  const more = day.total - shown.length;
  const classes = [
    'calendar-day',
    !day.workingDay && 'day-off',
    day.holiday && 'holiday',
    outside && 'outside',
    today && 'today',
    day.total > 0 && 'has-deadlines',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <li className={classes} data-date={day.date} data-testid="calendar-day" aria-current={today ? 'date' : undefined}>
      <div className="calendar-date">
        <strong>
          {t(WEEKDAYS[(at(day.date).getUTCDay() + 6) % 7]!)} {fmtDate(day.date)}
        </strong>
        {!day.workingDay && (
          <span className="calendar-off">
            {day.holiday ? <ReaderName vi={day.holiday} en={day.holidayEn} /> : t('calendar.dayOff')}
          </span>
        )}
      </div>
      {day.total > 0 && (
        <>
          <p className="calendar-counts">
            <span className="sr-only">{t('deadlines.count', { count: day.total })}</span>
            {COUNTED.filter((b) => day.counts[b as keyof Day['counts']] > 0).map((b) => (
              <span key={b} className={`badge bucket-${b}`} title={t(`bucket.${b}` as MessageKey)}>
                <span aria-hidden="true">{day.counts[b as keyof Day['counts']]}</span>
                <span className="sr-only">
                  {t(`bucket.${b}` as MessageKey)}: {day.counts[b as keyof Day['counts']]}
                </span>
              </span>
            ))}
          </p>
          <ul className="calendar-tasks">
            {shown.map((task) => (
              <li key={task.id} className={`bucket-edge-${task.bucket}`}>
                <Link to={`/tasks/${task.id}`} lang="vi">
                  {task.title}
                </Link>
                {view === 'week' && (
                  <span className="muted">
                    {' '}
                    · <Vi>{task.leadUnitName}</Vi> · {task.documentNumber}
                  </span>
                )}
              </li>
            ))}
          </ul>
          {more > 0 && <p className="muted">{t('deadlines.more', { count: more })}</p>}
        </>
      )}
    </li>
  );
}
