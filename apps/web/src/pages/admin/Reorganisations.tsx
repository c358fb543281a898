import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, api, withQuery } from '../../api/client';
import type { Schema } from '../../api/operations';
import { UNIT_KINDS, type UnitKind } from '../../api/types';
import { ErrorNote, Field, Loading } from '../../components/ui';
import { apiText, fmtDateTime, todayVn, useI18n, type MessageKey } from '../../i18n';
import { CsvField } from '../../components/forms';
import { PreviewTables, type Preview } from './ReorganisationPreview';
import { StoredPlans } from './ReorganisationPlans';

type Plan = Schema<'ReorganisationPlanDto'>;
type Operation = Record<string, unknown> & { op: string };
/** What was previewed, so the plan stored is exactly the one the admin saw. */
type Source = { kind: 'json'; operations: Operation[] } | { kind: 'csv'; text: string };

const BUILT_OPS = ['merge', 'move', 'abolishLevel', 'rename'] as const;
type BuiltOp = (typeof BUILT_OPS)[number];
const codes = (text: string) =>
  text
    .split(/[,;\s]+/)
    .map((c) => c.trim())
    .filter(Boolean);

/** POST /reorganisations: the preview (dryRun) or the plan stored for its date, as JSON or CSV. */
function submit<T>(source: Source, dryRun: boolean, effectiveAt?: string): Promise<T> {
  if (source.kind === 'csv')
    return api<T>('POST', withQuery('/reorganisations', { dryRun: String(dryRun), effectiveAt }), {
      csv: source.text,
    });
  return api<T>('POST', '/reorganisations', { body: { dryRun, effectiveAt, operations: source.operations } });
}

/** The admins' reorganisation page (docs/decisions/0079-reorganisation-history-and-page.md). */
export function ReorganisationsAdmin() {
  const { t } = useI18n();
  const [source, setSource] = useState<Source | null>(null);
  const preview = useMutation({ mutationFn: (next: Source) => submit<Preview>(next, true) });
  const run = (next: Source) => {
    setSource(next);
    preview.mutate(next);
  };
  return (
    <div className="reorg">
      <p className="hint">{t('reorg.intro')}</p>
      <div className="grid-2">
        <PlanBuilder onPreview={(operations) => run({ kind: 'json', operations })} busy={preview.isPending} />
        <CsvPlan onPreview={(text) => run({ kind: 'csv', text })} busy={preview.isPending} />
      </div>
      {preview.isPending && <Loading />}
      <PreviewError error={preview.error} />
      {preview.data && source && (
        <section className="card" aria-labelledby="reorg-preview-title">
          <h2 id="reorg-preview-title">{t('reorg.preview')}</h2>
          <p className="hint">{t('reorg.previewNote')}</p>
          <PreviewTables preview={preview.data} />
          <Confirm key={JSON.stringify(source)} source={source} blocked={preview.data.conflicts.length > 0} />
        </section>
      )}
      <StoredPlans />
    </div>
  );
}

/** A refused preview: each problem (a CSV line, a field of the plan) listed, else the request's error. */
function PreviewError({ error }: { error: unknown }) {
  const { t, lang } = useI18n();
  if (!(error instanceof ApiError) || error.details.length === 0) return <ErrorNote error={error} />;
  return (
    <div className="error-note" role="alert" data-testid="preview-errors">
      <p>{apiText(error.message, lang)}</p>
      <ul>
        {error.details.map((d, i) => (
          <li key={i}>
            <span translate="no">{d.field}</span>: {apiText(d.message, lang)}
          </li>
        ))}
      </ul>
      <p className="muted">{t('reorg.confirmBlocked')}</p>
    </div>
  );
}

