import { useQuery } from '@tanstack/react-query';
import { get } from '../api/client';
import type { Schema } from '../api/operations';
import { Field } from '../components/ui';
import { UnitPicker } from '../components/UnitPicker';
import { fmtDate, useI18n } from '../i18n';
import { numberForApi } from '../lib/number';

export interface TaskDraft {
  title: string;
  description: string;
  leadUnitId: string[];
  coordinatingUnitIds: string[];
  deadlineMode: 'days' | 'date';
  deadlineDays: string;
  deadlineDate: string;
  reportTemplate: string;
  indicators: { name: string; unitOfMeasure: string; target: string }[];
  reminderPolicy: string;
  escalationPolicy: string;
}

export const emptyTask = (): TaskDraft => ({
  title: '',
  description: '',
  leadUnitId: [],
  coordinatingUnitIds: [],
  deadlineMode: 'days',
  deadlineDays: '10',
  deadlineDate: '',
  reportTemplate: '',
  indicators: [],
  reminderPolicy: '',
  escalationPolicy: '',
});

/**
 * A policy as typed into its box, sent as it is: the API checks it and says what is wrong
 * beside the field (hence the cast: the text need not be a valid policy yet).
 */
const parsePolicy = <T,>(text: string): T | undefined => {
  if (!text.trim()) return undefined;
  try {
    return JSON.parse(text) as T;
  } catch {
    return text as T;
  }
};

/** A stored task request (a draft's, decision 74) as the form's fields. */
export function taskFromBody(task: Schema<'CreateTaskDto'>): TaskDraft {
  return {
    title: task.title,
    description: task.description ?? '',
    leadUnitId: task.leadUnitId ? [task.leadUnitId] : [],
    coordinatingUnitIds: task.coordinatingUnitIds ?? [],
    deadlineMode: task.deadline ? 'date' : 'days',
    deadlineDays: task.deadlineWorkingDays != null ? String(task.deadlineWorkingDays) : '10',
    deadlineDate: task.deadline ? task.deadline.slice(0, 10) : '',
    reportTemplate: task.reportTemplate ?? '',
    indicators: (task.indicators ?? []).map((i) => ({
      name: i.name,
      unitOfMeasure: i.unitOfMeasure,
      target: i.target == null ? '' : String(i.target),
    })),
    reminderPolicy: task.reminderPolicy ? JSON.stringify(task.reminderPolicy) : '',
    escalationPolicy: task.escalationPolicy ? JSON.stringify(task.escalationPolicy) : '',
  };
}

/** The request body for one task; deadlines as a date end at 17:00 in Vietnam. */
export function taskBody(task: TaskDraft): Schema<'CreateTaskDto'> {
  const indicators: Schema<'IndicatorDto'>[] = task.indicators
    .filter((i) => i.name.trim())
    .map((i) => ({
      name: i.name.trim(),
      unitOfMeasure: i.unitOfMeasure.trim(),
      target: i.target.trim() === '' ? null : numberForApi(i.target),
    }));
  return {
    title: task.title,
    description: task.description.trim() || undefined,
    leadUnitId: task.leadUnitId[0] ?? '',
    coordinatingUnitIds: task.coordinatingUnitIds,
    ...(task.deadlineMode === 'days'
      ? { deadlineWorkingDays: Number(task.deadlineDays) }
      : { deadline: task.deadlineDate ? `${task.deadlineDate}T17:00:00+07:00` : '' }),
    reportTemplate: task.reportTemplate.trim() || undefined,
    indicators: indicators.length ? indicators : undefined,
    reminderPolicy: parsePolicy<Schema<'ReminderPolicyDto'>>(task.reminderPolicy),
    escalationPolicy: parsePolicy<Schema<'EscalationPolicyDto'>>(task.escalationPolicy),
  };
}

