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
import { TasksPage } from './pages/Tasks';
import { InboxPage } from './pages/Inbox';
import { PreferencesPage } from './pages/Preferences';
import { hasMyWork, MyWorkPage } from './pages/MyWork';
import { ForRole } from './components/NotForRole';
import { mayIssue } from './lib/roles';

// Forms and administration load on demand: the first screen stays light.
const NewDirectivePage = lazy(() => import('./pages/NewDirective'));
const AdminPage = lazy(() => import('./pages/admin/Admin'));
const DraftsSection = lazy(() => import('./pages/Drafts'));
const StatsPage = lazy(() => import('./pages/stats/Stats'));
const CyclesSection = lazy(() => import('./pages/cycles/Cycles'));
const AuditPage = lazy(() => import('./pages/Audit'));
const DeadlineCalendarPage = lazy(() => import('./pages/DeadlineCalendar'));
const UnitHistoryPage = lazy(() => import('./pages/history/Histories').then((m) => ({ default: m.UnitHistoryPage })));
const UserHistoryPage = lazy(() => import('./pages/history/Histories').then((m) => ({ default: m.UserHistoryPage })));

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
          <Route index element={user && hasMyWork(user.role) ? <MyWorkPage /> : <OverviewPage />} />
          <Route path="overview" element={<OverviewPage />} />
          <Route path="directives" element={<DirectivesPage />} />
          <Route
            path="directives/new"
            element={
              <ForRole allowed={mayIssue}>
                <NewDirectivePage />
              </ForRole>
            }
          />
          <Route path="directives/:id" element={<DirectivePage />} />
          <Route path="drafts/*" element={<DraftsSection />} />
          <Route path="tasks" element={<TasksPage />} />
          <Route path="tasks/:id" element={<TaskPage />} />
          <Route path="inbox" element={<InboxPage />} />
          <Route path="preferences" element={<PreferencesPage />} />
          <Route path="calendar" element={<DeadlineCalendarPage />} />
          <Route path="stats/*" element={<StatsPage />} />
          <Route path="cycles/*" element={<CyclesSection />} />
          <Route path="units/:id/history" element={<UnitHistoryPage />} />
          <Route path="users/:id/history" element={<UserHistoryPage />} />
          <Route path="audit" element={<AuditPage />} />
          <Route path="admin/*" element={<AdminPage />} />
          <Route path="*" element={<Navigate to="/" replace />} />
        </Route>
      </Routes>
    </Suspense>
  );
}
