import { createBrowserRouter } from 'react-router';
import { RequireAuth } from '../auth/RequireAuth';
import { RequirePermission } from '../auth/RequirePermission';
import { BareLayout } from '../layout/BareLayout';
import {
  AppLayout,
  AuditPage,
  ChangePasswordPage,
  HomePage,
  JurisdictionDetailPage,
  JurisdictionsPage,
  LoginPage,
  MfaSetupPage,
  NotFoundPage,
  PeoplePage,
  PersonDetailPage,
  ProfilePage,
  UsersPage,
} from './pages';
import { RootRoute } from './RootRoute';
import { RouteErrorPage } from './RouteErrorPage';

export function createAppRouter() {
  return createBrowserRouter([
    {
      element: <RootRoute />,
      errorElement: <RouteErrorPage />,
      children: [
        { element: <BareLayout />, children: [{ path: '/login', element: <LoginPage /> }] },
        {
          element: <RequireAuth />,
          children: [
            {
              element: <BareLayout />,
              children: [
                { path: '/password', element: <ChangePasswordPage /> },
                { path: '/mfa', element: <MfaSetupPage /> },
              ],
            },
            {
              element: <AppLayout />,
              children: [
                { index: true, element: <HomePage /> },
                {
                  path: '/jurisdictions',
                  element: (
                    <RequirePermission permission="directory.read">
                      <JurisdictionsPage />
                    </RequirePermission>
                  ),
                },
                {
                  path: '/jurisdictions/:id',
                  element: (
                    <RequirePermission permission="directory.read">
                      <JurisdictionDetailPage />
                    </RequirePermission>
                  ),
                },
                {
                  path: '/people',
                  element: (
                    <RequirePermission permission="person.read">
                      <PeoplePage />
                    </RequirePermission>
                  ),
                },
                {
                  path: '/people/:id',
                  element: (
                    <RequirePermission permission="person.read">
                      <PersonDetailPage />
                    </RequirePermission>
                  ),
                },
                {
                  path: '/users',
                  element: (
                    <RequirePermission permission="user.read">
                      <UsersPage />
                    </RequirePermission>
                  ),
                },
                {
                  path: '/audit',
                  element: (
                    <RequirePermission permission="audit.read">
                      <AuditPage />
                    </RequirePermission>
                  ),
                },
                { path: '/profile', element: <ProfilePage /> },
                { path: '*', element: <NotFoundPage /> },
              ],
            },
          ],
        },
      ],
    },
  ]);
}
