import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createColumnHelper, type ColumnDef } from '@tanstack/react-table';
import { get, post } from '../../api/client';
import type { LateUnit, RoundNode } from '../../api/reports';
import { useUser } from '../../auth';
import { DataTable } from '../../components/DataTable';
import { ApiForm, InputField, SelectField } from '../../components/forms';
import { ErrorNote, Loading, ProgressBar, useFieldError } from '../../components/ui';
import { fmtDate, fmtDateTime, useI18n, Vi, type MessageKey } from '../../i18n';
import { periodText } from '../../lib/period';

interface TreeRow {
  node: RoundNode;
  depth: number;
}
const treeColumn = createColumnHelper<TreeRow>();
const lateColumn = createColumnHelper<LateUnit>();
const value = (n: number | null | undefined) =>
  n === null || n === undefined ? '—' : n.toLocaleString('vi-VN', { maximumFractionDigits: 2 });

/** The round's units, parents before children (the issuer's own row is the roll-up on top). */
function flatten(node: RoundNode, depth = 0, rows: TreeRow[] = []): TreeRow[] {
  rows.push({ node, depth });
  for (const child of node.children) flatten(child, depth + 1, rows);
  return rows;
}

/**
 * A round of a reporting cycle (GET /reporting-rounds/{id}): each unit's reported values
 * and the roll-up at every level, with whether each target is reached; who has not
 * reported, with the working days they are late; and one action that urges them all.
 */
export function RoundPage() {
  const { roundId = '' } = useParams(); // the route always has it
  const { t, lang } = useI18n();
  const user = useUser();
  const queryClient = useQueryClient();
  const round = useQuery({
    queryKey: ['round', roundId],
    queryFn: () => get('/reporting-rounds/{id}', { path: { id: roundId } }),
    refetchInterval: 15_000,
  });
  const urge = useMutation({
    mutationFn: () => post('/reporting-rounds/{id}/urge', { path: { id: roundId } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['round', roundId] }),
  });
  const r = round.data;
  const indicators = useMemo(() => Object.keys(r?.tree.rollup ?? {}), [r]);
  const treeColumns = useMemo(
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    (): ColumnDef<TreeRow, any>[] => [
      treeColumn.accessor((row) => row.node.unitName ?? t('cycles.rollup'), {
        id: 'unit',
        header: t('common.unit'),
        cell: (c) => (
          <span style={{ paddingInlineStart: `${Math.max(0, c.row.original.depth - 1) * 1.1}rem` }}>
            {c.row.original.node.taskId ? (
              <Link to={`/tasks/${c.row.original.node.taskId}`} lang={c.row.original.node.unitName ? 'vi' : undefined}>
                {c.getValue()}
              </Link>
            ) : (
              <strong lang={c.row.original.node.unitName ? 'vi' : undefined}>{c.getValue()}</strong>
            )}
            {c.row.original.node.level && (
              <span className="line-meta">
                {' · '}
                <Vi>{c.row.original.node.level}</Vi>
              </span>
            )}
          </span>
        ),
      }),
      ...indicators.map((name) =>
        treeColumn.accessor((row) => row.node.reported?.[name] ?? row.node.rollup[name] ?? null, {
          id: `i-${name}`,
          header: name,
          cell: (c) => {
            const attained = c.row.original.node.attainment[name];
            return (
              <>
                {value(c.getValue())}
                {attained && attained !== 'not_assessable' && (
                  <span className={`badge attain-${attained}`}>{t(`attainment.${attained}` as MessageKey)}</span>
                )}
              </>
            );
          },
          meta: { className: 'num' },
        }),
      ),
      treeColumn.accessor((row) => row.node.reported !== null, {
        id: 'reported',
        header: t('cycles.reportedCol'),
        cell: (c) =>
          c.row.original.node.taskId
            ? c.getValue()
              ? t(c.row.original.node.withdrawn ? 'cycles.reportKeptWithdrawn' : 'cycles.hasReported')
              : t('cycles.notYet')
            : '',
      }),
    ],
    [t, indicators],
  );
  const lateColumns = useMemo(
    () => [
      lateColumn.accessor('unitName', {
        header: t('common.unit'),
        cell: (c) => (
          <Link to={`/tasks/${c.row.original.taskId}`} lang="vi">
            {c.getValue()}
          </Link>
        ),
      }),
      lateColumn.accessor('level', { header: t('cycles.level'), cell: (c) => <Vi>{c.getValue()}</Vi> }),
      lateColumn.accessor('deadline', { header: t('task.deadline'), cell: (c) => fmtDateTime(c.getValue()) }),
      lateColumn.accessor('workingDaysLate', {
        header: t('cycles.daysLate'),
        cell: (c) => (c.row.original.late ? c.getValue() : t('cycles.notLate')),
        meta: { className: 'num' },
      }),
    ],
    [t],
  );
  if (round.isPending) return <Loading />;
  if (!r) return <ErrorNote error={round.error} />;
  const writable = user.role === 'leader' || user.role === 'admin';
  return (
    <>
      <p className="crumbs">
        <Link to="/cycles">{t('cycles.title')}</Link> › <Link to={`/cycles/${r.cycleId}`}>{t('cycles.cycle')}</Link>
      </p>
      <h1>{periodText(r.periodKey, lang, t) ?? <Vi>{r.label}</Vi>}</h1>
      <dl className="facts">
        <dt>{t('common.status')}</dt>
        <dd data-testid="round-status">
          {t(`roundStatus.${r.status}` as MessageKey)}
          {r.withdrawal && (
            <>
              {' · '}
              {fmtDateTime(r.withdrawal.at)} · <span translate="no">{r.withdrawal.by}</span>:{' '}
              <Vi>{r.withdrawal.reason}</Vi>
            </>
          )}
        </dd>
        <dt>{t('cycles.cutOff')}</dt>
        <dd>{fmtDate(r.cutOff)}</dd>
        <dt>{t('cycles.levels')}</dt>
        <dd>
          {r.deadlines.map((d, i) => (
            <span key={i}>
              {i > 0 && '; '}
              <Vi>{d.level}</Vi>: {fmtDateTime(d.deadline)}
            </span>
          ))}
        </dd>
        <dt>{t('cycles.reported')}</dt>
        <dd data-testid="round-reported">
          {t('cycles.reportedOf', { reported: r.reported, total: r.recipients })}
          <ProgressBar ratio={r.recipients ? r.reported / r.recipients : 0} label={t('cycles.reported')} />
        </dd>
      </dl>
      <section>
        <h2>{t('cycles.tree')}</h2>
        <DataTable
          data={flatten(r.tree)}
          columns={treeColumns}
          cards
          testId="round-tree"
          rowKey={(row) => `${row.node.unitId}:${row.node.taskId ?? ''}`}
          rowClass={(row) => (row.depth === 0 ? 'total-row' : undefined)}
        />
      </section>
      <section>
        <div className="page-head">
          <h2>{t('cycles.notReported', { count: r.notReported.length })}</h2>
          {writable && r.notReported.length > 0 && (
            <button type="button" className="primary" disabled={urge.isPending} onClick={() => urge.mutate()}>
              {t('cycles.urgeAll')}
            </button>
          )}
        </div>
        {urge.data && (
          <p className="ok" role="status">
            {t('cycles.urged', { count: urge.data.urged })}
          </p>
        )}
        <ErrorNote error={urge.error} />
        <DataTable
          data={r.notReported}
          columns={lateColumns}
          cards
          testId="not-reported"
          rowKey={(row) => row.taskId}
        />
      </section>
      {writable && r.access === 'issuer' && r.status === 'open' && (
        <>
          <AmendDeadline roundId={r.id} levels={r.deadlines.map((d) => d.level)} />
          <WithdrawRound roundId={r.id} />
        </>
      )}
    </>
  );
}

