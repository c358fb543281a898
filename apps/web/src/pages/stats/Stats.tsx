import { NavLink, Navigate, Route, Routes, useSearchParams } from 'react-router';
import { UnitSelect } from '../../components/UnitSelect';
import { useI18n } from '../../i18n';
import { CompletionTable, OverduePack, Rankings } from './StatsTables';

export type StatsQuery = Record<string, string | undefined>;

/**
 * Statistics for leaders and auditors (GET /stats/*; the counting rules in
 * docs/statistics.md): the official completion table, the unit rankings with last year
 * beside them, and the overdue pack with each unit's explanation; each exports to
 * XLSX, CSV and PDF. The filters live in the address, so a table can be shared.
 */
export default function StatsPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const query: StatsQuery = {
    unitId: params.get('unitId') ?? undefined,
    from: params.get('from') ?? undefined,
    to: params.get('to') ?? undefined,
    basis: params.get('basis') ?? undefined,
    mode: params.get('mode') ?? undefined,
  };
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const search = params.toString() ? `?${params.toString()}` : '';
  return (
    <>
      <h1>{t('stats.title')}</h1>
      <nav className="tabs" aria-label={t('stats.title')}>
        <NavLink to={`/stats/completion${search}`}>{t('stats.completion')}</NavLink>
        <NavLink to={`/stats/rankings${search}`}>{t('stats.rankings')}</NavLink>
        <NavLink to={`/stats/overdue${search}`}>{t('stats.overdue')}</NavLink>
      </nav>
      <form className="filters stats-filters" onSubmit={(e) => e.preventDefault()}>
        <UnitSelect
          label={t('common.unit')}
          value={query.unitId ?? ''}
          emptyLabel={t('stats.myUnit')}
          onChange={(id) => set('unitId', id)}
        />
        <label>
          {t('stats.from')}
          <input type="date" value={query.from ?? ''} onChange={(e) => set('from', e.target.value)} />
        </label>
        <label>
          {t('stats.to')}
          <input type="date" value={query.to ?? ''} onChange={(e) => set('to', e.target.value)} />
        </label>
        <label>
          {t('stats.basis')}
          <select value={query.basis ?? 'assigned'} onChange={(e) => set('basis', e.target.value)}>
            <option value="assigned">{t('stats.basis.assigned')}</option>
            <option value="due">{t('stats.basis.due')}</option>
          </select>
        </label>
        <label>
          {t('stats.mode')}
          <select value={query.mode ?? 'current'} onChange={(e) => set('mode', e.target.value)}>
            <option value="current">{t('stats.mode.current')}</option>
            <option value="original">{t('stats.mode.original')}</option>
          </select>
        </label>
      </form>
      <Routes>
        <Route index element={<Navigate to={`completion${search}`} replace />} />
        <Route path="completion" element={<CompletionTable query={query} />} />
        <Route path="rankings" element={<Rankings query={query} />} />
        <Route path="overdue" element={<OverduePack query={query} />} />
      </Routes>
    </>
  );
}
