import { Link, useLocation, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { get } from '../../api/client';
import { useUser } from '../../auth';
import { HistoryList } from '../../components/History';
import { ErrorNote } from '../../components/ui';
import { useI18n, Vi } from '../../i18n';

/** A unit's history (GET /units/{id}/history): the unit and the tasks it leads. */
export function UnitHistoryPage() {
  const { id = '' } = useParams(); // the route always has it
  const { t, tx } = useI18n();
  const unit = useQuery({ queryKey: ['unit', id], queryFn: () => get('/units/{id}', { path: { id } }) });
  return (
    <>
      <p className="crumbs">
        <Link to="/stats/rankings">{t('stats.title')}</Link>
      </p>
      <h1>{tx('history.unitTitle', { name: <Vi>{unit.data?.name ?? '…'}</Vi> })}</h1>
      <ErrorNote error={unit.error} />
      <HistoryList of={{ entity: 'units', id }} title={t('history.title')} />
    </>
  );
}

/**
 * What a person did (GET /users/{id}/history); one's own history or people in one's scope.
 * The API has no GET /users/{id}: the name comes with the link (or is the reader's own).
 */
export function UserHistoryPage() {
  const { id = '' } = useParams(); // the route always has it
  const { t, tx } = useI18n();
  const me = useUser();
  const state = useLocation().state as { name?: string } | null;
  const name = id === me.id ? me.fullName : (state?.name ?? '');
  return (
    <>
      <h1>{name ? tx('history.userTitle', { name: <Vi>{name}</Vi> }) : t('history.title')}</h1>
      <HistoryList of={{ entity: 'users', id }} title={t('history.title')} />
    </>
  );
}
