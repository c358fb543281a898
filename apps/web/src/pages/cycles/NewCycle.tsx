import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { post } from '../../api/client';
import type { Cycle } from '../../api/reports';
import { useUser } from '../../auth';
import { ErrorNote, Field, useFieldError } from '../../components/ui';
import { todayVn, useI18n, type MessageKey } from '../../i18n';

const FREQUENCIES = ['monthly', 'quarterly', 'six_monthly', 'nine_monthly', 'yearly'] as const;
const KINDS = ['commune', 'fatherland_front', 'mass_organisation', 'state_agency', 'advisory_board'] as const;
interface Level {
  level: string;
  days: string;
}
interface IndicatorRow {
  name: string;
  unitOfMeasure: string;
  target: string;
}

/**
 * A new reporting cycle issued by the reader's unit (POST /reporting-cycles): who reports
 * (kinds of unit below), how often, each level's deadline in working days after the
 * cut-off, and the indicators; each 400 beside its field.
 */
export function NewCycleForm() {
  const { t } = useI18n();
  const user = useUser();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [title, setTitle] = useState('');
  const [legalBasis, setLegalBasis] = useState('');
  const [frequency, setFrequency] = useState<string>('quarterly');
  const [kinds, setKinds] = useState<string[]>(['commune', 'fatherland_front']);
  const [levels, setLevels] = useState<Level[]>([{ level: 'xã', days: '2' }]);
  const [indicators, setIndicators] = useState<IndicatorRow[]>([]);
  const [startsAt, setStartsAt] = useState(todayVn());
  const create = useMutation({
    mutationFn: () =>
      post<Cycle>('/reporting-cycles', {
        issuingUnitId: user.unitId,
        title,
        legalBasis,
        frequency,
        recipients: { subtrees: [{ rootUnitId: user.unitId, kinds }] },
        levelDeadlines: levels.map((l) => ({ level: l.level, workingDaysAfterCutOff: Number(l.days) })),
        indicators: indicators.map((i) => ({
          name: i.name,
          unitOfMeasure: i.unitOfMeasure,
          target: i.target === '' ? null : Number(i.target),
          aggregation: 'sum',
          direction: 'higher',
        })),
        startsAt: `${startsAt}T00:00:00+07:00`,
      }),
    onSuccess: async (cycle) => {
      await queryClient.invalidateQueries({ queryKey: ['cycles'] });
      void navigate(`/cycles/${cycle.id}`);
    },
  });
  const fieldError = useFieldError(create.error);
  const fields = ['title', 'legalBasis', 'frequency', 'recipients', 'levelDeadlines', 'indicators', 'startsAt'];
  const setLevel = (i: number, change: Partial<Level>) =>
    setLevels(levels.map((l, j) => (j === i ? { ...l, ...change } : l)));
  const setIndicator = (i: number, change: Partial<IndicatorRow>) =>
    setIndicators(indicators.map((row, j) => (j === i ? { ...row, ...change } : row)));
  return (
    <form
      className="card"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        create.mutate();
      }}
    >
      <h2>{t('cycles.new')}</h2>
      <Field label={t('cycles.name')} error={fieldError('title')}>
        {(id, described) => (
          <input id={id} aria-describedby={described} value={title} onChange={(e) => setTitle(e.target.value)} />
        )}
      </Field>
      <div className="row">
        <Field label={t('cycles.legalBasis')} error={fieldError('legalBasis')} hint={t('cycles.legalBasisHint')}>
          {(id, described) => (
            <input
              id={id}
              aria-describedby={described}
              value={legalBasis}
              onChange={(e) => setLegalBasis(e.target.value)}
            />
          )}
        </Field>
        <Field label={t('cycles.frequency')} error={fieldError('frequency')}>
          {(id, described) => (
            <select
              id={id}
              aria-describedby={described}
              value={frequency}
              onChange={(e) => setFrequency(e.target.value)}
            >
              {FREQUENCIES.map((f) => (
                <option key={f} value={f}>
                  {t(`frequency.${f}` as MessageKey)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('cycles.startsAt')} error={fieldError('startsAt')}>
          {(id, described) => (
            <input
              id={id}
              type="date"
              aria-describedby={described}
              value={startsAt}
              onChange={(e) => setStartsAt(e.target.value)}
            />
          )}
        </Field>
      </div>
      <fieldset className="plain">
        <legend>{t('cycles.recipients')}</legend>
        {KINDS.map((kind) => (
          <label key={kind} className="check">
            <input
              type="checkbox"
              checked={kinds.includes(kind)}
              onChange={(e) => setKinds(e.target.checked ? [...kinds, kind] : kinds.filter((k) => k !== kind))}
            />
            {t(`unitKind.${kind}` as MessageKey)}
          </label>
        ))}
        {fieldError('recipients') && <div className="field-error">{fieldError('recipients')}</div>}
      </fieldset>
      <fieldset className="plain">
        <legend>{t('cycles.levels')}</legend>
        {levels.map((level, i) => (
          <div className="row" key={i}>
            <Field label={t('cycles.level')}>
              {(id) => <input id={id} value={level.level} onChange={(e) => setLevel(i, { level: e.target.value })} />}
            </Field>
            <Field label={t('cycles.levelDays')}>
              {(id) => (
                <input
                  id={id}
                  type="number"
                  min={0}
                  value={level.days}
                  onChange={(e) => setLevel(i, { days: e.target.value })}
                />
              )}
            </Field>
          </div>
        ))}
        {fieldError('levelDeadlines') && <div className="field-error">{fieldError('levelDeadlines')}</div>}
        <button type="button" onClick={() => setLevels([...levels, { level: '', days: '4' }])}>
          {t('cycles.addLevel')}
        </button>
      </fieldset>
      <fieldset className="plain">
        <legend>{t('task.indicators')}</legend>
        {indicators.map((row, i) => (
          <div className="row" key={i}>
            <Field label={t('indicator.name')}>
              {(id) => <input id={id} value={row.name} onChange={(e) => setIndicator(i, { name: e.target.value })} />}
            </Field>
            <Field label={t('indicator.unit')}>
              {(id) => (
                <input
                  id={id}
                  value={row.unitOfMeasure}
                  onChange={(e) => setIndicator(i, { unitOfMeasure: e.target.value })}
                />
              )}
            </Field>
            <Field label={t('indicator.target')}>
              {(id) => (
                <input
                  id={id}
                  type="number"
                  value={row.target}
                  onChange={(e) => setIndicator(i, { target: e.target.value })}
                />
              )}
            </Field>
          </div>
        ))}
        {fieldError('indicators') && <div className="field-error">{fieldError('indicators')}</div>}
        <button
          type="button"
          onClick={() => setIndicators([...indicators, { name: '', unitOfMeasure: '', target: '' }])}
        >
          {t('newDirective.addIndicator')}
        </button>
      </fieldset>
      {!fields.some((f) => fieldError(f)) && <ErrorNote error={create.error} />}
      <div className="actions">
        <button type="submit" className="primary" disabled={create.isPending}>
          {t('cycles.create')}
        </button>
      </div>
    </form>
  );
}
