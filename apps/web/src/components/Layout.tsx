import { Link, NavLink, Outlet, useNavigate } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { get } from '../api/client';
import { useSession, useUser } from '../auth';
import { LanguageSwitch, useI18n, Vi, type MessageKey } from '../i18n';
import { hasMyWork, useMyWork } from '../pages/MyWork';
import { mayAdminister, mayAudit, mayDraft, mayIssue } from '../lib/roles';

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
  // Officers and leaders land on their work; the others keep the overview as home.
  const working = hasMyWork(user.role);
  const work = useMyWork(working);
  const todo = work.data?.total ?? 0;
  // A badge shows the number; a screen reader hears what it counts.
  const badge = (n: number, label: string, testId: string) =>
    n > 0 && (
      <>
        <span className="count" aria-hidden="true" data-testid={testId}>
          {n}
        </span>
        <span className="sr-only">{label}</span>
      </>
    );
  const todoBadge = badge(todo, t('nav.myWorkCount', { count: todo }), 'my-work-count');
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
        <div className="brand" lang="vi">
          Đôn Đốc
        </div>
        <nav aria-label={t('nav.label')}>
          {working && link('/', 'nav.myWork', todoBadge)}
          {link(working ? '/overview' : '/', 'nav.overview')}
          {link('/directives', 'nav.directives')}
          {link('/tasks', 'nav.tasks')}
          {mayIssue(user.role) && link('/directives/new', 'nav.issue')}
          {mayDraft(user.role) && link('/drafts', 'nav.drafts')}
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
          {link('/calendar', 'nav.calendar')}
          {mayAudit(user.role) && link('/audit', 'nav.audit')}
          {mayAdminister(user.role) && link('/admin', 'nav.admin')}
          {link('/preferences', 'nav.preferences')}
        </nav>
        <div className="who">
          <span className="who-name" lang="vi">
            {user.fullName}
          </span>
          <span className="who-unit" data-testid="who-unit">
            <Vi>{user.unitName}</Vi> · {t(`role.${user.role}` as MessageKey)}
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
      {/* Phones: the four places a commune officer goes, under the thumb. */}
      <nav className="bottom-nav" aria-label={t('nav.phone')} data-testid="bottom-nav">
        {link('/', working ? 'nav.myWork' : 'nav.overview', working && todoBadge)}
        {link('/inbox', 'nav.inbox', badge(count, t('nav.unread', { count }), 'bottom-unread-count'))}
        {link('/directives', 'nav.directives')}
        <Link to={{ pathname: '/directives', hash: '#search' }}>{t('nav.search')}</Link>
      </nav>
    </>
  );
}
