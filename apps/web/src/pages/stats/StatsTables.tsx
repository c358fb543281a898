import { useMemo, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { get } from '../../api/client';
import type { CompletionRow, OverdueItem, RankingRow } from '../../api/reports';
import { DataTable } from '../../components/DataTable';
import { ExportButtons } from '../../components/ExportButtons';
import { Predecessors } from '../../components/LeadUnit';
import { ErrorNote, Loading } from '../../components/ui';
import { fmtDate, fmtDateTime, useI18n, Vi } from '../../i18n';
import type { StatsQuery } from './Stats';
import type { Schema } from '../../api/operations';
import { useUser } from '../../auth';
import { BulkLeaderActions, BulkOutcome } from '../LeaderActions';

const num = { meta: { className: 'num' } };
const rate = (value: number | null) => (value === null ? '—' : `${value.toLocaleString('vi-VN')} %`);
const decimal = (value: number | null) =>
  value === null ? '—' : value.toLocaleString('vi-VN', { maximumFractionDigits: 1 });

const completionColumn = createColumnHelper<CompletionRow>();

export function CompletionTable({ query }: { query: StatsQuery }) {
  const { t } = useI18n();
  const result = useQuery({
    queryKey: ['stats', 'completion', query],
    queryFn: () => get('/stats/completion', { query: query }),
  });
  const columns = useMemo(
    () => [
      completionColumn.accessor('tt', { header: t('stats.tt'), cell: (c) => c.getValue() ?? '', ...num }),
      completionColumn.accessor('label', {
        header: t('common.unit'),
        cell: (c) => (
          <>
            <Vi>{c.getValue()}</Vi>
            <Predecessors units={c.row.original.predecessors} />
          </>
        ),
      }),
      completionColumn.accessor('total', { header: t('stats.total'), ...num }),
      completionColumn.accessor('completedOnTime', { header: t('bucket.completed_on_time'), ...num }),
      completionColumn.accessor('completedLate', { header: t('bucket.completed_late'), ...num }),
      completionColumn.accessor('openWithinDeadline', { header: t('bucket.open_within_deadline'), ...num }),
      completionColumn.accessor('openOverdue', { header: t('bucket.open_overdue'), ...num }),
      completionColumn.accessor('onTimeRate', {
        header: t('stats.onTimeRate'),
        cell: (c) => rate(c.getValue()),
        ...num,
      }),
      completionColumn.accessor('notes', { header: t('stats.notes') }),
    ],
    [t],
  );
  return (
    <StatsSection
      title={t('stats.completion')}
      path="/stats/completion"
      fileName="bang-tong-hop"
      query={query}
      result={result}
    >
      {(data) => (
        <DataTable
          data={[...data.rows, data.total]}
          columns={columns}
          cards
          testId="completion-table"
          caption={data.heading.subtitle}
          rowKey={(row) => row.key || 'total'}
          rowClass={(row) => (row.tt === null ? 'total-row' : undefined)}
        />
      )}
    </StatsSection>
  );
}

const rankingColumn = createColumnHelper<RankingRow>();

export function Rankings({ query }: { query: StatsQuery }) {
  const { t } = useI18n();
  const result = useQuery({
    queryKey: ['stats', 'rankings', query],
    queryFn: () => get('/stats/rankings', { query: query }),
  });
  const columns = useMemo(
    () => [
      rankingColumn.accessor('rank', { header: t('stats.rank'), ...num }),
      rankingColumn.accessor('unitName', {
        header: t('common.unit'),
        cell: (c) => (
          <>
            <Link to={`/units/${c.row.original.unitId}/history`} lang="vi">
              {c.getValue()}
            </Link>
            <Predecessors units={c.row.original.predecessors} />
          </>
        ),
      }),
      rankingColumn.accessor('total', { header: t('stats.total'), ...num }),
      rankingColumn.accessor('onTimeRate', {
        header: t('stats.onTimeRate'),
        cell: (c) => (
          <>
            {rate(c.getValue())}
            <div className="line-meta">
              {t('stats.lastYear')}: {rate(c.row.original.lastYear.onTimeRate)}
            </div>
          </>
        ),
        ...num,
      }),
      rankingColumn.accessor('meanWorkingDaysLate', {
        header: t('stats.meanLate'),
        cell: (c) => decimal(c.getValue()),
        ...num,
      }),
      rankingColumn.accessor('medianHoursToAcknowledge', {
        header: t('stats.medianAck'),
        cell: (c) => decimal(c.getValue()),
        ...num,
      }),
      rankingColumn.accessor('escalations', { header: t('stats.escalations'), ...num }),
      rankingColumn.accessor('explanationRequests', { header: t('stats.explanations'), ...num }),
    ],
    [t],
  );
  return (
    <StatsSection title={t('stats.rankings')} path="/stats/rankings" fileName="xep-hang" query={query} result={result}>
      {(data) => (
        <DataTable
          data={data.rows}
          columns={columns}
          cards
          testId="rankings-table"
          caption={data.heading.subtitle}
          rowKey={(row) => row.unitId}
        />
      )}
    </StatsSection>
  );
}

const overdueColumn = createColumnHelper<OverdueItem>();

export function OverduePack({ query }: { query: StatsQuery }) {
  const { t } = useI18n();
  const user = useUser();
  // Whoever follows up acts on the list: select rows, urge or ask to explain at once (the API
  // judges each row: only tasks the reader's side assigned). Auditors only read.
  const leads = user.role !== 'auditor';
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [outcomes, setOutcomes] = useState<Map<string, Schema<'BulkItemDto'>>>(new Map());
  const result = useQuery({
    queryKey: ['stats', 'overdue', query],
    queryFn: () => get('/stats/overdue', { query: query }),
  });
  const items = result.data?.items ?? [];
  const toggle = (id: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    setSelected(next);
  };
  const allOn = items.length > 0 && items.every((i) => selected.has(i.taskId));
  const columns = useMemo(
    () => [
      ...(leads
        ? [
            overdueColumn.display({
              id: 'select',
              header: () => (
                <input
                  type="checkbox"
                  aria-label={t('leader.selectAll')}
                  checked={allOn}
                  onChange={(e) => setSelected(e.target.checked ? new Set(items.map((i) => i.taskId)) : new Set())}
                />
              ),
              cell: (c) => (
                <input
                  type="checkbox"
                  aria-label={t('leader.selectTask', { task: c.row.original.taskTitle, unit: c.row.original.unitName })}
                  checked={selected.has(c.row.original.taskId)}
                  onChange={(e) => toggle(c.row.original.taskId, e.target.checked)}
                />
              ),
              meta: { className: 'select' },
            }),
          ]
        : []),
      overdueColumn.accessor('unitName', { header: t('common.unit'), cell: (c) => <Vi>{c.getValue()}</Vi> }),
      overdueColumn.accessor('taskTitle', {
        header: t('stats.task'),
        cell: (c) => (
          <>
            <Link to={`/tasks/${c.row.original.taskId}`} lang="vi">
              {c.getValue()}
            </Link>
            <div className="line-meta">{c.row.original.documentNumber}</div>
          </>
        ),
      }),
      overdueColumn.accessor('deadline', { header: t('task.deadline'), cell: (c) => fmtDate(c.getValue()) }),
      overdueColumn.accessor('workingDaysOverdue', { header: t('stats.daysOverdue'), ...num }),
      overdueColumn.accessor('escalationLevel', {
        header: t('stats.escalationLevel'),
        cell: (c) => c.getValue() ?? '—',
        ...num,
      }),
      overdueColumn.accessor('lastNotice', {
        header: t('stats.lastNotice'),
        cell: (c) => (c.getValue() ? `${c.getValue()} · ${fmtDateTime(c.row.original.lastNoticeAt)}` : '—'),
      }),
      overdueColumn.accessor('explanation', {
        header: t('stats.explanation'),
        cell: (c) => c.getValue() || '—',
      }),
      ...(leads
        ? [
            overdueColumn.display({
              id: 'outcome',
              header: t('leader.outcome'),
              cell: (c) => <BulkOutcome item={outcomes.get(c.row.original.taskId)} />,
            }),
          ]
        : []),
    ],
    // toggle and items follow `selected` and the data
    [t, leads, selected, outcomes, allOn, result.data],
  );
  return (
    <StatsSection
      title={t('stats.overdue')}
      path="/stats/overdue"
      fileName="danh-sach-qua-han"
      query={query}
      result={result}
    >
      {(data) => (
        <>
          {leads && data.items.length > 0 && (
            <BulkLeaderActions
              taskIds={[...selected]}
              onResult={(r) => setOutcomes(new Map(r.results.map((item) => [item.taskId, item])))}
            />
          )}
          <DataTable
            data={data.items}
            columns={columns}
            cards
            testId="overdue-table"
            caption={t('stats.overdueCount', { count: data.items.length })}
            rowKey={(row) => row.taskId}
          />
        </>
      )}
    </StatsSection>
  );
}

/** One statistics table: its heading, its export buttons, and the table once it has come. */
function StatsSection<T>(props: {
  title: string;
  path: string;
  fileName: string;
  query: StatsQuery;
  result: UseQueryResult<T>;
  children: (data: T) => ReactNode;
}) {
  const { result } = props;
  return (
    <section>
      <div className="page-head">
        <h2>{props.title}</h2>
        <ExportButtons path={props.path} query={props.query} fileName={props.fileName} />
      </div>
      <ErrorNote error={result.error} />
      {result.isPending ? <Loading /> : result.data !== undefined && props.children(result.data)}
    </section>
  );
}
