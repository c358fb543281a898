import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { del, get, put } from '../../api/client';
import type { CalendarOverrideKind } from '../../api/types';
import { ApiForm, InputField, SelectField } from '../../components/forms';
import { ErrorNote, Loading, useFieldError } from '../../components/ui';
import { fmtDate, ReaderName, todayVn, useI18n } from '../../i18n';

export function CalendarAdmin() {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [year, setYear] = useState(Number(todayVn().slice(0, 4)));
  const calendar = useQuery({ queryKey: ['calendar', year], queryFn: () => get('/calendar', { query: { year } }) });
  const [form, setForm] = useState({ date: '', kind: 'day_off' as CalendarOverrideKind, note: '', noteEn: '' });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['calendar'] });
  const save = useMutation({
    mutationFn: () =>
      put('/calendar/overrides/{date}', {
        path: { date: form.date || 'x' },
        body: { kind: form.kind, note: form.note, noteEn: form.noteEn.trim() || null },
      }),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: (date: string) => del('/calendar/overrides/{date}', { path: { date } }),
    onSuccess: refresh,
  });
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
                  {fmtDate(d.date)} — <ReaderName vi={d.name} en={d.nameEn} />
                </li>
              ))}
            </ul>
            <h3>{t('calendar.overrides')}</h3>
            <ul className="lines">
              {(calendar.data?.overrides ?? []).map((o) => (
                <li key={o.date}>
                  {fmtDate(o.date)} — {o.kind === 'day_off' ? t('calendar.dayOff') : t('calendar.workingDay')}:{' '}
                  <ReaderName vi={o.note} en={o.noteEn} />{' '}
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
      <ApiForm
        title={t('calendar.addOverride')}
        mutation={save}
        fieldError={fieldError}
        fields={['date', 'kind', 'note', 'noteEn']}
        submit={t('common.save')}
      >
        <InputField
          label={t('calendar.date')}
          type="date"
          error={fieldError('date')}
          value={form.date}
          onChange={(date) => setForm({ ...form, date })}
        />
        <SelectField
          label={t('calendar.kind')}
          error={fieldError('kind')}
          value={form.kind}
          onChange={(kind) => setForm({ ...form, kind })}
          options={[
            { value: 'day_off', label: t('calendar.dayOff') },
            { value: 'working_day', label: t('calendar.workingDay') },
          ]}
        />
        <InputField
          label={t('calendar.note')}
          error={fieldError('note')}
          value={form.note}
          onChange={(note) => setForm({ ...form, note })}
        />
        <InputField
          label={t('calendar.noteEn')}
          hint={t('calendar.noteEnHint')}
          error={fieldError('noteEn')}
          value={form.noteEn}
          onChange={(noteEn) => setForm({ ...form, noteEn })}
        />
      </ApiForm>
    </div>
  );
}
