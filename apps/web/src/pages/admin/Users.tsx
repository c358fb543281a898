import { Link } from 'react-router';
import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { get, post } from '../../api/client';
import type { UserRow } from '../../api/types';
import { ErrorNote, Field, Loading, useFieldError } from '../../components/ui';
import { UnitPicker } from '../../components/UnitPicker';
import { useI18n, type MessageKey } from '../../i18n';
import { fold } from '../../lib/fold';

export function UsersAdmin() {
  const { t } = useI18n();
  const users = useQuery({ queryKey: ['users'], queryFn: () => get<UserRow[]>('/users') });
  const [query, setQuery] = useState('');
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
          <div className="table-wrap" tabIndex={0}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('login.username')}</th>
                  <th scope="col">{t('admin.fullName')}</th>
                  <th scope="col">{t('common.unit')}</th>
                  <th scope="col">{t('admin.role')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.slice(0, 300).map((u) => (
                  <tr key={u.id}>
                    <td>{u.username}</td>
                    <td>
                      <Link to={`/users/${u.id}/history`} state={{ name: u.fullName }}>
                        {u.fullName}
                      </Link>
                    </td>
                    <td>{u.unitName}</td>
                    <td>
                      {t(`role.${u.role}` as MessageKey)}
                      {u.isHead && ` · ${t('admin.head')}`}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
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
    role: 'officer',
    email: '',
    unitId: [] as string[],
    isHead: false,
  });
  const create = useMutation({
    mutationFn: () => post('/users', { ...form, unitId: form.unitId[0] ?? '', email: form.email.trim() || undefined }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
  const fieldError = useFieldError(create.error);
  const text = (name: 'username' | 'fullName' | 'password' | 'email', label: MessageKey, type = 'text') => (
    <Field label={t(label)} error={fieldError(name)}>
      {(id, d) => (
        <input
          id={id}
          aria-describedby={d}
          type={type}
          autoComplete="off"
          value={form[name]}
          onChange={(e) => setForm({ ...form, [name]: e.target.value })}
        />
      )}
    </Field>
  );
  return (
    <form
      className="card"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        create.mutate();
      }}
    >
      <h2>{t('admin.createUser')}</h2>
      {text('username', 'login.username')}
      {text('fullName', 'admin.fullName')}
      {text('password', 'login.password', 'password')}
      {text('email', 'prefs.email', 'email')}
      <Field label={t('admin.role')} error={fieldError('role')}>
        {(id, d) => (
          <select
            id={id}
            aria-describedby={d}
            value={form.role}
            onChange={(e) => setForm({ ...form, role: e.target.value })}
          >
            {['officer', 'leader', 'admin'].map((r) => (
              <option key={r} value={r}>
                {t(`role.${r}` as MessageKey)}
              </option>
            ))}
          </select>
        )}
      </Field>
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
      {!['username', 'fullName', 'password', 'email', 'role', 'unitId'].some((f) => fieldError(f)) && (
        <ErrorNote error={create.error} />
      )}
      {create.isSuccess && <p className="ok">{t('common.saved')}</p>}
      <button type="submit" className="primary">
        {t('admin.create')}
      </button>
    </form>
  );
}