function PlanBuilder({ onPreview, busy }: { onPreview: (operations: Operation[]) => void; busy: boolean }) {
  const { t } = useI18n();
  const [operations, setOperations] = useState<Operation[]>([]);
  const [op, setOp] = useState<BuiltOp>('merge');
  const [form, setForm] = useState({ from: '', into: '', name: '', kind: 'commune' as UnitKind, unit: '', parent: '' });
  const [missing, setMissing] = useState(false);
  const set = (patch: Partial<typeof form>) => setForm({ ...form, ...patch });

  const build = (): Operation | null => {
    switch (op) {
      case 'merge': {
        const from = codes(form.from);
        const into = form.into.trim();
        if (from.length === 0 || !into) return null;
        const name = form.name.trim();
        return { op, from, into: name ? { code: into, name, kind: form.kind } : into };
      }
      case 'move':
        return form.unit.trim() && form.parent.trim()
          ? { op, unit: form.unit.trim(), parent: form.parent.trim() }
          : null;
      case 'abolishLevel':
        return codes(form.from).length ? { op, units: codes(form.from) } : null;
      case 'rename':
        return form.unit.trim() && form.name.trim() ? { op, unit: form.unit.trim(), name: form.name.trim() } : null;
    }
  };
  const add = () => {
    const built = build();
    setMissing(!built);
    if (!built) return;
    setOperations([...operations, built]);
    setForm({ ...form, from: '', into: '', name: '', unit: '', parent: '' });
  };
  const text = (field: keyof typeof form, key: MessageKey, hint?: MessageKey) => (
    <Field label={t(key)} hint={hint && t(hint)}>
      {(id, d) => (
        <input
          id={id}
          aria-describedby={d}
          value={form[field]}
          translate={field === 'name' ? undefined : 'no'}
          onChange={(e) => set({ [field]: e.target.value })}
        />
      )}
    </Field>
  );

  return (
    <section className="card" data-testid="plan-builder">
      <h2>{t('reorg.build')}</h2>
      <Field label={t('reorg.operation')}>
        {(id) => (
          <select id={id} value={op} onChange={(e) => setOp(e.target.value as BuiltOp)}>
            {BUILT_OPS.map((o) => (
              <option key={o} value={o}>
                {t(`reorg.op.${o}` as MessageKey)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {op === 'merge' && (
        <>
          {text('from', 'reorg.fromCodes', 'reorg.codesHint')}
          {text('into', 'reorg.intoCode')}
          {text('name', 'reorg.intoName', 'reorg.intoNameHint')}
          <Field label={t('reorg.intoKind')}>
            {(id) => (
              <select id={id} value={form.kind} onChange={(e) => set({ kind: e.target.value as UnitKind })}>
                {UNIT_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`unitKind.${k}` as MessageKey)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </>
      )}
      {op === 'move' && (
        <>
          {text('unit', 'reorg.unitCode')}
          {text('parent', 'reorg.parentCode')}
        </>
      )}
      {op === 'abolishLevel' && text('from', 'reorg.abolishCodes', 'reorg.codesHint')}
      {op === 'rename' && (
        <>
          {text('unit', 'reorg.unitCode')}
          {text('name', 'reorg.newName')}
        </>
      )}
      {missing && (
        <p className="warn" role="alert">
          {t('reorg.missing')}
        </p>
      )}
      <button type="button" onClick={add}>
        {t('reorg.add')}
      </button>
      <h3>{t('reorg.operations')}</h3>
      {operations.length === 0 ? (
        <p className="muted">{t('reorg.noOperations')}</p>
      ) : (
        <ol data-testid="plan-operations">
          {operations.map((o, i) => (
            <li key={i}>
              <Describe operation={o} />{' '}
              <button
                type="button"
                className="link"
                aria-label={t('reorg.removeOperation', { number: i + 1 })}
                onClick={() => setOperations(operations.filter((_, j) => j !== i))}
              >
                {t('common.remove')}
              </button>
            </li>
          ))}
        </ol>
      )}
      <button
        type="button"
        className="primary"
        disabled={operations.length === 0 || busy}
        onClick={() => onPreview(operations)}
      >
        {t('reorg.previewPlan')}
      </button>
    </section>
  );
}

/** One built operation in words; the codes as codes, a new name as written. */
function Describe({ operation: o }: { operation: Operation }) {
  const { tx } = useI18n();
  const code = (value: unknown) => <span translate="no">{String(value)}</span>;
  const list = (value: unknown) => code((value as string[]).join(', '));
  switch (o.op) {
    case 'merge': {
      const into = o.into as string | { code: string; name: string };
      return (
        <>
          {tx('reorg.describe.merge', {
            from: list(o.from),
            into: typeof into === 'string' ? code(into) : <span lang="vi">{`${into.name} (${into.code})`}</span>,
          })}
        </>
      );
    }
    case 'move':
      return <>{tx('reorg.describe.move', { unit: code(o.unit), parent: code(o.parent) })}</>;
    case 'abolishLevel':
      return <>{tx('reorg.describe.abolishLevel', { units: list(o.units) })}</>;
    default:
      return <>{tx('reorg.describe.rename', { unit: code(o.unit), name: <span lang="vi">{String(o.name)}</span> })}</>;
  }
}

function CsvPlan({ onPreview, busy }: { onPreview: (text: string) => void; busy: boolean }) {
  const { t } = useI18n();
  const [csv, setCsv] = useState('');
  return (
    <section className="card" data-testid="plan-csv">
      <h2>{t('reorg.csvTitle')}</h2>
      <p className="hint">{t('reorg.csvHint')}</p>
      <CsvField value={csv} onChange={setCsv} />
      <button type="button" className="primary" disabled={!csv.trim() || busy} onClick={() => onPreview(csv)}>
        {t('reorg.previewPlan')}
      </button>
    </section>
  );
}

/** The effective date (00:00 that day, Vietnamese time: the API reads a date so) and the store. */
function Confirm({ source, blocked }: { source: Source; blocked: boolean }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [date, setDate] = useState('');
  const store = useMutation({
    mutationFn: () => submit<Plan>(source, false, date),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['reorganisations'] }),
  });
  if (blocked) return <p className="warn">{t('reorg.confirmBlocked')}</p>;
  const error = store.error instanceof ApiError ? store.error.forField('effectiveAt') : undefined;
  return (
    <div className="reorg-confirm" data-testid="reorg-confirm">
      <Field label={t('reorg.effectiveDate')} hint={t('reorg.effectiveHint')} error={error}>
        {(id, d) => (
          <input
            id={id}
            type="date"
            aria-describedby={d}
            min={todayVn()}
            value={date}
            onChange={(e) => setDate(e.target.value)}
          />
        )}
      </Field>
      {!error && <ErrorNote error={store.error} />}
      <button type="button" className="primary" disabled={!date || store.isPending} onClick={() => store.mutate()}>
        {t('reorg.confirm')}
      </button>
      {store.isSuccess && (
        <p className="ok" role="status">
          {t('reorg.stored', { at: fmtDateTime(store.data.effectiveAt) })}
        </p>
      )}
    </div>
  );
}
