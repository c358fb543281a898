import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { del, get, post } from '../api/client';
import type { components } from '../api/openapi';
import { ErrorNote, Field, Loading, useFieldError } from '../components/ui';
import { useI18n, type MessageKey } from '../i18n';

type ChannelsView = components['schemas']['ChannelsViewDto'];
type Address = ChannelsView['addresses'][number];

const NAME: Record<Address['channel'], MessageKey> = {
  sms: 'channels.sms',
  zalo: 'channels.zalo',
  telegram: 'channels.telegram',
};

/**
 * One's SMS, Zalo and Telegram addresses (docs/decisions/0081): a phone verified by the code
 * sent over SMS, Telegram by the bot's /start link, Zalo by a code sent to the OA. While a
 * link waits, the list is read again every few seconds, so the verified address appears.
 */
export function ChannelsSection({ writes }: { writes: boolean }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const view = useQuery({
    queryKey: ['channels'],
    queryFn: () => get('/me/channels'),
    refetchInterval: (q) =>
      q.state.data?.addresses.some((a: Address) => !a.verified && a.channel !== 'sms') ? 3000 : false,
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['channels'] });
  const [phone, setPhone] = useState('');
  const [code, setCode] = useState('');
  const addPhone = useMutation({
    mutationFn: () => post('/me/channels/sms', { body: { phone } }),
    onSuccess: refresh,
  });
  const verify = useMutation({
    mutationFn: () => post('/me/channels/sms/verify', { body: { code } }),
    onSuccess: () => {
      setCode('');
      void refresh();
    },
  });
  const telegram = useMutation({ mutationFn: () => post('/me/channels/telegram'), onSuccess: refresh });
  const zalo = useMutation({ mutationFn: () => post('/me/channels/zalo'), onSuccess: refresh });
  const remove = useMutation({
    mutationFn: (id: string) => del('/me/channels/{id}', { path: { id } }),
    onSuccess: refresh,
  });
  const phoneError = useFieldError(addPhone.error);
  const codeError = useFieldError(verify.error);
  if (!view.data) return view.error ? <ErrorNote error={view.error} /> : <Loading />;
  const { available, addresses } = view.data;
  const pendingPhone = addresses.find((a) => a.channel === 'sms' && !a.verified);
  const submitPhone = (e: FormEvent) => {
    e.preventDefault();
    addPhone.mutate();
  };
  const submitCode = (e: FormEvent) => {
    e.preventDefault();
    verify.mutate();
  };
  if (!available.sms && !available.zalo && !available.telegram) return null;
  return (
    <section className="card" aria-labelledby="channels-title">
      <h2 id="channels-title">{t('channels.title')}</h2>
      <p className="hint">{t('channels.intro')}</p>
      {addresses.length > 0 && (
        <ul className="plain">
          {addresses.map((a) => (
            <li key={a.id}>
              <strong>{t(NAME[a.channel])}</strong>: {a.address ?? t('channels.waiting')} —{' '}
              {a.verified ? t('channels.verified') : t('channels.unverified')}{' '}
              {writes && (
                <button type="button" className="link" onClick={() => remove.mutate(a.id)}>
                  {t('channels.remove')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <ErrorNote error={remove.error} />
      {writes && available.sms && (
        <form onSubmit={submitPhone} noValidate className="row">
          <Field label={t('channels.phone')} error={phoneError('phone')} hint={t('channels.phoneHint')}>
            {(id, d) => (
              <input id={id} aria-describedby={d} type="tel" value={phone} onChange={(e) => setPhone(e.target.value)} />
            )}
          </Field>
          <button type="submit" disabled={addPhone.isPending || !phone.trim()}>
            {t('channels.sendCode')}
          </button>
        </form>
      )}
      {writes && pendingPhone && (
        <form onSubmit={submitCode} noValidate className="row">
          <Field label={t('channels.code')} error={codeError('code')} hint={t('channels.codeHint')}>
            {(id, d) => (
              <input
                id={id}
                aria-describedby={d}
                inputMode="numeric"
                autoComplete="one-time-code"
                value={code}
                onChange={(e) => setCode(e.target.value)}
              />
            )}
          </Field>
          <button type="submit" disabled={verify.isPending || !code.trim()}>
            {t('channels.verify')}
          </button>
        </form>
      )}
      {writes && available.telegram && (
        <div>
          <button type="button" onClick={() => telegram.mutate()} disabled={telegram.isPending}>
            {t('channels.linkTelegram')}
          </button>
          {telegram.data && (
            <p>
              {t('channels.telegramSteps')}{' '}
              <a href={telegram.data.link} target="_blank" rel="noreferrer">
                {t('channels.openTelegram')}
              </a>
            </p>
          )}
          <ErrorNote error={telegram.error} />
        </div>
      )}
      {writes && available.zalo && (
        <div>
          <button type="button" onClick={() => zalo.mutate()} disabled={zalo.isPending}>
            {t('channels.linkZalo')}
          </button>
          {zalo.data && (
            <p>
              {t('channels.zaloSteps', { code: zalo.data.code })}{' '}
              {zalo.data.oaUrl && (
                <a href={zalo.data.oaUrl} target="_blank" rel="noreferrer">
                  {t('channels.openZalo')}
                </a>
              )}
            </p>
          )}
          <ErrorNote error={zalo.error} />
        </div>
      )}
    </section>
  );
}
