import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { del, get, post } from '../../api/client';
import type { Delivery, Page, Webhook } from '../../api/types';
import { ErrorNote, Field, Loading, useFieldError } from '../../components/ui';
import { UnitPicker } from '../../components/UnitPicker';
import { fmtDateTime, useI18n, type MessageKey } from '../../i18n';

export function WebhooksAdmin() {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [unit, setUnit] = useState<string[]>([]);
  const [url, setUrl] = useState('');
  const unitId = unit[0];
  const hooks = useQuery({
    queryKey: ['webhooks', unitId],
    enabled: !!unitId,
    queryFn: () => get<Webhook[]>(`/units/${unitId}/webhooks`),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['webhooks'] });
  const add = useMutation({
    mutationFn: () => post<{ secret: string }>(`/units/${unitId}/webhooks`, { url }),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: (id: string) => del(`/units/${unitId}/webhooks/${id}`),
    onSuccess: refresh,
  });
  const fieldError = useFieldError(add.error);
  return (
    <section className="card">
      <h2>{t('admin.webhooks')}</h2>
      <Field label={t('common.unit')}>
        {(id) => <UnitPicker id={id} label={t('common.unit')} value={unit} onChange={setUnit} />}
      </Field>
      {unitId && (
        <>
          {hooks.isPending ? (
            <Loading />
          ) : (
            <ul className="lines">
              {(hooks.data ?? []).map((h) => (
                <li key={h.id}>
                  <code>{h.url}</code> · {h.active ? t('webhook.active') : t('webhook.inactive')} ·{' '}
                  {fmtDateTime(h.createdAt)}{' '}
                  {h.active && (
                    <button type="button" className="link" onClick={() => remove.mutate(h.id)}>
                      {t('common.remove')}
                    </button>
                  )}
                </li>
              ))}
              {hooks.data?.length === 0 && <li className="muted">{t('common.none')}</li>}
            </ul>
          )}
          <form
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              add.mutate();
            }}
          >
            <Field label={t('webhook.url')} error={fieldError('url')}>
              {(id, d) => (
                <input id={id} aria-describedby={d} type="url" value={url} onChange={(e) => setUrl(e.target.value)} />
              )}
            </Field>
            {!fieldError('url') && <ErrorNote error={add.error ?? remove.error} />}
            {add.data && (
              <p className="ok">
                {t('webhook.secret')}: <code>{add.data.secret}</code>
              </p>
            )}
            <button type="submit" className="primary">
              {t('webhook.add')}
            </button>
          </form>
        </>
      )}
    </section>
  );
}

export function DeliveriesAdmin() {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState('dead');
  const list = useQuery({
    queryKey: ['deliveries', status],
    queryFn: () => get<Page<Delivery>>('/deliveries', { status: status || undefined, limit: 100 }),
  });
  const redrive = useMutation({
    mutationFn: (id: string) => post(`/deliveries/${id}/redrive`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['deliveries'] }),
  });
  return (
    <section className="card">
      <h2>{t('admin.deliveries')}</h2>
      <label>
        {t('common.status')}{' '}
        <select value={status} onChange={(e) => setStatus(e.target.value)}>
          <option value="">{t('common.all')}</option>
          {['dead', 'pending', 'sending', 'sent', 'held', 'digested', 'skipped'].map((s) => (
            <option key={s} value={s}>
              {t(`delivery.${s}` as MessageKey)}
            </option>
          ))}
        </select>
      </label>
      <ErrorNote error={list.error ?? redrive.error} />
      {list.isPending ? (
        <Loading />
      ) : (
        <div className="table-wrap" tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('delivery.channel')}</th>
                <th scope="col">{t('delivery.address')}</th>
                <th scope="col">{t('common.status')}</th>
                <th scope="col">{t('delivery.attempts')}</th>
                <th scope="col">{t('delivery.lastError')}</th>
                <th scope="col">
                  <span className="sr-only">{t('delivery.redrive')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {(list.data?.items ?? []).map((d) => (
                <tr key={d.id}>
                  <td>{d.channel}</td>
                  <td className="break">{d.address}</td>
                  <td>{t(`delivery.${d.status}` as MessageKey)}</td>
                  <td className="num">{d.attempts}</td>
                  <td className="break">{d.lastError}</td>
                  <td>
                    {d.status === 'dead' && (
                      <button type="button" onClick={() => redrive.mutate(d.id)}>
                        {t('delivery.redrive')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
              {list.data?.items.length === 0 && (
                <tr>
                  <td colSpan={6} className="muted">
                    {t('common.none')}
                  </td>
                </tr>
              )}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