export function TaskFields(props: {
  index: number;
  task: TaskDraft;
  issueDate: string;
  onChange(task: TaskDraft): void;
  onRemove?: () => void;
  fieldError(field: string): string | undefined;
}) {
  const { t } = useI18n();
  const { task, index } = props;
  const f = (name: string) => props.fieldError(`tasks.${index}.${name}`);
  const set = (changes: Partial<TaskDraft>) => props.onChange({ ...task, ...changes });
  const days = Number(task.deadlineDays);
  const resulting = useQuery({
    queryKey: ['calendar', 'working-days', props.issueDate, days],
    enabled:
      task.deadlineMode === 'days' &&
      Number.isInteger(days) &&
      days > 0 &&
      days <= 365 &&
      /^\d{4}-\d{2}-\d{2}$/.test(props.issueDate),
    queryFn: () => get('/calendar/working-days', { query: { from: props.issueDate, days } }),
    staleTime: 3_600_000,
  });
  const setIndicator = (i: number, changes: Partial<TaskDraft['indicators'][number]>) =>
    set({ indicators: task.indicators.map((ind, j) => (j === i ? { ...ind, ...changes } : ind)) });

  return (
    <fieldset className="card task-fields">
      <legend>{t('newDirective.task', { n: index + 1 })}</legend>
      <Field label={t('task.title')} error={f('title')}>
        {(id, d) => (
          <input id={id} aria-describedby={d} value={task.title} onChange={(e) => set({ title: e.target.value })} />
        )}
      </Field>
      <Field label={t('task.description')} error={f('description')}>
        {(id, d) => (
          <textarea
            id={id}
            aria-describedby={d}
            value={task.description}
            onChange={(e) => set({ description: e.target.value })}
          />
        )}
      </Field>
      <Field label={t('task.lead')} error={f('leadUnitId')}>
        {(id, d) => (
          <UnitPicker
            id={id}
            describedBy={d}
            label={t('task.lead')}
            value={task.leadUnitId}
            onChange={(ids) => set({ leadUnitId: ids })}
          />
        )}
      </Field>
      <Field label={t('task.coordinating')} error={f('coordinatingUnitIds')}>
        {(id, d) => (
          <UnitPicker
            id={id}
            describedBy={d}
            multiple
            label={t('task.coordinating')}
            value={task.coordinatingUnitIds}
            onChange={(ids) => set({ coordinatingUnitIds: ids })}
          />
        )}
      </Field>
      <div className="field">
        <span className="label">{t('task.deadline')}</span>
        <div className="radios" role="radiogroup" aria-label={t('task.deadline')}>
          <label className="check">
            <input
              type="radio"
              name={`mode-${index}`}
              checked={task.deadlineMode === 'days'}
              onChange={() => set({ deadlineMode: 'days' })}
            />
            {t('newDirective.workingDays')}
          </label>
          <label className="check">
            <input
              type="radio"
              name={`mode-${index}`}
              checked={task.deadlineMode === 'date'}
              onChange={() => set({ deadlineMode: 'date' })}
            />
            {t('newDirective.onDate')}
          </label>
        </div>
      </div>
      {task.deadlineMode === 'days' ? (
        <Field
          label={t('newDirective.days')}
          error={f('deadlineWorkingDays')}
          hint={
            resulting.data ? (
              <span data-testid="resulting-date">
                {t('newDirective.resultingDate', { date: fmtDate(resulting.data.date) })}
              </span>
            ) : undefined
          }
        >
          {(id, d) => (
            <input
              id={id}
              aria-describedby={d}
              type="number"
              min={1}
              max={365}
              inputMode="numeric"
              value={task.deadlineDays}
              onChange={(e) => set({ deadlineDays: e.target.value })}
            />
          )}
        </Field>
      ) : (
        <Field
          label={t('newDirective.date')}
          error={f('deadline')}
          hint={task.deadlineDate ? fmtDate(task.deadlineDate) : undefined}
        >
          {(id, d) => (
            <input
              id={id}
              aria-describedby={d}
              type="date"
              value={task.deadlineDate}
              onChange={(e) => set({ deadlineDate: e.target.value })}
            />
          )}
        </Field>
      )}
      <Field label={t('task.reportTemplate')} error={f('reportTemplate')}>
        {(id, d) => (
          <input
            id={id}
            aria-describedby={d}
            value={task.reportTemplate}
            onChange={(e) => set({ reportTemplate: e.target.value })}
          />
        )}
      </Field>
      <div className="indicators">
        <span className="label">{t('task.indicators')}</span>
        {task.indicators.map((ind, i) => (
          <div className="row" key={i}>
            <Field label={t('indicator.name')} error={f(`indicators.${i}.name`)}>
              {(id, d) => (
                <input
                  id={id}
                  aria-describedby={d}
                  value={ind.name}
                  onChange={(e) => setIndicator(i, { name: e.target.value })}
                />
              )}
            </Field>
            <Field label={t('indicator.unit')} error={f(`indicators.${i}.unitOfMeasure`)}>
              {(id, d) => (
                <input
                  id={id}
                  aria-describedby={d}
                  value={ind.unitOfMeasure}
                  onChange={(e) => setIndicator(i, { unitOfMeasure: e.target.value })}
                />
              )}
            </Field>
            <Field label={t('indicator.target')} error={f(`indicators.${i}.target`)}>
              {(id, d) => (
                <input
                  id={id}
                  aria-describedby={d}
                  inputMode="decimal"
                  value={ind.target}
                  onChange={(e) => setIndicator(i, { target: e.target.value })}
                />
              )}
            </Field>
          </div>
        ))}
        <button
          type="button"
          onClick={() => set({ indicators: [...task.indicators, { name: '', unitOfMeasure: '', target: '' }] })}
        >
          {t('newDirective.addIndicator')}
        </button>
      </div>
      <details>
        <summary>{t('newDirective.policies')}</summary>
        <p className="hint">{t('newDirective.policiesHint')}</p>
        <Field label={t('newDirective.reminderPolicy')} error={f('reminderPolicy')}>
          {(id, d) => (
            <textarea
              id={id}
              aria-describedby={d}
              className="mono"
              value={task.reminderPolicy}
              placeholder='{"before":[{"workingDays":5},{"workingDays":1}],"onDeadlineDayAt":"08:00"}'
              onChange={(e) => set({ reminderPolicy: e.target.value })}
            />
          )}
        </Field>
        <Field label={t('newDirective.escalationPolicy')} error={f('escalationPolicy')}>
          {(id, d) => (
            <textarea
              id={id}
              aria-describedby={d}
              className="mono"
              value={task.escalationPolicy}
              placeholder='{"stepDelay":{"workingDays":1},"repeatAtTop":{"workingDays":3}}'
              onChange={(e) => set({ escalationPolicy: e.target.value })}
            />
          )}
        </Field>
      </details>
      {props.onRemove && (
        <button type="button" className="link" onClick={props.onRemove}>
          {t('newDirective.removeTask')}
        </button>
      )}
    </fieldset>
  );
}
