import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useUser } from '../auth';
import { useI18n, type MessageKey } from '../i18n';

/** A page a role may not use, opened by its address: said plainly, with the way home. */
export function NotForRole() {
  const { t } = useI18n();
  const user = useUser();
  return (
    <section className="card" data-testid="not-for-role">
      <h1>{t('role.notAllowed.title')}</h1>
      <p>{t('role.notAllowed.body', { role: t(`role.${user.role}` as MessageKey) })}</p>
      <Link to="/">{t('role.notAllowed.home')}</Link>
    </section>
  );
}

/** The page when the signed-in user's role may use it, else NotForRole. */
export function ForRole({
  allowed,
  children,
}: {
  allowed: (role: ReturnType<typeof useUser>['role']) => boolean;
  children: ReactNode;
}) {
  const user = useUser();
  return allowed(user.role) ? children : <NotForRole />;
}
