import { NavLink, Navigate, Route, Routes } from 'react-router';
import { NotForRole } from '../../components/NotForRole';
import { useUser } from '../../auth';
import { useI18n } from '../../i18n';
import { UnitsAdmin } from './Units';
import { UsersAdmin } from './Users';
import { CalendarAdmin } from './Calendar';
import { DeliveriesAdmin, WebhooksAdmin } from './Deliveries';
import { ReorganisationsAdmin } from './Reorganisations';

export default function AdminPage() {
  const { t } = useI18n();
  const user = useUser();
  if (user.role !== 'admin') return <NotForRole />;
  return (
    <>
      <h1>{t('admin.title')}</h1>
      <nav className="tabs" aria-label={t('admin.title')}>
        <NavLink to="/admin/units">{t('admin.units')}</NavLink>
        <NavLink to="/admin/users">{t('admin.users')}</NavLink>
        <NavLink to="/admin/calendar">{t('admin.calendar')}</NavLink>
        <NavLink to="/admin/webhooks">{t('admin.webhooks')}</NavLink>
        <NavLink to="/admin/deliveries">{t('admin.deliveries')}</NavLink>
        <NavLink to="/admin/reorganisations">{t('admin.reorganisations')}</NavLink>
      </nav>
      <Routes>
        <Route index element={<Navigate to="units" replace />} />
        <Route path="units" element={<UnitsAdmin />} />
        <Route path="users" element={<UsersAdmin />} />
        <Route path="calendar" element={<CalendarAdmin />} />
        <Route path="webhooks" element={<WebhooksAdmin />} />
        <Route path="deliveries" element={<DeliveriesAdmin />} />
        <Route path="reorganisations" element={<ReorganisationsAdmin />} />
      </Routes>
    </>
  );
}
