import { useMemo, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, api, post } from '../../api/client';
import { useUnits } from '../../api/units';
import { UNIT_KINDS, type Unit, type UnitKind } from '../../api/types';
import { ErrorNote, Field, Loading, useFieldError } from '../../components/ui';
import { ApiForm, CsvField, InputField, SelectField } from '../../components/forms';
import { UnitPicker } from '../../components/UnitPicker';
import { apiText, useI18n, Vi, type MessageKey } from '../../i18n';
import { fold } from '../../lib/fold';

export function UnitsAdmin() {
  const { t, tx } = useI18n();
  const units = useUnits(true);
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<Unit | null>(null);
  const shown = useMemo(
    () => (units.data ?? []).filter((u) => !query || fold(`${u.name} ${u.code}`).includes(fold(query))),
    [units.data, query],
  );
  return (
    <div className="grid-2">
      <section className="card">
        <h2>{t('admin.unitTree')}</h2>
        <input
          type="search"
          aria-label={t('common.search')}
          placeholder={t('unitPicker.search')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        {units.isPending ? (
          <Loading />
        ) : (
          <ul className="unit-list tall">
            {shown.slice(0, 300).map((u) => (
              <li key={u.id} style={{ paddingLeft: `${u.depth * 0.9}rem` }}>
                <button
                  type="button"
                  aria-pressed={selected?.id === u.id}
                  onClick={() => setSelected(u)}
                  className={u.active ? '' : 'inactive'}
                >
                  <Vi>{u.name}</Vi>{' '}
                  <span className="muted" translate="no">
                    {u.code}
                  </span>
                  {!u.active && ` (${t('admin.inactive')})`}
                  {u.successor && (
                    <>
                      {' · '}
                      {tx('unit.successorOf', { name: <Vi>{u.successor.name}</Vi> })}
                    </>
                  )}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <div>
        {selected && <UnitActions key={selected.id} unit={selected} />}
        <CreateUnit />
        <ImportUnits />
      </div>
    </div>
  );
}

function useRefresh() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['units'] });
}

function CreateUnit() {
  const { t } = useI18n();
  const refresh = useRefresh();
  const [form, setForm] = useState({ code: '', name: '', kind: 'commune' as UnitKind, parentId: [] as string[] });
  const create = useMutation({
    mutationFn: () =>
      post('/units', { body: { code: form.code, name: form.name, kind: form.kind, parentId: form.parentId[0] } }),
    onSuccess: refresh,
  });
  const fieldError = useFieldError(create.error);
  return (
    <ApiForm
      title={t('admin.createUnit')}
      mutation={create}
      fieldError={fieldError}
      fields={['code', 'name', 'kind', 'parentId']}
      submit={t('admin.create')}
    >
      <InputField
        label={t('admin.code')}
        error={fieldError('code')}
        value={form.code}
        onChange={(code) => setForm({ ...form, code })}
      />
      <InputField
        label={t('admin.name')}
        error={fieldError('name')}
        value={form.name}
        onChange={(name) => setForm({ ...form, name })}
      />
      <SelectField
        label={t('admin.kind')}
        error={fieldError('kind')}
        value={form.kind}
        onChange={(kind) => setForm({ ...form, kind })}
        options={UNIT_KINDS.map((k) => ({ value: k, label: t(`unitKind.${k}` as MessageKey) }))}
      />
      <Field label={t('admin.parent')} error={fieldError('parentId')}>
        {(id, d) => (
          <UnitPicker
            id={id}
            describedBy={d}
            label={t('admin.parent')}
            value={form.parentId}
            onChange={(ids) => setForm({ ...form, parentId: ids })}
          />
        )}
      </Field>
    </ApiForm>
  );
}

function UnitActions({ unit }: { unit: Unit }) {
  const { t } = useI18n();
  const refresh = useRefresh();
  const [parent, setParent] = useState<string[]>([]);
  const [successor, setSuccessor] = useState<string[]>([]);
  const [reason, setReason] = useState('');
  const move = useMutation({
    mutationFn: () => post('/units/{id}/move', { path: { id: unit.id }, body: { parentId: parent[0] ?? '' } }),
    onSuccess: refresh,
  });
  const deactivate = useMutation({
    mutationFn: () =>
      post('/units/{id}/deactivate', { path: { id: unit.id }, body: { successorId: successor[0] ?? '', reason } }),
    onSuccess: refresh,
  });
  const moveError = useFieldError(move.error);
  const deactivateError = useFieldError(deactivate.error);
  return (
    <section className="card">
      <h2>
        <Vi>{unit.name}</Vi>{' '}
        <span className="muted" translate="no">
          {unit.code}
        </span>
      </h2>
      <details>
        <summary>{t('admin.move')}</summary>
        <Field label={t('admin.newParent')} error={moveError('parentId')}>
          {(id, d) => (
            <UnitPicker id={id} describedBy={d} label={t('admin.newParent')} value={parent} onChange={setParent} />
          )}
        </Field>
        {!moveError('parentId') && <ErrorNote error={move.error} />}
        <button type="button" onClick={() => move.mutate()}>
          {t('admin.move')}
        </button>
      </details>
      {unit.active && (
        <details>
          <summary>{t('admin.deactivate')}</summary>
          <Field label={t('admin.successor')} error={deactivateError('successorId')}>
            {(id, d) => (
              <UnitPicker
                id={id}
                describedBy={d}
                label={t('admin.successor')}
                value={successor}
                onChange={setSuccessor}
              />
            )}
          </Field>
          <Field label={t('admin.reason')} error={deactivateError('reason')}>
            {(id, d) => (
              <input id={id} aria-describedby={d} value={reason} onChange={(e) => setReason(e.target.value)} />
            )}
          </Field>
          {!deactivateError('successorId') && !deactivateError('reason') && <ErrorNote error={deactivate.error} />}
          <button type="button" className="danger" onClick={() => deactivate.mutate()}>
            {t('admin.deactivate')}
          </button>
        </details>
      )}
    </section>
  );
}

/** CSV with a header row code,name,kind,parentCode; each refused line is listed with its error. */
function ImportUnits() {
  const { t, lang } = useI18n();
  const refresh = useRefresh();
  const [csv, setCsv] = useState('');
  const upload = useMutation({
    mutationFn: () => api<{ created: number }>('POST', '/units/import', { csv }),
    onSuccess: refresh,
  });
  const problems = upload.error instanceof ApiError ? upload.error.details : [];
  return (
    <section className="card">
      <h2>{t('admin.import')}</h2>
      <p className="hint">{t('admin.importHint')}</p>
      <CsvField value={csv} onChange={setCsv} />
      <button
        type="button"
        className="primary"
        disabled={!csv.trim() || upload.isPending}
        onClick={() => upload.mutate()}
      >
        {t('admin.importRun')}
      </button>
      {upload.isSuccess && <p className="ok">{t('admin.imported', { count: upload.data.created })}</p>}
      {problems.length > 0 ? (
        <table className="import-errors" data-testid="import-errors">
          <caption>{t('admin.importErrors', { count: problems.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('admin.line')}</th>
              <th scope="col">{t('admin.problem')}</th>
            </tr>
          </thead>
          <tbody>
            {problems.map((p, i) => (
              <tr key={i}>
                <td className="num">{/^line (\d+)/.exec(p.field)?.[1] ?? p.field}</td>
                <td>{apiText(p.message, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <ErrorNote error={upload.error} />
      )}
    </section>
  );
}
