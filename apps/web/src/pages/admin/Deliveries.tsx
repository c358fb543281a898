import { useMemo, useState } from 'react';
import { createColumnHelper } from '@tanstack/react-table';
import { DataTable } from '../../components/DataTable';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { del, get, post } from '../../api/client';
import type { Delivery, DeliveryStatus } from '../../api/types';
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
    queryFn: () => get('/units/{unitId}/webhooks', { path: { unitId } }),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['webhooks'] });
  const add = useMutation({
    mutationFn: () => post('/units/{unitId}/webhooks', { path: { unitId }, body: { url } }),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: (id: string) => del('/units/{unitId}/webhooks/{id}', { path: { unitId, id } }),
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

const column = createColumnHelper<Delivery>();

export function DeliveriesAdmin() {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<DeliveryStatus | ''>('dead');
  const list = useQuery({
    queryKey: ['deliveries', status],
    queryFn: () => get('/deliveries', { query: { status: status || undefined, limit: 100 } }),
  });
  const redrive = useMutation({
    mutationFn: (id: string) => post('/deliveries/{id}/redrive', { path: { id } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['deliveries'] }),
  });
  const columns = useMemo(
    () => [
      column.accessor('channel', { header: t('delivery.channel') }),
      column.accessor('address', { header: t('delivery.address'), meta: { className: 'break' } }),
      column.accessor('status', {
        header: t('common.status'),
        cell: (c) => t(`delivery.${c.getValue()}` as MessageKey),
      }),
      column.accessor('attempts', { header: t('delivery.attempts'), meta: { className: 'num' } }),
      column.accessor('lastError', { header: t('delivery.lastError'), meta: { className: 'break' } }),
      column.display({
        id: 'redrive',
        header: t('delivery.redrive'),
        cell: (c) =>
          c.row.original.status === 'dead' && (
            <button type="button" onClick={() => redrive.mutate(c.row.original.id)}>
              {t('delivery.redrive')}
            </button>
          ),
      }),
    ],
    [t, redrive],
  );
  return (
    <section className="card">
      <h2>{t('admin.deliveries')}</h2>
      <label>
        {t('common.status')}{' '}
        <select value={status} onChange={(e) => setStatus(e.target.value as DeliveryStatus | '')}>
          <option value="">{t('common.all')}</option>
          {(['dead', 'pending', 'sending', 'sent', 'held', 'digested', 'skipped'] satisfies DeliveryStatus[]).map(
            (s) => (
              <option key={s} value={s}>
                {t(`delivery.${s}` as MessageKey)}
              </option>
            ),
          )}
        </select>
      </label>
      <ErrorNote error={list.error ?? redrive.error} />
      {list.isPending ? (
        <Loading />
      ) : (
        <DataTable
          data={list.data?.items ?? []}
          columns={columns}
          cards
          rowKey={(d) => d.id}
          empty={t('common.none')}
        />
      )}
    </section>
  );
}
