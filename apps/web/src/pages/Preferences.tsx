import { Link } from 'react-router';
import { mayWrite } from '../lib/roles';
import { useUser } from '../auth';
import { useEffect, useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { get, put } from '../api/client';
import type { Preferences } from '../api/types';
import { ErrorNote, Field, Loading, useFieldError } from '../components/ui';
import { useI18n, type MessageKey } from '../i18n';
import { ChannelsSection } from './ChannelsSection';

type Channel = Preferences['channels'][string][number];
/** What a kind not listed gets: the app and e-mail (SMS, Zalo and Telegram only when chosen). */
const CHANNELS: Channel[] = ['in_app', 'email'];
const MESSAGE_CHANNELS = ['sms', 'zalo', 'telegram'] as const;
const CHANNEL_NAME: Record<Channel, MessageKey> = {
  in_app: 'prefs.inApp',
  email: 'prefs.byEmail',
  sms: 'channels.sms',
  zalo: 'channels.zalo',
  telegram: 'channels.telegram',
};

const KINDS = [
  'task_assigned',
  'ack_due',
  'reminder',
  'overdue',
  'report_submitted',
  'report_returned',
  'review_due',
  'extension_requested',
  'extension_decided',
  'cancelled',
  'subtasks_completed',
  'urged',
  'escalation',
];

export function PreferencesPage() {
  const { t, lang, setLang } = useI18n();
  const user = useUser();
  const writes = mayWrite(user.role);
  const queryClient = useQueryClient();
  const current = useQuery({ queryKey: ['preferences'], queryFn: () => get('/me/preferences') });
  const channelsView = useQuery({ queryKey: ['channels'], queryFn: () => get('/me/channels') });
  const shown: Channel[] = [...CHANNELS, ...MESSAGE_CHANNELS.filter((c) => channelsView.data?.available[c])];
  const [draft, setDraft] = useState<Preferences | null>(null);
  useEffect(() => {
    if (current.data && !draft) setDraft(current.data);
  }, [current.data, draft]);
  const save = useMutation({
    mutationFn: (p: Preferences) => put('/me/preferences', { body: { ...p, email: p.email?.trim() || null } }),
    onSuccess: (saved) => {
      queryClient.setQueryData(['preferences'], saved);
      if (saved.locale) setLang(saved.locale);
    },
  });
  const fieldError = useFieldError(save.error);
  if (!draft) return current.error ? <ErrorNote error={current.error} /> : <Loading />;
  const set = (changes: Partial<Preferences>) => setDraft({ ...draft, ...changes });
  const channelsOf = (kind: string) => draft.channels[kind] ?? CHANNELS;
  const toggle = (kind: string, channel: Channel) => {
    const now = channelsOf(kind);
    set({
      channels: {
        ...draft.channels,
        [kind]: now.includes(channel) ? now.filter((c) => c !== channel) : [...now, channel],
      },
    });
  };
  // The digest's own row: it goes by e-mail when asked for, and here on the message channels too.
  const toggleDigest = (channel: Channel) => {
    const now = draft.channels.digest ?? [];
    set({
      channels: {
        ...draft.channels,
        digest: now.includes(channel) ? now.filter((c) => c !== channel) : [...now, channel],
      },
    });
  };
  const toggleUrgent = (kind: string) =>
    set({
      urgentKinds: draft.urgentKinds.includes(kind)
        ? draft.urgentKinds.filter((k) => k !== kind)
        : [...draft.urgentKinds, kind],
    });
  // Escalations always go in the app and by e-mail, at once (the kind is urgent).
  const fixed = (kind: string, channel: Channel) => kind === 'escalation' && CHANNELS.includes(channel);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(draft);
  };
  return (
    <>
      <form onSubmit={submit} className="form" noValidate>
        <div className="page-head">
          <h1>{t('prefs.title')}</h1>
          <Link to={`/users/${user.id}/history`}>{t('nav.myHistory')}</Link>
        </div>
        {/* An auditor reads its settings; the API refuses it any change (its own history stays here). */}
        {!writes && <p className="muted">{t('prefs.readOnly')}</p>}
        <fieldset className="bare" disabled={!writes}>
          <Field label={t('prefs.email')} error={fieldError('email')}>
            {(id, d) => (
              <input
                id={id}
                aria-describedby={d}
                type="email"
                value={draft.email ?? ''}
                onChange={(e) => set({ email: e.target.value })}
              />
            )}
          </Field>
          <Field label={t('prefs.language')} error={fieldError('locale')}>
            {(id, d) => (
              <select
                id={id}
                aria-describedby={d}
                // Never chosen: the language the page is in (saving makes it the person's choice).
                value={draft.locale ?? lang}
                onChange={(e) => set({ locale: e.target.value as 'vi' | 'en' })}
              >
                {/* Each language's name in itself, marked as such for screen readers. */}
                <option value="vi" lang="vi">
                  Tiếng Việt
                </option>
                <option value="en" lang="en">
                  English
                </option>
              </select>
            )}
          </Field>
          <label className="check">
            <input type="checkbox" checked={draft.digest} onChange={(e) => set({ digest: e.target.checked })} />
            {t('prefs.digest')}
          </label>
          <fieldset className="card">
            <legend>{t('prefs.quietHours')}</legend>
            <label className="check">
              <input
                type="checkbox"
                checked={draft.quietHours !== null}
                onChange={(e) => set({ quietHours: e.target.checked ? { start: '22:00', end: '06:30' } : null })}
              />
              {t('prefs.quietOn')}
            </label>
            {draft.quietHours && (
              <div className="row">
                <Field label={t('prefs.from')} error={fieldError('quietHours.start')}>
                  {(id, d) => (
                    <input
                      id={id}
                      aria-describedby={d}
                      type="time"
                      value={draft.quietHours!.start}
                      onChange={(e) => set({ quietHours: { ...draft.quietHours!, start: e.target.value } })}
                    />
                  )}
                </Field>
                <Field label={t('prefs.to')} error={fieldError('quietHours.end')}>
                  {(id, d) => (
                    <input
                      id={id}
                      aria-describedby={d}
                      type="time"
                      value={draft.quietHours!.end}
                      onChange={(e) => set({ quietHours: { ...draft.quietHours!, end: e.target.value } })}
                    />
                  )}
                </Field>
              </div>
            )}
          </fieldset>
          <fieldset className="card">
            <legend>{t('prefs.channels')}</legend>
            <p className="hint">{t('prefs.escalationsAlways')}</p>
            {shown.length > CHANNELS.length && <p className="hint">{t('prefs.messagesOptIn')}</p>}
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('prefs.kind')}</th>
                    {shown.map((channel) => (
                      <th scope="col" key={channel}>
                        {t(CHANNEL_NAME[channel])}
                      </th>
                    ))}
                    <th scope="col">{t('prefs.urgent')}</th>
                  </tr>
                </thead>
                <tbody>
                  {KINDS.map((kind) => (
                    <tr key={kind}>
                      <th scope="row">{t(`notice.${kind}` as MessageKey)}</th>
                      {shown.map((channel) => (
                        <td key={channel}>
                          <input
                            type="checkbox"
                            aria-label={`${t(`notice.${kind}` as MessageKey)}: ${t(CHANNEL_NAME[channel])}`}
                            checked={fixed(kind, channel) || channelsOf(kind).includes(channel)}
                            disabled={fixed(kind, channel)}
                            onChange={() => toggle(kind, channel)}
                          />
                        </td>
                      ))}
                      <td>
                        <input
                          type="checkbox"
                          aria-label={`${t(`notice.${kind}` as MessageKey)}: ${t('prefs.urgent')}`}
                          checked={kind === 'escalation' || draft.urgentKinds.includes(kind)}
                          disabled={kind === 'escalation'}
                          onChange={() => toggleUrgent(kind)}
                        />
                      </td>
                    </tr>
                  ))}
                  {shown.length > CHANNELS.length && (
                    <tr>
                      <th scope="row">{t('prefs.digestRow')}</th>
                      {shown.map((channel) =>
                        CHANNELS.includes(channel) ? (
                          <td key={channel} />
                        ) : (
                          <td key={channel}>
                            <input
                              type="checkbox"
                              aria-label={`${t('prefs.digestRow')}: ${t(CHANNEL_NAME[channel])}`}
                              checked={(draft.channels.digest ?? []).includes(channel)}
                              onChange={() => toggleDigest(channel)}
                            />
                          </td>
                        ),
                      )}
                      <td />
                    </tr>
                  )}
                </tbody>
              </table>
            </div>
          </fieldset>
        </fieldset>
        <ErrorNote error={save.error} />
        {save.isSuccess && <p className="ok">{t('common.saved')}</p>}
        {writes && (
          <button type="submit" className="primary" disabled={save.isPending}>
            {t('common.save')}
          </button>
        )}
      </form>
      <ChannelsSection writes={writes} />
    </>
  );
}
