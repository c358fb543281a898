import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { useSession } from './auth';
import { Layout } from './components/Layout';
import { Loading } from './components/ui';
import { LoginPage } from './pages/Login';
import { OverviewPage } from './pages/Overview';
import { DirectivesPage } from './pages/Directives';
import { DirectivePage } from './pages/Directive';
import { TaskPage } from './pages/Task';
import { InboxPage } from './pages/Inbox';
import { PreferencesPage } from './pages/Preferences';
import { PlannedPage } from './pages/Planned';

// Forms and administration load on demand: the first screen stays light.
const NewDirectivePage = lazy(() => import('./pages/NewDirective'));
const AdminPage = lazy(() => import('./pages/admin/Admin'));

export function App() {
  const { user } = useSession();
  const location = useLocation();
  if (!user && location.pathname !== '/login')
    return <Navigate to="/login" state={{ from: location.pathname }} replace />;
  return (
    <Suspense fallback={<Loading />}>
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route element={<Layout />}>
          <Route index element={<OverviewPage />} />
          <Route path="directives" element={<DirectivesPage />} />
          <Route path="directives/new" element={<NewDirectivePage />} />
          <Route path="directives/:id" element={<DirectivePage />} />
          <Route path="tasks/:id" element={<TaskPage />} />
          <Route path="inbox" element={<InboxPage />} />
          <Route path="preferences" element={<PreferencesPage />} />
          <Route path="planned" element={<PlannedPage />} />
          <Route path="admin/*" element={<AdminPage />} />
          <Route path="*" element={<Navigate to="/" replace />} />
        </Route>
      </Routes>
    </Suspense>
  );
}
