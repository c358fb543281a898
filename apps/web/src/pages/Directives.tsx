import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { get } from '../api/client';
import { asBucket, BUCKETS, type DirectiveSummary } from '../api/types';
import { DataTable } from '../components/DataTable';
import { UnitSelect } from '../components/UnitSelect';
import { ErrorNote, Loading, SecretMark } from '../components/ui';
import { fmtDate, useI18n, Vi, type MessageKey } from '../i18n';

const PAGE = 100;
const column = createColumnHelper<DirectiveSummary>();

export function DirectivesPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(params.get('q') ?? '');
  // "Tìm kiếm" in the phone's bottom navigation lands here with #search: the box takes the focus.
  const location = useLocation();
  const search = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (location.hash === '#search') search.current?.focus();
  }, [location.key, location.hash]);
  const filters = {
    bucket: params.get('bucket') ?? '',
    issuingUnitId: params.get('issuingUnitId') ?? '',
    unitId: params.get('unitId') ?? '',
    subtree: params.get('subtree') === 'true',
    q: params.get('q') ?? '',
    offset: Number(params.get('offset') ?? 0),
  };
  const set = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes))
      if (value) next.set(key, value);
      else next.delete(key);
    if (!('offset' in changes)) next.delete('offset');
    setParams(next, { replace: true });
  };
  // The server folds diacritics in `q`; typing waits a moment before asking.
  useEffect(() => {
    const timer = setTimeout(() => text !== filters.q && set({ q: text }), 300);
    return () => clearTimeout(timer);
  });

  const list = useQuery({
    queryKey: ['directives', filters],
    placeholderData: keepPreviousData,
    queryFn: () =>
      get('/directives', {
        query: {
          limit: PAGE,
          offset: filters.offset,
          bucket: asBucket(filters.bucket),
          issuingUnitId: filters.issuingUnitId,
          unitId: filters.unitId,
          subtree: filters.unitId && filters.subtree ? true : undefined,
          q: filters.q,
        },
      }),
  });

  const columns = useMemo(
    () => [
      column.accessor('documentNumber', {
        header: t('directive.number'),
        cell: (c) => (
          <>
            <Link to={`/directives/${c.row.original.id}`}>{c.getValue()}</Link>{' '}
            <SecretMark confidentiality={c.row.original.confidentiality} />
            {c.row.original.urgency === 'urgent' && <span className="mark-urgent">{t('directive.urgent')}</span>}
          </>
        ),
      }),
      column.accessor('title', {
        header: t('directive.title'),
        cell: (c) => (
          <Link to={`/directives/${c.row.original.id}`} lang="vi">
            {c.getValue()}
          </Link>
        ),
      }),
      column.accessor((d) => d.issuingUnit.name, {
        id: 'issuer',
        header: t('directive.issuer'),
        cell: (c) => <Vi>{c.getValue()}</Vi>,
      }),
      column.accessor('issueDate', { header: t('directive.issueDate'), cell: (c) => fmtDate(c.getValue()) }),
      column.accessor('progress', {
        header: t('directive.progress'),
        cell: (c) => <BucketPills counts={c.getValue()} />,
      }),
      column.accessor('status', {
        header: t('common.status'),
        cell: (c) => t(`directiveStatus.${c.getValue()}` as MessageKey),
      }),
    ],
    [t],
  );
  const total = list.data?.total ?? 0;

  return (
    <>
      <div className="page-head">
        <h1>{t('directives.title')}</h1>
        <Link to="/directives/new" className="button primary">
          {t('nav.issue')}
        </Link>
      </div>
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('common.search')}
          <input
            ref={search}
            type="search"
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder={t('directives.searchHint')}
          />
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
        <UnitSelect
          label={t('directive.issuer')}
          value={filters.issuingUnitId}
          emptyLabel={t('common.all')}
          onChange={(id) => set({ issuingUnitId: id })}
        />
        <UnitSelect
          label={t('directives.leadUnit')}
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
      </form>
      <ErrorNote error={list.error} />
      {list.isPending ? (
        <Loading />
      ) : (
        <DataTable
          data={list.data?.items ?? []}
          columns={columns}
          cards
          className="directives"
          testId="directives-table"
          caption={t('directives.count', { total })}
          rowKey={(d) => d.id}
        />
      )}
      {total > PAGE && (
        <nav className="pager" aria-label={t('common.pages')}>
          <button
            type="button"
            disabled={filters.offset === 0}
            onClick={() => set({ offset: String(Math.max(0, filters.offset - PAGE)) })}
          >
            {t('common.previous')}
          </button>
          <span>
            {t('common.pageOf', { from: filters.offset + 1, to: Math.min(total, filters.offset + PAGE), total })}
          </span>
          <button
            type="button"
            disabled={filters.offset + PAGE >= total}
            onClick={() => set({ offset: String(filters.offset + PAGE) })}
          >
            {t('common.next')}
          </button>
        </nav>
      )}
    </>
  );
}

export function BucketPills({ counts }: { counts: Partial<Record<string, number>> }) {
  const { t } = useI18n();
  return (
    <span className="pills">
      {BUCKETS.filter((b) => (counts[b] ?? 0) > 0).map((b) => (
        <span key={b} className={`pill bucket-${b}`} title={t(`bucket.${b}` as MessageKey)}>
          {counts[b]}
          <span className="sr-only"> {t(`bucket.${b}` as MessageKey)}</span>
        </span>
      ))}
    </span>
  );
}
