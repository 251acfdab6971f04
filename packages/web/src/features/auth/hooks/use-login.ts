import type { LoginRequest, Me } from '@fengqiao/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend, setCsrfToken } from '../../../api/client';
import { ME_KEY } from '../../../app/auth/use-me';

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: LoginRequest) => apiSend<Me>('POST', '/auth/login', request),
    onSuccess: (me) => {
      // A fresh start: nothing cached under a previous user may show through.
      queryClient.clear();
      setCsrfToken(me.csrfToken);
      queryClient.setQueryData(ME_KEY, me);
    },
  });
}
