import { Link } from 'react-router';
import { useMemo, useState } from 'react';
import { createColumnHelper } from '@tanstack/react-table';
import { DataTable } from '../../components/DataTable';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { get, post } from '../../api/client';
import type { Role, UserRow } from '../../api/types';
import { ApiForm, InputField, SelectField } from '../../components/forms';
import { ErrorNote, Field, Loading, useFieldError } from '../../components/ui';
import { UnitPicker } from '../../components/UnitPicker';
import { useI18n, Vi, type MessageKey } from '../../i18n';
import { fold } from '../../lib/fold';

const column = createColumnHelper<UserRow>();
const CLEARABLE: Role[] = ['auditor', 'admin'];

/** Whether the user may read secret content; for auditors and admins, granted or withdrawn here (audited). */
function ClearanceCell({ user }: { user: UserRow }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const change = useMutation({
    mutationFn: (granted: boolean) => post('/users/{id}/clearance', { path: { id: user.id }, body: { granted } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
  if (!CLEARABLE.includes(user.role)) return <span className="muted">{t('admin.clearanceNone')}</span>;
  return (
    <span className="clearance">
      <span data-testid="clearance-state">{t(user.secretClearance ? 'admin.cleared' : 'admin.notCleared')}</span>{' '}
      <button
        type="button"
        className="link"
        disabled={change.isPending}
        onClick={() => change.mutate(!user.secretClearance)}
        aria-label={t(user.secretClearance ? 'admin.clearanceWithdrawFor' : 'admin.clearanceGrantFor', {
          name: user.fullName,
        })}
      >
        {t(user.secretClearance ? 'admin.clearanceWithdraw' : 'admin.clearanceGrantAction')}
      </button>
      <ErrorNote error={change.error} />
    </span>
  );
}

export function UsersAdmin() {
  const { t } = useI18n();
  const users = useQuery({ queryKey: ['users'], queryFn: () => get('/users') });
  const [query, setQuery] = useState('');
  const columns = useMemo(
    () => [
      column.accessor('username', {
        header: t('login.username'),
        cell: (c) => <span translate="no">{c.getValue()}</span>,
      }),
      column.accessor('fullName', {
        header: t('admin.fullName'),
        cell: (c) => (
          <Link to={`/users/${c.row.original.id}/history`} state={{ name: c.getValue() }}>
            <Vi>{c.getValue()}</Vi>
          </Link>
        ),
      }),
      column.accessor('unitName', { header: t('common.unit'), cell: (c) => <Vi>{c.getValue()}</Vi> }),
      column.accessor('role', {
        header: t('admin.role'),
        cell: (c) =>
          `${t(`role.${c.getValue()}` as MessageKey)}${c.row.original.isHead ? ` · ${t('admin.head')}` : ''}`,
      }),
      column.accessor('secretClearance', {
        header: t('admin.clearance'),
        cell: (c) => <ClearanceCell user={c.row.original} />,
      }),
    ],
    [t],
  );
  const shown = (users.data ?? []).filter(
    (u) => !query || fold(`${u.username} ${u.fullName} ${u.unitName ?? ''}`).includes(fold(query)),
  );
  return (
    <div className="grid-2">
      <section className="card">
        <h2>{t('admin.users')}</h2>
        <input
          type="search"
          aria-label={t('common.search')}
          placeholder={t('common.search')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        {users.isPending ? (
          <Loading />
        ) : (
          <DataTable data={shown.slice(0, 300)} columns={columns} cards rowKey={(u) => u.id} />
        )}
      </section>
      <CreateUser />
    </div>
  );
}

function CreateUser() {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [form, setForm] = useState({
    username: '',
    fullName: '',
    password: '',
    role: 'officer' as Role,
    email: '',
    unitId: [] as string[],
    isHead: false,
    secretClearance: false,
  });
  // Clearance is for auditors and admins (the API refuses it to others); a grant of its own.
  const clearable = CLEARABLE.includes(form.role);
  const create = useMutation({
    mutationFn: () =>
      post('/users', {
        body: {
          ...form,
          secretClearance: clearable && form.secretClearance,
          unitId: form.unitId[0] ?? '',
          email: form.email.trim() || undefined,
        },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
  const fieldError = useFieldError(create.error);
  const text = (name: 'username' | 'fullName' | 'password' | 'email', label: MessageKey, type = 'text') => (
    <InputField
      label={t(label)}
      type={type}
      autoComplete="off"
      error={fieldError(name)}
      value={form[name]}
      onChange={(value) => setForm({ ...form, [name]: value })}
    />
  );
  return (
    <ApiForm
      title={t('admin.createUser')}
      mutation={create}
      fieldError={fieldError}
      fields={['username', 'fullName', 'password', 'email', 'role', 'unitId', 'secretClearance']}
      submit={t('admin.create')}
    >
      {text('username', 'login.username')}
      {text('fullName', 'admin.fullName')}
      {text('password', 'login.password', 'password')}
      {text('email', 'prefs.email', 'email')}
      <SelectField
        label={t('admin.role')}
        error={fieldError('role')}
        value={form.role}
        onChange={(role) => setForm({ ...form, role })}
        options={(['officer', 'leader', 'auditor', 'admin'] satisfies Role[]).map((r) => ({
          value: r,
          label: t(`role.${r}` as MessageKey),
        }))}
      />
      <Field label={t('common.unit')} error={fieldError('unitId')}>
        {(id, d) => (
          <UnitPicker
            id={id}
            describedBy={d}
            label={t('common.unit')}
            value={form.unitId}
            onChange={(ids) => setForm({ ...form, unitId: ids })}
          />
        )}
      </Field>
      <label className="check">
        <input type="checkbox" checked={form.isHead} onChange={(e) => setForm({ ...form, isHead: e.target.checked })} />
        {t('admin.head')}
      </label>
      {clearable && (
        <label className="check">
          <input
            type="checkbox"
            checked={form.secretClearance}
            onChange={(e) => setForm({ ...form, secretClearance: e.target.checked })}
          />
          {t('admin.clearanceGrant')}
        </label>
      )}
    </ApiForm>
  );
}
