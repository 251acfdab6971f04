import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useNavigate } from 'react-router';
import { apiSend, isApiError, setCsrfToken } from '../../../api/client';
import { describeError } from '../../../api/errors';
import { useT } from '../../../app/i18n/use-t';

/** Ends this session (or every session of the user) and wipes everything cached on this device. */
export function useLogout(scope: 'this' | 'all' = 'this') {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { lang } = useT();
  return useMutation({
    mutationFn: () => apiSend<void>('POST', scope === 'all' ? '/auth/logout-all' : '/auth/logout'),
    onSettled: (_data, error) => {
      // An already-expired session is as good as logged out. Any other failure means the server may still
      // hold the session, so the user must know rather than believe they have left.
      if (error && !(isApiError(error) && error.status === 401)) {
        message.error(describeError(error, lang));
        return;
      }
      setCsrfToken(null);
      navigate('/login', { replace: true });
      queryClient.clear();
    },
  });
}
