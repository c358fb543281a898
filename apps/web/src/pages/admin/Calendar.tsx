import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { del, get, put } from '../../api/client';
import type { CalendarYear } from '../../api/types';
import { ErrorNote, Field, Loading, useFieldError } from '../../components/ui';
import { fmtDate, todayVn, useI18n } from '../../i18n';

export function CalendarAdmin() {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [year, setYear] = useState(Number(todayVn().slice(0, 4)));
  const calendar = useQuery({ queryKey: ['calendar', year], queryFn: () => get<CalendarYear>('/calendar', { year }) });
  const [form, setForm] = useState({ date: '', kind: 'day_off', note: '' });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['calendar'] });
  const save = useMutation({
    mutationFn: () => put(`/calendar/overrides/${form.date || 'x'}`, { kind: form.kind, note: form.note }),
    onSuccess: refresh,
  });
  const remove = useMutation({ mutationFn: (date: string) => del(`/calendar/overrides/${date}`), onSuccess: refresh });
  const fieldError = useFieldError(save.error);
  return (
    <div className="grid-2">
      <section className="card">
        <h2>
          {t('admin.calendar')} {year}
        </h2>
        <div className="actions">
          <button type="button" onClick={() => setYear(year - 1)}>
            {year - 1}
          </button>
          <button type="button" onClick={() => setYear(year + 1)}>
            {year + 1}
          </button>
        </div>
        {calendar.isPending ? (
          <Loading />
        ) : (
          <>
            <h3>{t('calendar.daysOff')}</h3>
            <ul className="lines">
              {(calendar.data?.daysOff ?? []).map((d) => (
                <li key={d.date}>
                  {fmtDate(d.date)} — {d.name}
                </li>
              ))}
            </ul>
            <h3>{t('calendar.overrides')}</h3>
            <ul className="lines">
              {(calendar.data?.overrides ?? []).map((o) => (
                <li key={o.date}>
                  {fmtDate(o.date)} — {o.kind === 'day_off' ? t('calendar.dayOff') : t('calendar.workingDay')}: {o.note}{' '}
                  <button type="button" className="link" onClick={() => remove.mutate(o.date)}>
                    {t('common.remove')}
                  </button>
                </li>
              ))}
              {calendar.data?.overrides.length === 0 && <li className="muted">{t('common.none')}</li>}
            </ul>
          </>
        )}
        <ErrorNote error={calendar.error ?? remove.error} />
      </section>
      <form
        className="card"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <h2>{t('calendar.addOverride')}</h2>
        <Field label={t('calendar.date')} error={fieldError('date')}>
          {(id, d) => (
            <input
              id={id}
              aria-describedby={d}
              type="date"
              value={form.date}
              onChange={(e) => setForm({ ...form, date: e.target.value })}
            />
          )}
        </Field>
        <Field label={t('calendar.kind')} error={fieldError('kind')}>
          {(id, d) => (
            <select
              id={id}
              aria-describedby={d}
              value={form.kind}
              onChange={(e) => setForm({ ...form, kind: e.target.value })}
            >
              <option value="day_off">{t('calendar.dayOff')}</option>
              <option value="working_day">{t('calendar.workingDay')}</option>
            </select>
          )}
        </Field>
        <Field label={t('calendar.note')} error={fieldError('note')}>
          {(id, d) => (
            <input
              id={id}
              aria-describedby={d}
              value={form.note}
              onChange={(e) => setForm({ ...form, note: e.target.value })}
            />
          )}
        </Field>
        {!['date', 'kind', 'note'].some((f) => fieldError(f)) && <ErrorNote error={save.error} />}
        {save.isSuccess && <p className="ok">{t('common.saved')}</p>}
        <button type="submit" className="primary">
          {t('common.save')}
        </button>
      </form>
    </div>
  );
}
