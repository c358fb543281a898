import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { post } from '../../api/client';
import type { UnitKind } from '../../api/types';
import { useUser } from '../../auth';
import { ApiForm, InputField, SelectField } from '../../components/forms';
import { useFieldError } from '../../components/ui';
import { todayVn, useI18n, type MessageKey } from '../../i18n';
import { numberForApi } from '../../lib/number';

const FREQUENCIES = ['monthly', 'quarterly', 'six_monthly', 'nine_monthly', 'yearly'] as const;
const KINDS = [
  'commune',
  'fatherland_front',
  'mass_organisation',
  'state_agency',
  'advisory_board',
] satisfies UnitKind[];
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
  const [kinds, setKinds] = useState<UnitKind[]>(['commune', 'fatherland_front']);
  const [levels, setLevels] = useState<Level[]>([{ level: 'xã', days: '2' }]);
  const [indicators, setIndicators] = useState<IndicatorRow[]>([]);
  const [startsAt, setStartsAt] = useState(todayVn());
  const create = useMutation({
    mutationFn: () =>
      post('/reporting-cycles', {
        body: {
          issuingUnitId: user.unitId,
          title,
          legalBasis,
          frequency,
          recipients: { subtrees: [{ rootUnitId: user.unitId, kinds }] },
          levelDeadlines: levels.map((l) => ({ level: l.level, workingDaysAfterCutOff: Number(l.days) })),
          indicators: indicators.map((i) => ({
            name: i.name,
            unitOfMeasure: i.unitOfMeasure,
            target: i.target.trim() === '' ? null : numberForApi(i.target),
            aggregation: 'sum' as const,
            direction: 'higher' as const,
          })),
          startsAt: `${startsAt}T00:00:00+07:00`,
        },
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
    <ApiForm
      title={t('cycles.new')}
      mutation={create}
      fieldError={fieldError}
      fields={fields}
      submit={t('cycles.create')}
    >
      <InputField label={t('cycles.name')} error={fieldError('title')} value={title} onChange={setTitle} />
      <div className="row">
        <InputField
          label={t('cycles.legalBasis')}
          error={fieldError('legalBasis')}
          hint={t('cycles.legalBasisHint')}
          value={legalBasis}
          onChange={setLegalBasis}
        />
        <SelectField
          label={t('cycles.frequency')}
          error={fieldError('frequency')}
          value={frequency}
          onChange={setFrequency}
          options={FREQUENCIES.map((f) => ({ value: f, label: t(`frequency.${f}` as MessageKey) }))}
        />
        <InputField
          label={t('cycles.startsAt')}
          type="date"
          error={fieldError('startsAt')}
          value={startsAt}
          onChange={setStartsAt}
        />
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
            <InputField label={t('cycles.level')} value={level.level} onChange={(v) => setLevel(i, { level: v })} />
            <InputField
              label={t('cycles.levelDays')}
              type="number"
              value={level.days}
              onChange={(v) => setLevel(i, { days: v })}
            />
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
            <InputField label={t('indicator.name')} value={row.name} onChange={(v) => setIndicator(i, { name: v })} />
            <InputField
              label={t('indicator.unit')}
              value={row.unitOfMeasure}
              onChange={(v) => setIndicator(i, { unitOfMeasure: v })}
            />
            <InputField
              label={t('indicator.target')}
              inputMode="decimal"
              value={row.target}
              onChange={(v) => setIndicator(i, { target: v })}
            />
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
    </ApiForm>
  );
}