/** A new deadline for one level of the round: its open tasks re-dated, their reminders re-timed. */
function AmendDeadline({ roundId, levels }: { roundId: string; levels: string[] }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [level, setLevel] = useState(levels[0] ?? '');
  const [date, setDate] = useState('');
  const amend = useMutation({
    mutationFn: () =>
      post('/reporting-rounds/{id}/deadlines', {
        path: { id: roundId },
        body: { deadlines: [{ level, deadline: date ? `${date}T17:00:00+07:00` : '' }] },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['round', roundId] }),
  });
  const fieldError = useFieldError(amend.error);
  return (
    <ApiForm
      title={t('cycles.amendDeadline')}
      mutation={amend}
      fieldError={fieldError}
      fields={['deadlines', 'deadlines.0.level', 'deadlines.0.deadline']}
      submit={t('cycles.amendDeadline')}
    >
      <SelectField
        label={t('cycles.level')}
        error={fieldError('deadlines.0.level')}
        value={level}
        onChange={setLevel}
        options={levels.map((l) => ({ value: l, label: l, lang: 'vi' }))}
      />
      <InputField
        label={t('task.deadline')}
        type="date"
        error={fieldError('deadlines.0.deadline') ?? fieldError('deadlines')}
        value={date}
        onChange={setDate}
      />
    </ApiForm>
  );
}

/** Withdraws the round: its open tasks cancelled with the reason, the reports already in kept. */
function WithdrawRound({ roundId }: { roundId: string }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const withdraw = useMutation({
    mutationFn: () => post('/reporting-rounds/{id}/withdraw', { path: { id: roundId }, body: { reason } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['round', roundId] }),
  });
  const fieldError = useFieldError(withdraw.error);
  return (
    <ApiForm
      title={t('cycles.withdrawRound')}
      mutation={withdraw}
      fieldError={fieldError}
      fields={['reason']}
      submit={t('cycles.withdrawRound')}
    >
      <InputField label={t('cycles.withdrawReason')} error={fieldError('reason')} value={reason} onChange={setReason} />
    </ApiForm>
  );
}
