import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { get, post } from '../api/client';
import { ErrorNote, Loading } from '../components/ui';
import { fmtDateTime, useI18n, type MessageKey } from '../i18n';
import { useUser } from '../auth';
import { mayWrite } from '../lib/roles';
import { noticeText } from '../lib/api-message';
import type { NoticeDelivery } from '../api/types';

export function InboxPage() {
  const { t, lang } = useI18n();
  const queryClient = useQueryClient();
  // Auditors read; marking a notice read is a change the API refuses them.
  const writes = mayWrite(useUser().role);
  const [unreadOnly, setUnreadOnly] = useState(false);
  const inbox = useQuery({
    queryKey: ['notifications', 'list', 'inbox', unreadOnly],
    queryFn: () => get('/notifications', { query: { limit: 100, unread: unreadOnly || undefined } }),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['notifications'] });
  const read = useMutation({
    mutationFn: (id: string) => post('/notifications/{id}/read', { path: { id } }),
    onSuccess: refresh,
  });
  const readAll = useMutation({ mutationFn: () => post('/notifications/read-all'), onSuccess: refresh });
  return (
    <>
      <div className="page-head">
        <h1>{t('inbox.title')}</h1>
        {writes && (
          <button type="button" onClick={() => readAll.mutate()} disabled={!inbox.data?.unread}>
            {t('inbox.readAll')}
          </button>
        )}
      </div>
      <label className="check">
        <input type="checkbox" checked={unreadOnly} onChange={(e) => setUnreadOnly(e.target.checked)} />
        {t('inbox.unreadOnly')}
      </label>
      <ErrorNote error={inbox.error ?? read.error} />
      {inbox.isPending ? (
        <Loading />
      ) : (
        <ul className="inbox">
          {(inbox.data?.items ?? []).map((n) => (
            <li key={n.id} className={n.readAt ? 'read' : 'unread'}>
              <div className="line-meta">
                <span className={`badge kind-${n.kind}`}>{t(`notice.${n.kind}` as MessageKey)}</span>{' '}
                {fmtDateTime(n.createdAt)}
              </div>
              {/* Sentences in the reader's language with names (units, tasks) in them. */}
              <div className="notice-title" data-names>
                {n.taskId ? (
                  <Link to={`/tasks/${n.taskId}`} onClick={() => !n.readAt && read.mutate(n.id)}>
                    {noticeText(n.title, lang)}
                  </Link>
                ) : (
                  noticeText(n.title, lang)
                )}
              </div>
              <p className="notice-body" data-names>
                {noticeText(n.body, lang)}
              </p>
              <NoticeDeliveries deliveries={n.deliveries} />
              {!n.readAt && writes && (
                <button type="button" className="link" onClick={() => read.mutate(n.id)}>
                  {t('inbox.markRead')}
                </button>
              )}
            </li>
          ))}
          {inbox.data?.items.length === 0 && <li className="muted">{t('inbox.empty')}</li>}
        </ul>
      )}
    </>
  );
}

/** Where else the notice went, per channel, with the provider's receipt when there is one (decision 84). */
function NoticeDeliveries({ deliveries }: { deliveries: NoticeDelivery[] }) {
  const { t } = useI18n();
  if (deliveries.length === 0) return null;
  return (
    <ul className="notice-deliveries" aria-label={t('inbox.deliveries')}>
      {deliveries.map((d) => {
        const words = {
          channel: t(`inbox.channel.${d.channel}` as MessageKey),
          state: t(`inbox.delivery.${d.state}` as MessageKey),
        };
        return (
          <li
            key={d.channel}
            className={`delivery delivery-${d.state}`}
            title={t('inbox.deliveryAt', { ...words, at: fmtDateTime(d.at) })}
          >
            {t('inbox.deliveryShort', words)}
          </li>
        );
      })}
    </ul>
  );
}
