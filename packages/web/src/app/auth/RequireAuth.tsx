import { Navigate, Outlet, useLocation } from 'react-router';
import { isApiError } from '../../api/client';
import { ErrorResult } from '../../ui/ErrorResult';
import { FullPageSpin } from '../../ui/FullPageSpin';
import { CurrentUserContext } from './current-user-context';
import type { LoginState } from './login-redirect';
import { useMe } from './use-me';

export function RequireAuth() {
  const me = useMe();
  const location = useLocation();

  if (me.isPending) return <FullPageSpin />;
  if (me.isError) {
    if (isApiError(me.error) && me.error.status === 401) {
      const state: LoginState = {
        from: `${location.pathname}${location.search}`,
        ...(me.error.code === 'SESSION_EXPIRED' ? { reason: 'expired' } : {}),
      };
      return <Navigate to="/login" replace state={state} />;
    }
    return <ErrorResult error={me.error} onRetry={() => void me.refetch()} />;
  }

  const user = me.data;
  if (user.mustChangePassword && location.pathname !== '/password') return <Navigate to="/password" replace />;
  if (!user.mustChangePassword && user.mustEnrolMfa && location.pathname !== '/mfa') {
    return <Navigate to="/mfa" replace />;
  }
  return (
    <CurrentUserContext.Provider value={user}>
      <Outlet />
    </CurrentUserContext.Provider>
  );
}
