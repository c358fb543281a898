import { useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { get, post } from '../../api/client';
import type { RoundSummary } from '../../api/reports';
import { useUser } from '../../auth';
import { DataTable } from '../../components/DataTable';
import { ApiForm, InputField, SelectField } from '../../components/forms';
import { ErrorNote, Loading, useFieldError } from '../../components/ui';
import { fmtDate, fmtDateTime, useI18n, Vi, type MessageKey } from '../../i18n';
import { periodText } from '../../lib/period';
import { frequencyText } from './Cycles';

const column = createColumnHelper<RoundSummary>();

/** One cycle: its definition, its rounds, opening a period's round by hand, pause and resume. */
export function CyclePage() {
  const { id = '' } = useParams(); // the route always has it
  const { t, lang } = useI18n();
  const user = useUser();
  const queryClient = useQueryClient();
  const cycle = useQuery({ queryKey: ['cycle', id], queryFn: () => get('/reporting-cycles/{id}', { path: { id } }) });
  const rounds = useQuery({
    queryKey: ['cycle', id, 'rounds'],
    queryFn: () => get('/reporting-cycles/{id}/rounds', { path: { id } }),
  });
  const state = useMutation({
    mutationFn: (action: 'pause' | 'resume') => post(`/reporting-cycles/{id}/${action}`, { path: { id } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['cycle', id] }),
  });
  const columns = useMemo(
    () => [
      column.accessor('label', {
        header: t('cycles.round'),
        cell: (c) => (
          <Link to={`/cycles/rounds/${c.row.original.id}`}>
            {periodText(c.row.original.periodKey, lang, t) ?? <Vi>{c.getValue()}</Vi>}
          </Link>
        ),
      }),
      column.accessor('periodKey', {
        header: t('cycles.periodKey'),
        cell: (c) => <span translate="no">{c.getValue()}</span>,
      }),
      column.accessor('status', {
        header: t('common.status'),
        cell: (c) => t(`roundStatus.${c.getValue()}` as MessageKey),
      }),
      column.accessor('cutOff', { header: t('cycles.cutOff'), cell: (c) => fmtDate(c.getValue()) }),
      column.accessor('openedAt', {
        header: t('cycles.openedAt'),
        cell: (c) => (
          <>
            {fmtDateTime(c.getValue())} · <span translate="no">{c.row.original.openedBy}</span>
          </>
        ),
      }),
    ],
    [t],
  );
  const c = cycle.data;
  if (cycle.isPending) return <Loading />;
  if (!c) return <ErrorNote error={cycle.error} />;
  const writable = user.role === 'leader' || user.role === 'admin';
  return (
    <>
      <p className="crumbs">
        <Link to="/cycles">{t('cycles.title')}</Link>
      </p>
      <h1 lang="vi">{c.title}</h1>
      <dl className="facts">
        <dt>{t('cycles.legalBasis')}</dt>
        <dd>{c.legalBasisNormalized}</dd>
        <dt>{t('cycles.frequency')}</dt>
        <dd>{frequencyText(c.frequency, t)}</dd>
        <dt>{t('cycles.levels')}</dt>
        <dd>
          {/* A level is named by whoever wrote the cycle ("xã"): data. */}
          {c.levelDeadlines.map((l, i) => (
            <span key={i}>
              {i > 0 && '; '}
              <Vi>{l.level}</Vi>: {l.workingDaysAfterCutOff ?? l.afterCutOff} {t('cycles.afterCutOff')}
            </span>
          ))}
        </dd>
        <dt>{t('task.indicators')}</dt>
        <dd lang="vi">{(c.indicators ?? []).map((i) => `${i.name} (${i.unitOfMeasure})`).join(', ') || '—'}</dd>
        <dt>{t('common.status')}</dt>
        <dd data-testid="cycle-status">
          {t(`cycleStatus.${c.status}` as MessageKey)} · {t('cycles.version', { version: c.version })}
        </dd>
      </dl>
      {writable && c.status !== 'ended' && (
        <div className="actions">
          <button type="button" onClick={() => state.mutate(c.status === 'paused' ? 'resume' : 'pause')}>
            {t(c.status === 'paused' ? 'cycles.resume' : 'cycles.pause')}
          </button>
        </div>
      )}
      <ErrorNote error={state.error} />
      <section>
        <h2>{t('cycles.rounds')}</h2>
        <ErrorNote error={rounds.error} />
        {rounds.isPending ? (
          <Loading />
        ) : (
          <DataTable data={rounds.data ?? []} columns={columns} cards testId="rounds-table" rowKey={(row) => row.id} />
        )}
      </section>
      {writable && c.status !== 'ended' && <OpenRound cycleId={c.id} />}
      {writable && c.status !== 'ended' && <EndCycle cycleId={c.id} />}
    </>
  );
}

/** Opens a period's round now (the same round the schedule would open; idempotent). */
function OpenRound({ cycleId }: { cycleId: string }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [periodKey, setPeriodKey] = useState('');
  const open = useMutation({
    mutationFn: () => post('/reporting-cycles/{id}/rounds', { path: { id: cycleId }, body: { periodKey } }),
    onSuccess: async (result) => {
      // The cycle's list of rounds now has one more: read it again on the way back, not
      // from the cache (fresh for five seconds) that still lacks it.
      await queryClient.invalidateQueries({ queryKey: ['cycle', cycleId] });
      navigate(`/cycles/rounds/${result.round.id}`);
    },
  });
  const fieldError = useFieldError(open.error);
  return (
    <ApiForm
      title={t('cycles.openRound')}
      mutation={open}
      fieldError={fieldError}
      fields={['periodKey', 'period']}
      submit={t('cycles.openRound')}
    >
      <InputField
        label={t('cycles.periodKey')}
        error={fieldError('periodKey') ?? fieldError('period')}
        hint={t('cycles.periodHint')}
        value={periodKey}
        onChange={setPeriodKey}
      />
    </ApiForm>
  );
}

/** Ends the cycle: its open rounds keep running, or are withdrawn with a reason. */
function EndCycle({ cycleId }: { cycleId: string }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [openRounds, setOpenRounds] = useState<'keep' | 'withdraw'>('keep');
  const [reason, setReason] = useState('');
  const end = useMutation({
    mutationFn: () =>
      post('/reporting-cycles/{id}/end', {
        path: { id: cycleId },
        body: openRounds === 'withdraw' ? { openRounds, reason } : { openRounds },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['cycle', cycleId] }),
  });
  const fieldError = useFieldError(end.error);
  return (
    <ApiForm
      title={t('cycles.end')}
      mutation={end}
      fieldError={fieldError}
      fields={['openRounds', 'reason']}
      submit={t('cycles.end')}
    >
      <SelectField<'keep' | 'withdraw'>
        label={t('cycles.openRounds')}
        error={fieldError('openRounds')}
        value={openRounds}
        onChange={setOpenRounds}
        options={[
          { value: 'keep', label: t('cycles.keepRounds') },
          { value: 'withdraw', label: t('cycles.withdrawRounds') },
        ]}
      />
      {openRounds === 'withdraw' && (
        <InputField
          label={t('cycles.withdrawReason')}
          error={fieldError('reason')}
          value={reason}
          onChange={setReason}
        />
      )}
    </ApiForm>
  );
}
