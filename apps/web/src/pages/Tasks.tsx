import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { get } from '../api/client';
import { asBucket, BUCKETS, type TaskListItem } from '../api/types';
import { DataTable } from '../components/DataTable';
import { UnitSelect } from '../components/UnitSelect';
import { BucketBadge, ErrorNote, Loading } from '../components/ui';
import { useFmtDay, useI18n, type MessageKey } from '../i18n';
import { LeadUnit } from '../components/LeadUnit';

const PAGE = 50;
const column = createColumnHelper<TaskListItem>();
/** The directive's document types, as the API knows their codes (GET /tasks?docType=). */
const DOC_TYPES = [
  'NQ',
  'QĐ',
  'QĐi',
  'CT',
  'KL',
  'QC',
  'HD',
  'TB',
  'BC',
  'KH',
  'CTr',
  'ĐA',
  'TTr',
  'CV',
  'TT',
] as const;
type DocType = (typeof DOC_TYPES)[number];
const ROLES = ['any', 'lead', 'coordinating'] as const;
/** What the list is sorted on (GET /tasks?sort=), each either way. */
const SORTS = ['deadline', 'status', 'unit', 'directive', 'updated'] as const;

/**
 * Tasks of a unit (and its subtree), filtered by status bucket, document type and directive,
 * sorted by deadline, status, lead unit, document number or last change, either way, on keyset pages (`after`): the whole view lives in the URL,
 * so a link or a reload shows the same page.
 */
export function TasksPage() {
  const { t } = useI18n();
  const day = useFmtDay();
  const [params, setParams] = useSearchParams();
  const filters = {
    unitId: params.get('unitId') ?? '',
    subtree: params.get('subtree') === 'true',
    role: ROLES.find((r) => r === params.get('role')) ?? 'any',
    bucket: params.get('bucket') ?? '',
    docType: DOC_TYPES.find((d) => d === params.get('docType')) ?? '',
    directiveId: params.get('directiveId') ?? '',
    sort: SORTS.find((x) => x === params.get('sort')) ?? 'deadline',
    order: params.get('order') === 'desc' ? ('desc' as const) : ('asc' as const),
    after: params.get('after') ?? '',
  };
  const set = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes))
      if (value) next.set(key, value);
      else next.delete(key);
    if (!('after' in changes)) next.delete('after');
    setParams(next, { replace: !('after' in changes) });
  };

  const list = useQuery({
    queryKey: ['tasks', filters],
    placeholderData: keepPreviousData,
    queryFn: () =>
      get('/tasks', {
        query: {
          limit: PAGE,
          unitId: filters.unitId || undefined,
          subtree: filters.subtree ? true : undefined,
          role: filters.role === 'any' ? undefined : filters.role,
          bucket: asBucket(filters.bucket),
          docType: (filters.docType || undefined) as DocType | undefined,
          directiveId: filters.directiveId || undefined,
          sort: filters.sort,
          order: filters.order,
          after: filters.after || undefined,
        },
      }),
  });

  const columns = useMemo(
    () => [
      column.accessor('title', {
        header: t('task.title'),
        cell: (c) => (
          <Link to={`/tasks/${c.row.original.id}`} lang="vi">
            {c.getValue()}
          </Link>
        ),
      }),
      column.accessor((task) => task.directive.documentNumber, {
        id: 'directive',
        header: t('tasks.directive'),
        cell: (c) => (
          <Link to={`/directives/${c.row.original.directive.id}`} lang="vi">
            {c.getValue()}
          </Link>
        ),
      }),
      column.accessor((task) => task.leadUnit.name, {
        id: 'lead',
        header: t('task.lead'),
        cell: (c) => <LeadUnit unit={c.row.original.leadUnit} />,
      }),
      column.accessor('role', {
        header: t('tasks.role'),
        cell: (c) => t(`tasks.role.${c.getValue()}` as MessageKey),
      }),
      column.accessor('bucket', { header: t('common.bucket'), cell: (c) => <BucketBadge bucket={c.getValue()} /> }),
      column.accessor('deadline', {
        header: t('task.deadline'),
        cell: (c) => <time dateTime={c.getValue()}>{day(c.getValue(), true)}</time>,
      }),
    ],
    [t, day],
  );
  const items = list.data?.items ?? [];
  const directiveNumber = filters.directiveId ? items[0]?.directive.documentNumber : undefined;

  return (
    <>
      <div className="page-head">
        <h1>{t('tasks.title')}</h1>
      </div>
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <UnitSelect
          label={t('common.unit')}
          value={filters.unitId}
          emptyLabel={t('common.all')}
          onChange={(id) => set({ unitId: id })}
        />
        <label className="check">
          <input
            type="checkbox"
            checked={filters.subtree}
            onChange={(e) => set({ subtree: e.target.checked ? 'true' : '' })}
          />
          {t('directives.subtree')}
        </label>
        <label>
          {t('tasks.role')}
          <select value={filters.role} onChange={(e) => set({ role: e.target.value === 'any' ? '' : e.target.value })}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`tasks.role.${r}` as MessageKey)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('common.bucket')}
          <select value={filters.bucket} onChange={(e) => set({ bucket: e.target.value })}>
            <option value="">{t('common.all')}</option>
            {[...BUCKETS, 'cancelled' as const].map((b) => (
              <option key={b} value={b}>
                {t(`bucket.${b}` as MessageKey)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('tasks.docType')}
          <select value={filters.docType} onChange={(e) => set({ docType: e.target.value })}>
            <option value="">{t('common.all')}</option>
            {DOC_TYPES.map((d) => (
              <option key={d} value={d}>
                {t(`docType.${d}` as MessageKey)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('tasks.sortBy')}
          <select
            className="sort"
            value={filters.sort}
            onChange={(e) => set({ sort: e.target.value === 'deadline' ? '' : e.target.value })}
          >
            {SORTS.map((x) => (
              <option key={x} value={x}>
                {t(`tasks.sort.${x}` as MessageKey)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('tasks.sortOrder')}
          <select
            className="order"
            value={filters.order}
            onChange={(e) => set({ order: e.target.value === 'desc' ? 'desc' : '' })}
          >
            <option value="asc">{t(`tasks.sort.${filters.sort}.asc` as MessageKey)}</option>
            <option value="desc">{t(`tasks.sort.${filters.sort}.desc` as MessageKey)}</option>
          </select>
        </label>
        {filters.directiveId && (
          <button type="button" className="link" onClick={() => set({ directiveId: '' })}>
            {directiveNumber ? `${t('tasks.directive')}: ${directiveNumber} · ` : ''}
            {t('tasks.clearDirective')}
          </button>
        )}
      </form>
      <ErrorNote error={list.error} />
      {list.isPending ? (
        <Loading />
      ) : (
        <DataTable
          data={items}
          columns={columns}
          cards
          className="tasks"
          testId="tasks-table"
          caption={t('tasks.count', { total: list.data?.total ?? 0 })}
          rowKey={(task) => task.id}
          empty={t('common.none')}
        />
      )}
      {(filters.after || list.data?.nextCursor) && (
        <nav className="pager" aria-label={t('common.pages')}>
          <button type="button" disabled={!filters.after} onClick={() => set({ after: '' })}>
            {t('tasks.first')}
          </button>
          <button
            type="button"
            disabled={!list.data?.nextCursor}
            onClick={() => set({ after: list.data?.nextCursor ?? '' })}
          >
            {t('common.next')}
          </button>
        </nav>
      )}
    </>
  );
}
