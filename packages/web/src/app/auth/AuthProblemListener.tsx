import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { onAuthProblem } from '../../api/auth-events';
import { setCsrfToken } from '../../api/client';
import type { LoginState } from './login-redirect';
import { ME_KEY } from './use-me';

/** Turns "log in again", "change your password" and "set up MFA" answers from any request into a page change. */
export function AuthProblemListener() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();

  useEffect(
    () =>
      onAuthProblem((problem) => {
        // window.location is read rather than the router's location: it is already current when several
        // requests fail at once, so only the first one redirects.
        const path = window.location.pathname;
        if (problem === 'UNAUTHENTICATED' || problem === 'SESSION_EXPIRED') {
          if (path === '/login') return;
          setCsrfToken(null);
          const state: LoginState = {
            from: `${path}${window.location.search}`,
            ...(problem === 'SESSION_EXPIRED' ? { reason: 'expired' } : {}),
          };
          navigate('/login', { replace: true, state });
          // Nothing the previous session loaded may be shown to whoever logs in next on this device.
          queryClient.removeQueries();
          return;
        }
        const target = problem === 'PASSWORD_CHANGE_REQUIRED' ? '/password' : '/mfa';
        if (path === target) return;
        void queryClient.invalidateQueries({ queryKey: ME_KEY });
        navigate(target, { replace: true });
      }),
    [navigate, queryClient],
  );

  return null;
}
