import { NavLink, Outlet, useNavigate } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { get } from '../api/client';
import { useSession, useUser } from '../auth';
import { LanguageSwitch, useI18n, type MessageKey } from '../i18n';

export function Layout() {
  const { t } = useI18n();
  const user = useUser();
  const { logout } = useSession();
  const navigate = useNavigate();
  const unread = useQuery({
    queryKey: ['notifications', 'unread'],
    queryFn: () => get('/notifications/unread-count'),
    refetchInterval: 15_000,
  });
  const count = unread.data?.unread ?? 0;
  const link = (to: string, key: MessageKey, extra?: React.ReactNode) => (
    <NavLink to={to} end={to === '/'}>
      {t(key)}
      {extra}
    </NavLink>
  );

  return (
    <>
      <a className="skip" href="#main">
        {t('nav.skip')}
      </a>
      <header className="top">
        <div className="brand">Đôn Đốc</div>
        <nav aria-label={t('nav.label')}>
          {link('/', 'nav.overview')}
          {link('/directives', 'nav.directives')}
          {link('/directives/new', 'nav.issue')}
          {link(
            '/inbox',
            'nav.inbox',
            count > 0 && (
              <span className="count" aria-label={t('nav.unread', { count })} data-testid="unread-count">
                {count}
              </span>
            ),
          )}
          {link('/stats', 'nav.stats')}
          {link('/cycles', 'nav.cycles')}
          {(user.role === 'admin' || user.role === 'auditor') && link('/audit', 'nav.audit')}
          {user.role === 'admin' && link('/admin', 'nav.admin')}
          {link('/preferences', 'nav.preferences')}
        </nav>
        <div className="who">
          <span className="who-name">{user.fullName}</span>
          <span className="who-unit" data-testid="who-unit">
            {user.unitName} · {t(`role.${user.role}` as MessageKey)}
          </span>
          <LanguageSwitch />
          <button
            type="button"
            className="link"
            onClick={() => {
              logout();
              void navigate('/login');
            }}
          >
            {t('nav.logout')}
          </button>
        </div>
      </header>
      <main id="main">
        <Outlet />
      </main>
    </>
  );
}
